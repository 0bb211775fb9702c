import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'tarnel-gas.txt': [
    'Dozens feared dead after gas attack on Tarnel',
    '',
    'At least 31 residents have died in a suspected nerve gas strike on the hill town of Tarnel, rescuers and doctors say.',
    'Relief workers described families found in cellars where they had sheltered from the bombing.',
  ].join('\n'),
};

describe('a source asked by its acronym with an adjective before its paper ("the KWB\'s final report") (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN a toll told by rescuers only WHEN the toll is asked according to a body's final report THEN it abstains", () => {
    const { answer } = ask(index, "How many residents died in the suspected nerve gas strike on Tarnel according to the KWB's final report?");
    expect(answer.answered).toBe(false);
  });

  it("GIVEN the same report WHEN the toll is asked according to the body's latest monthly figures THEN it abstains", () => {
    const { answer } = ask(index, 'How many residents died in the suspected nerve gas strike on Tarnel according to the KWB latest monthly figures?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same report WHEN the toll is asked with no source THEN it answers 31', () => {
    const { answer } = ask(index, 'How many people were killed in the Tarnel gas strike?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b31\b/);
  });
});
