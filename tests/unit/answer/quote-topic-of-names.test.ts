import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'brask-convoys.txt': [
    'Convoys leave the besieged quarter of Brask',
    '',
    'Buses carrying about 6,000 residents left the old quarter of Brask on Friday, aid workers said.',
    'Some 400 people were moved at the same time out of the hamlets of Ostel and Virna, further north.',
    'The head of the Corran Aid mission, Telma Ruud, said the scenes she witnessed in Brask were the worst of her career. "Families slept on the pavement for two nights waiting for the evacuation to start. Nobody knows how many are still inside," she said.',
  ].join('\n'),
};

describe('words asked on a topic named by places ("the evacuation of Ostel and Virna") (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN her words on another evacuation WHEN asked what she said about the evacuation of two other places THEN it abstains', () => {
    const { answer } = ask(index, 'What did Telma Ruud say about the evacuation of Ostel and Virna?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same words WHEN asked what she said about the evacuation of Brask THEN it quotes her', () => {
    const { answer } = ask(index, 'What did Telma Ruud say about the evacuation of Brask?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/pavement|worst of her career/);
  });

  it('GIVEN the same words WHEN asked what she said about the evacuation THEN it quotes her', () => {
    const { answer } = ask(index, 'What did Telma Ruud say about the evacuation?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/pavement|worst of her career/);
  });
});
