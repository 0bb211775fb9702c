import { beforeAll, describe, expect, it } from 'vitest';
import { answerWho } from '../../../src/answer/answer-people.ts';
import { buildArchive } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { understand } from '../../../src/understand/understand.ts';

/*
 * "Which foreign minister spoke to his counterpart …?" of a report that quotes only the foreign ministry's
 * spokesperson: the people a report quotes are listed for "which <office>" only when their stated role holds that
 * office; a spokesperson is no minister.
 */
const REPORT = `Ostria court jails Carridan official for life over 1990 prison killings

Courtroom drawing shows the Carridan defendant Pavel Orrin in the Velmar District Court with his lawyer on the opening day of his trial on March 3, 2023.

VELMAR - An Ostrian court on Thursday sentenced a Carridan national to life in prison after convicting him of murder for his part in the 1990 killings of prisoners at the Dunlow jail.

The Velmar District Court found Pavel Orrin, 58, guilty on counts of murder and aggravated assault relating to the 1990 mass killings in Carridan. This is the first sentence handed down for the killings, Ostrian state radio reported.

The spokesperson for Carridan's foreign ministry Lessan Varo later in the day responded to the ruling, stating that Carridan firmly rejects the "unlawful" verdict.

"This case was only a pretext for a political campaign without any legal basis," Varo added.
`;

describe('an office asked of the people a report quotes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = (await buildArchive([{ name: 'orrin-verdict.txt', bytes: new TextEncoder().encode(REPORT) }])).index;
  });

  it('GIVEN only the ministry spokesperson quoted WHEN asked which foreign minister spoke to his counterpart THEN names nobody', () => {
    const q = "Which Carridan foreign minister spoke to his Ostrian counterpart to demand Orrin's release?";
    const a = answerWho(understand(q, index), index);
    expect(a?.answered ? a.text : '').not.toMatch(/Varo/);
  });

  it('GIVEN the same report WHEN asked which spokesperson spoke about the ruling THEN Lessan Varo', () => {
    const q = "Which Carridan spokesperson spoke about Orrin's release?";
    const a = answerWho(understand(q, index), index);
    expect(a?.answered).toBe(true);
    expect(a?.text).toMatch(/Lessan Varo/);
  });
});
