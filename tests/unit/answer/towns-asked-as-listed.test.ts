import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'brask-evacuations.txt': [
    'Evacuations from the besieged quarter of Brask go on',
    '',
    'Since Friday, aid crews have helped more than 6,000 people leave the old quarter of Brask for villages further west.',
    '',
    'Around 400 people were evacuated at the same time from Ostel and Virna, in Pell province in the south.',
  ].join('\n'),
};

describe('two towns counted together, asked together ("from Ostel and Virna") (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN one count for the pair WHEN the pair is asked THEN it answers the count', () => {
    const { answer } = ask(index, 'how many people were evacuated from ostel and virna at the same time as brask?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b400\b/);
  });

  it('GIVEN the same count WHEN one of the two is asked alone THEN it still abstains', () => {
    const { answer } = ask(index, 'how many people were evacuated from Ostel?');
    expect(answer.answered).toBe(false);
  });
});
