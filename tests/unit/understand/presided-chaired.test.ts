import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who presided over the session?" is told as "a session …, chaired by Senator X": presiding and chairing are one deed.
 */
const REPORTS: Record<string, string> = {
  'ostrov-senate.txt': `Ostrov senators back the Vardanian strikers

Marsh Courier

In early May, several senators attended a special session of the Ostrov Senate, chaired by Senator Ilse Korven, to discuss the "repression of the strikers in Vardania."

Senator Tomas Velic, the head of the Senate's labour delegation, said that everyone must support the strikers.
`,
};

describe('presiding told as chairing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "who presided over the session" THEN the senator who chaired it', () => {
    const a = ask(index, "Who presided over the Ostrov Senate's special session on the repression of the Vardanian strikers?").answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Korven/);
  });
});
