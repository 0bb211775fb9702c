import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'dorvan-exodus.txt': [
    'Thousands leave their villages in Dorvan province',
    '',
    'The Harrow Relief Office (HRO) said a full-scale ground offensive on the Dorvan enclave could see 450,000 people flee.',
    'HRO spokeswoman Ilse Marrow said on Sunday that 12,400 people were displaced from the south of Dorvan, moving to camps near the border.',
  ].join('\n'),
  'pellin-floods.txt': [
    'Flood warning for Pellin valley',
    '',
    'Engineers warned that 90,000 residents of the Pellin valley would be cut off if the old dam gave way.',
  ].join('\n'),
};

describe('a count foreseen ("could see 450,000 people flee") given for a count of what happened (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a forecast and a count of those who left WHEN the number displaced is asked THEN the forecast is not given as displaced', () => {
    const { answer } = ask(index, 'How many people were displaced from Dorvan according to the Harrow Relief Office?');
    expect(answer.text).not.toMatch(/450,000/);
  });

  it('GIVEN a warning of who would be cut off WHEN the number cut off is asked as done THEN it abstains', () => {
    const { answer } = ask(index, 'How many residents of the Pellin valley were cut off?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same warning WHEN asked how many would be cut off THEN it answers 90,000', () => {
    const { answer } = ask(index, 'How many residents of the Pellin valley would be cut off if the dam failed?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/90,000/);
  });

  it('GIVEN the forecast WHEN asked how many could flee an offensive THEN it answers 450,000', () => {
    const { answer } = ask(index, 'How many people could flee Dorvan in a full-scale offensive, according to the HRO?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/450,000/);
  });
});
