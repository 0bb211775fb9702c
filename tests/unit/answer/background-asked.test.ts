import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What is X's background?" asks who X is, as "what is X's job" does: the role the report gives X answers.
const REPORTS = {
  'harbour-square.txt': `Exiles rally on Harbour Square to demand change in Valdor

Thousands of exiled Valdorians rallied on Harbour Square in Marden on Saturday to demand change in Valdor.
The regime was one of the most dangerous in the world, former Labour MP Owen Tash told the Marden Courier.
"I promise I will do my best to arrange a meeting with the prime minister," he said.
`,
};

describe('a background asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "former Labour MP Owen Tash told the Courier" WHEN what his background is asked THEN his role is given', () => {
    const { answer } = ask(index, "What is Owen Tash's background? He spoke at the Harbour Square rally");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/former Labour MP/);
    expect(answer.citations[0]?.excerpt).toMatch(/former Labour MP Owen Tash/);
  });
});
