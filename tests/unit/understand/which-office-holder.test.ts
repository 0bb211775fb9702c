import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Which former Vardanian culture minister took the stage at …?": a question naming an office holder by the office
 * asks who, whatever verb tells what they did ("took the stage", "turned up").
 */
const REPORTS: Record<string, string> = {
  'lindenau-rally.txt': `Lindenau, May 4, 2031 – Some 6,000 people gathered in central Lindenau on Saturday to call for freedom in Vardania.

Other speakers included former head of the state chancery Paul Greve and former culture minister Edda Kroll.
`,
};

describe('which office holder did something', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each([
    'Which former culture minister took the stage at the Lindenau rally in May 2031?',
    'which ambassadors turned up at the Lindenau rally?',
    'what lawmakers took the floor in Lindenau?',
  ])('GIVEN "%s" THEN it asks who', (q) => {
    expect(understand(q, index).kind).toBe('who');
  });

  it('GIVEN the office asked THEN the holder of that office answers', () => {
    const a = ask(index, 'Which former culture minister took the stage at the Lindenau rally in May 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Edda Kroll/);
  });
});
