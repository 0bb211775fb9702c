import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'kessa-sitrep.txt': [
    'Kessa Valley Displacement Update No. 2 (4 May 2031)',
    '',
    'Highlights',
    '',
    '• More than 21,000 people have left the Kessa Valley since 20 April, with 9,310 people staying in four shelters in Lower Marrow.',
    '',
    '• After a run of local deals, the Harl area now forms the only besieged part of the Kessa Valley.',
    '',
    '• Relief agencies need $40m to help those displaced to shelters in Lower Marrow as well as families who stayed in villages of the Kessa Valley that changed hands.',
  ].join('\n'),
};

describe('a place asked as "the only besieged part" against sentences naming a place for something else (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the only besieged part told in a sentence the reader does not take WHEN it is asked THEN the shelters’ town is not given for it', () => {
    const { answer } = ask(index, 'Which area was the only besieged part of the Kessa Valley left by early May 2031?');
    expect(answer.text).not.toMatch(/^Lower Marrow/);
    if (answer.answered) expect(answer.text).toMatch(/Harl/);
  });

  it('GIVEN the same report WHEN the only besieged part is asked with no date THEN the shelters\' town is not given for it', () => {
    const { answer } = ask(index, 'Which area was the only besieged part of the Kessa Valley?');
    expect(answer.text).not.toMatch(/^Lower Marrow/);
  });

  it('GIVEN the same report WHEN where the displaced were sheltered is asked THEN it answers Lower Marrow', () => {
    const { answer } = ask(index, 'Where were the people who left the Kessa Valley sheltered?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lower Marrow/);
  });
});
