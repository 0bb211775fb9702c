import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "X told the Courier. “I promise I will …,” he said.": asked who promised, the person "he" stands for did it — the
// deed is told in the first person inside the quote, with no name in its sentence.
const REPORTS = {
  'harbour-square.txt': `Exiles rally on Harbour Square to demand change in Valdor

Thousands of exiled Valdorians rallied on Harbour Square in Marden on Saturday to demand change in Valdor.
The regime was one of the most dangerous in the world, former Labour MP Owen Tash told the Marden Courier.
"I promise I will do my best to arrange a meeting with the prime minister," he said.
Rina Dalvand, who chairs the exiles' council, said the crowd was the largest in years.
`,
};

describe('a deed told in the first person in a quote', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“I promise I will …,” he said." after a sentence naming the speaker WHEN who promised is asked THEN the speaker is given', () => {
    const { answer } = ask(index, 'Who promised to try to arrange a meeting with the prime minister at the Harbour Square rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Owen Tash/);
    expect(answer.text).not.toMatch(/Dalvand/);
    expect(answer.citations.map((c) => c.excerpt).join(' ')).toMatch(/I promise/);
  });
});
