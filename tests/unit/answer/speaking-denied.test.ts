import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who was barred from speaking at the rally?", "who wasn't allowed to speak?": those who did speak at it are not the
// ones kept from speaking, nor is a group whose banners the police banned. Only a sentence telling that someone was
// kept from speaking answers; else the archive holds no answer.
const REPORTS = {
  'orvel-gate.txt': `Court lifts ban on Orvel demonstration for Valdor

By Dana Roe, Orvel Courier
March 3, 2031

ORVEL — About 900 exiles from Valdor held a demonstration at the Orvel Gate on Thursday after a court lifted a police ban at noon.

The police had banned the demonstration, fearing that the Valdor Liberty Front would recruit there. The court also ruled that Lena Vosk, the Front's leader, may not speak.

"Our future is ours to decide," said Teo Marash of the Valdor Exile Union.
`,
};

describe('who was kept from speaking is not who spoke', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a speaker and someone a court kept from speaking WHEN who was not allowed to speak is asked THEN not the speaker', () => {
    const { answer } = ask(index, 'who wasnt allowed to speak at the orvel gate demo');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Marash/);
  });

  it('GIVEN the same demonstration WHEN who was banned from speaking is asked THEN the speaker is not the answer', () => {
    const { answer } = ask(index, 'who was banned from speaking at the orvel gate demo');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Marash/);
  });

  it('GIVEN the same demonstration WHEN who spoke is asked THEN the speaker is named', () => {
    const { answer } = ask(index, 'who spoke at the orvel gate demo');
    expect(answer.text).toMatch(/Teo Marash/);
  });
});
