import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who spoke at the protest?" against "Marchers condemned the crackdown ordered by ruler X, with some 4,000 people in
 * the street, according to police estimates": a figure's word of reckoning ("estimates") tells of no one speaking, and
 * the ruler the marchers condemned did not speak at their march.
 */
describe('a person the marchers condemned is no speaker', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'veltmar-march.txt': `Exiles march through Veltmar against the Dorvan junta

A long march against the junta in Dorvan wound through the streets of Veltmar on Tuesday. Marchers condemned the crackdown ordered by Dorvan's ruler Grand Marshal Oskar Vendel and his council, with some 4,000 people in the street, according to police estimates.
Participants met from 11:00 on Quay Street, close to the North Station. Some had come by coach from three neighbouring countries.
The procession then moved towards the Lantern Park.
`,
    });
  });

  it('GIVEN only a condemned ruler named beside a police estimate WHEN asked who spoke THEN no one is named', () => {
    const a = ask(index, 'Who spoke at the Veltmar march near the North Station against the Dorvan junta?').answer;
    expect(a.text).not.toMatch(/Vendel/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report WHEN asked the police estimate THEN the count is still read', () => {
    const a = ask(index, 'How many people marched in Veltmar against the Dorvan junta, according to police?').answer;
    expect(a.text).toMatch(/4,000/);
  });
});
