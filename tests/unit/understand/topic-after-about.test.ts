import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X say about attacks on students?" asks X's words on that topic. A topic word that merely begins like a
// place or a time ("attacks", "inflation", "aftermath") is still the topic: the quote on it answers, not another.
const REPORTS = {
  'vosk-speech.txt': `Lena Vosk addresses the Kessa rally
Published: 3 April 2031 | Harbour Post

About 600 people rallied in Kessa on Saturday, where the opposition leader Lena Vosk spoke.

"The budget is a disgrace and the ministers know it," Vosk told the crowd.

"Attacks on students in their classrooms must stop today," Vosk said, to loud applause.

"Inflation has eaten every pension in this country," she added.
`,
};

describe('the topic asked after "about"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN three quotes of one speaker WHEN her words "about attacks on students" are asked THEN the quote on attacks', () => {
    const { answer } = ask(index, 'What did Lena Vosk say about attacks on students?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('Sources')[0]).toMatch(/Attacks on students in their classrooms/);
    expect(answer.text.split('Sources')[0]).not.toMatch(/budget is a disgrace/);
  });

  it('GIVEN the same quotes WHEN her words "about inflation" are asked THEN the quote on inflation', () => {
    const { answer } = ask(index, 'What did Lena Vosk say about inflation?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('Sources')[0]).toMatch(/Inflation has eaten every pension/);
    expect(answer.text.split('Sources')[0]).not.toMatch(/budget is a disgrace/);
  });
});
