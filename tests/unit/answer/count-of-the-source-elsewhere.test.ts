import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'ferrow-coast.txt': [
    'Monitor: Ferrow coast toll passes 900',
    '',
    'The number of civilians killed along the Ferrow coast climbed to 912, the Kessa Rights Observatory (KRO) said on Thursday.',
    '',
    'Two new "massacres" were documented today in Lunn and Otter, leaving 77 civilians dead, most of them farmers.',
    '',
    'By district, the count stands at 501 in Lunn and 411 in Otter.',
  ].join('\n'),
};

describe('a toll asked of a body by its acronym, answered from a sentence crediting no one (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the body’s toll in one sentence and a day’s uncredited count in another WHEN the body’s civilian toll is asked THEN the day’s count is not given as its toll', () => {
    const { answer } = ask(index, 'What civilian death toll did KRO give for the violence on the Ferrow coast?');
    expect(answer.text).not.toMatch(/\b77\b/);
  });

  it('GIVEN the same report WHEN asked with no place THEN the day’s count is not given either', () => {
    const { answer } = ask(index, 'What civilian death toll did the KRO give?');
    expect(answer.text).not.toMatch(/\b77\b/);
  });

  it('GIVEN the same report WHEN the toll is asked with no source THEN it still answers', () => {
    const { answer } = ask(index, 'How many civilians were killed along the Ferrow coast?');
    expect(answer.answered).toBe(true);
  });
});
