import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A name called out at the head of a quote ("“Countess Ilse Moravec, Lady Petra Moravec, I would like to say …”")
// is addressed: the clause after its comma is the speaker's words, not what the person is.
const REPORTS = {
  'orvel-guests.txt': `Orvel city council welcomes the Moravec family
By Orvel Daily Staff

Countess Ilse Moravec and her granddaughter Lady Petra Moravec were guests of the Orvel city council on May 4.

In his opening words, councillor Jon Havel said: “Countess Ilse Moravec, Lady Petra Moravec, I would like to say that we are very glad to welcome you in our hall tonight.”
`,
};

describe('a name called out in a quote', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN “Lady Petra Moravec, I would like to say that we are very glad …” WHEN who Petra Moravec is asked THEN the speaker\'s words are not her role', () => {
    const { answer } = ask(index, 'who is lady petra moravec?');
    expect(answer.text).not.toMatch(/would like to say|very glad/);
  });
});
