import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "otto lamm role?": a name, then the word for a role, asks the person's role, as "who is otto lamm?" does. */
const REPORTS: Record<string, string> = {
  'kastel-summit.txt': `Exiles gather in Kastel for the annual summit

KASTEL — Thousands of exiles gathered on Saturday at the Kastel Congress Hall for the annual summit of the Vardanian opposition.

The speakers who addressed the summit included Otto Lamm, former Attorney General of Norland; and Anton Rusk, former Governor of Tallby.
`,
};

describe('terse role questions', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each([
    ['otto lamm role?', 'who is otto lamm?'],
    ["Otto Lamm's job", 'who is Otto Lamm?'],
    ['Otto Lamm - position?', 'who is Otto Lamm?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (q, read) => {
    expect(cleanQuestion(q)).toBe(read);
  });

  it.each(['kastel summit role?', 'the mayor role?'])('GIVEN "%s" (no person\'s name) THEN it is left as it is', (q) => {
    expect(cleanQuestion(q)).toBe(q);
  });

  it('GIVEN "otto lamm role?" THEN his role is given', () => {
    const a = ask(index, 'otto lamm role?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Attorney General/);
  });
});
