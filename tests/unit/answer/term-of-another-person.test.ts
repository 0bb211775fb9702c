import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A prison term is told of the person it was given to; one read from a sentence naming someone else is theirs.
const REPORTS = {
  'varn-appeal.txt': `Appeal judges keep warden's term

Nordic Exile News

Judges in Ostrov on Friday kept the sentence of former warden Petr Kasimov, who was jailed in 2030 for the 1994 prison killings.

Kasimov was first given 22 years by the city court, a term his lawyers had fought.

Exiles say the killings were ordered by a panel whose members included Anton Grell, now the country's interior minister.
`,
};

describe('a prison term of another person', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a term told of Kasimov only THEN "how many years did the court give Anton Grell" is not answered with it', () => {
    const a = ask(index, 'How many years in prison did the Ostrov appeal judges give Anton Grell?').answer;
    expect(a.text).not.toMatch(/\b22\b/);
  });

  it('GIVEN the person asked is named in the sentence THEN the term answers', () => {
    const a = ask(index, 'How many years in prison was Petr Kasimov given by the city court?').answer;
    expect(a.text).toMatch(/\b22\b/);
  });
});
