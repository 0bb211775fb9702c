import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A name written with dotted initials ("T.R. Okafor", "M. J. Lind") is one name: asked who said something, the
// answer names the person whole, never the first initial alone.
const REPORTS = {
  'borland-port.txt': `Ministry defends port closure
Published: 14 May 2031 | Borland Daily

The transport ministry on Friday defended the closure of the northern port of Borland. Ministry spokesman T.R. Okafor said the closure "was the only safe choice" after the storm.

Harbour pilot M. J. Lind told reporters that the channel would stay shut for a week.
`,
};

describe('dotted initials in a name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Ministry spokesman T.R. Okafor said …" WHEN who said it is asked THEN "T.R. Okafor", not "T"', () => {
    const { answer } = ask(index, 'Who said the closure of the port of Borland was the only safe choice?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^T\.R\. Okafor\b/);
  });

  it('GIVEN "Harbour pilot M. J. Lind told reporters …" WHEN who said the channel would stay shut THEN "M. J. Lind"', () => {
    const { answer } = ask(index, 'Who told reporters that the channel at Borland would stay shut for a week?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^M\. J\. Lind\b/);
  });
});
