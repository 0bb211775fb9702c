import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Chanting “Down with the tyrant. Freedom now”, the crowd …": a short slogan holds a full stop of its own, which the
 * sentence splitter took for the sentence's end, so the chant was given cut after its first half. A long quoted
 * speech split at its full stops stays in its sentences.
 */
const REPORTS: Record<string, string> = {
  'varnesh-march.txt': `Marchers fill Varnesh's main square
Ledger Daily
12 March 2031

Several thousand people marched through Varnesh on Sunday, 11 March 2031.

Chanting "Down with the tyrant. Freedom now", the crowd walked from the station to the main square.

"We came here because our sons are in prison. We will keep coming back every week until they are freed, whatever the police do to us, and we are not afraid," said Oda Renvik, a teacher from the old town.

Brit Solheim led the march. "To the prisoners in Varnesh, we send our love. You are not alone in those cells," she told Harbour Radio.
`,
};

describe('a short slogan with a full stop inside it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Chanting “Down with the tyrant. Freedom now”, the crowd …" THEN the chant is given whole, not cut at its inner full stop', () => {
    const a = ask(index, 'what did the crowd chant in Varnesh?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Down with the tyrant\. Freedom now/);
  });

  it('GIVEN a speaker’s two short quoted sentences told to a radio THEN the words told to it are still found', () => {
    const a = ask(index, 'what did Brit Solheim tell Harbour Radio?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/not alone in those cells/);
  });

  it('GIVEN a long quoted speech of two sentences THEN its speaker is still found and quoted', () => {
    const a = ask(index, 'what did Oda Renvik say?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/sons are in prison/);
    expect(a.citations[0]?.file).toBe('varnesh-march.txt');
  });
});
