import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { askedGroup } from '../../../src/answer/answer-figures.ts';

// Checks added this stop that declined answers their reports do give (found by a second read of the diff): each case
// below is a report of the genre in invented words where the check had gone too far.
const REPORTS = {
  'seville.txt': `Exile leader meets the mayor of Seville
Published: 4 June 2031 | Southern Post

Tova Rask met the mayor of Seville on June 3, 2031 to thank the city for hosting the exiles' congress.
`,
  'brenn-office.txt': `Protest outside the prime minister's office
Published: 20 July 2031 | Brenn Daily

Brenn, 20 July 2031 — Exiles protested outside the prime minister's office in Brenn on July 19, 2031 against the deportation of three activists.
`,
  'ostra.txt': `Two protesters killed in Ostra
Published: 2 March 2032 | Varn Monitor

Reza Amin and Sina Fard lost their lives when security forces opened fire on a march in Ostra on Sunday.
`,
  'brenn-sunday.txt': `Deadly Sunday in Kessa
Published: 9 May 2032 | Varn Monitor

Kessa, 9 May 2032 — 12 people died when police tried to arrest a protest organiser in Kessa on Sunday.
`,
  'two-cities.txt': `A weekend of exile rallies
Published: 14 October 2032 | Exile Voice

Some 5,000 people rallied in Lutetia on Saturday, while 2,000 marched in Berolina.
Police arrested 40 protesters at the rally after scuffles near the embassy.
`,
  'tesk.txt': `Arman Tesk returns to Varn
Published: 1 April 2033 | Varn Monitor

Arman Tesk landed in Dorn on Monday to a crowd of friends.
The veteran activist had spent 12 years in exile.
`,
  'bulletin.txt': `Monitor: bulletin for April 2034
Published: 2 May 2034 | Varn Justice Monitor

The monitor recorded 51 executions in April 2034, more than in April 2033 when 24 people were arrested and 3 executed in Varn.
`,
};

describe('checks of this stop kept to what they are for (second read)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a meeting with a mayor WHEN when did she meet the mayor is asked THEN the day of the meeting answers (no office of hers asked)', () => {
    const { answer } = ask(index, 'When did Tova Rask meet the mayor of Seville?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('June 3, 2031');
  });

  it('GIVEN a protest outside an office WHEN when did exiles protest outside the prime minister\'s office is asked THEN its day answers', () => {
    const { answer } = ask(index, "When did exiles protest outside the prime minister's office in Brenn?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('July 19, 2031');
  });

  it('GIVEN two protesters who "lost their lives" WHEN who was killed in Ostra is asked THEN they are named', () => {
    const { answer } = ask(index, 'Who was killed in Ostra?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Reza Amin');
  });

  it('GIVEN "12 people died when police tried to arrest an organiser" WHEN how many died is asked THEN 12, not a deed only meant', () => {
    const { answer } = ask(index, 'How many people died in Kessa on Sunday?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b12\b/);
  });

  it('GIVEN a crowd counted in two cities and arrests at one rally WHEN how many were arrested in Lutetia is asked THEN 40, the crowds being no breakdown of arrests', () => {
    const { answer } = ask(index, 'How many protesters were arrested in Lutetia?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b40\b/);
  });

  it('GIVEN "the veteran activist" after a sentence naming him WHEN how many years he lived in exile is asked THEN 12', () => {
    const { answer } = ask(index, 'How many years had Arman Tesk lived in exile?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b12\b/);
  });

  it('GIVEN a month whose clause counts arrests then executions WHEN the executions of that month are asked THEN the arrests are not given as executions', () => {
    const { answer } = ask(index, 'How many people were executed in Varn in April 2033?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b24\b/);
  });

  it('GIVEN "how many Kurds were deported" THEN the group counted is the Kurds, not the verb after them', () => {
    expect(askedGroup('How many Kurds were deported?')).toBe('kurds');
    expect(askedGroup('How many Iraqi soldiers were killed?')).toBe('soldiers');
  });
});
