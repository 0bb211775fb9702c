import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who is the director of the Tarn Centre for Press Freedom?": a report names the body once in full, then says "the
// centre" ("Ines Dahl, the director of the centre"): the holder of that post is named. A report that never names the
// body asked gives no holder of its post.
const REPORTS = {
  'tarn-reporters.txt': `Reporters held after Kessa marches
Harbour Post, 20 March 2031

The Tarn Centre for Press Freedom, based in Lutece, says at least 12 reporters have been held since the marches began.

“We fear for every one of them,” said Ines Dahl, the director of the centre. “Their families have heard nothing.”
`,
};

describe('the post of a body named before', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Ines Dahl, the director of the centre" after the body named in full WHEN "who is the director of the Tarn Centre for Press Freedom?" THEN Ines Dahl', () => {
    const { answer } = ask(index, 'Who is the director of the Tarn Centre for Press Freedom?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Ines Dahl/);
  });

  it('GIVEN the same report WHEN "who is the director of the Arlen Centre for Human Rights?" THEN no one is named', () => {
    const { answer } = ask(index, 'Who is the director of the Arlen Centre for Human Rights?');
    expect(answer.answered).toBe(false);
  });
});
