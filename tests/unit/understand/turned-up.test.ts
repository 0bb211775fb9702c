import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "how many ppl turned up at the hall", "how many rocked up": a crowd coming, as chat says it, asks the crowd's size
// as "turned out" does. Not asked how many, the words are left ("who turned up the volume").
const REPORTS = {
  'orvel-hall.txt': `5,000 gather for a free Valdor at Orvel hall

By Dana Roe, Orvel Courier
May 4, 2031

Over 5,000 Valdorian exiles and supporters took part in the annual gathering at the Orvel exhibition hall on Saturday.
`,
};

describe('"turned up" asks a crowd', () => {
  it('GIVEN "how many … turned up / rocked up" THEN "turned out"; without "how many" the words stay', () => {
    expect(cleanQuestion('any idea how many ppl turned up at the orvel hall')).toBe('how many people turned out at the orvel hall');
    expect(cleanQuestion('how many rocked up at the vigil?')).toBe('how many turned out at the vigil?');
    expect(cleanQuestion('who turned up the music at the vigil?')).toBe('who turned up the music at the vigil?');
  });

  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a gathering with its crowd WHEN how many turned up is asked THEN the crowd', () => {
    const { answer } = ask(index, 'any idea how many ppl turned up at the orvel exhibition hall in may 2031');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/5,000/);
  });
});
