import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Councillor X (Greens) joined the vigil and in her speech denounced …" reports her words without quotation marks,
// the verb after the occasion she joined: asked what she said, that sentence answers.
const REPORTS = {
  'kessa-vigil.txt': `Vigil for the jailed dockers in Kessa
Published: 12 June 2043 | Coastal Ledger

Exiles held a candlelight vigil outside the Kessa court on Friday for the dockers jailed in Varnland.

Councillor Ina Morrow (Greens) joined the vigil and in her speech denounced the jailing of the dockers and pointed out the role of the harbour board in breaking the strike.

Another councillor, Bram Ossel, also attended.
`,
};

describe('words reported after the occasion the speaker joined', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "joined the vigil and in her speech denounced …" WHEN what she said about the harbour board is asked THEN that sentence', () => {
    const { answer } = ask(index, 'what did ina morrow say about the harbour board');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/harbour board/);
  });
});
