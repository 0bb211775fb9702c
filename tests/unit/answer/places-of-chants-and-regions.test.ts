import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A headline quoting a chant's target, a page's line of metadata, and a province that holds the town asked: none is a
// place in the town.
const CHANT = {
  'kessa.txt': `Exiles protest in Kessa, shouting "Death to the Tyrant"
Published: 9 June 2030 | Harbour Wire

Hundreds of exiles protested on Sunday in Kessa against the ruler of Dastan.
`,
};

const REPORTS = {
  'velmora.txt': `Savers rally in Velmora, chanting "Victory to the Savers"
Published: 2 May 2031 | Plains Herald

Velmora, May 1, 2031 - Thousands of angry savers rallied on Thursday in the town of Velmora, in the north of Dastan.
Ostrel Province, where the marches began in the town of Velmora on May 1, has seen strikes since.
`,
};

describe('a chant’s target and a wider province are no place inside the town asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a chant "Victory to the Savers" and "Ostrel Province, where the marches began in Velmora" WHEN where in Velmora the savers rallied is asked THEN neither is given', () => {
    const { answer } = ask(index, 'Where in Velmora did the savers rally on May 1, 2031?');
    expect(answer.text).not.toMatch(/The Savers/);
    expect(answer.text).not.toMatch(/Ostrel/);
  });
});

describe('a chant quoted in a headline places nothing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(CHANT);
  });

  it('GIVEN a headline chanting "Death to the Tyrant" WHEN where in Kessa the exiles protested is asked THEN neither the chant nor the metadata line answers', () => {
    const { answer } = ask(index, 'Where in Kessa did the exiles protest?');
    expect(answer.text).not.toMatch(/Tyrant/);
    expect(answer.text).not.toMatch(/Harbour Wire/);
  });
});
