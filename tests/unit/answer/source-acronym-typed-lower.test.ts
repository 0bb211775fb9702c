import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor's toll for a crackdown in the Varn valley, and a French report of a vigil (whose "un" is a word of
// French). Asked in chat's lower case "according to the un", the UN is the source asked — the archive writes it only
// as the body the monitor appeals to — so the monitor's toll is not given as the UN's.
const REPORTS = {
  'varn-monitor.txt': `Monitor counts 2,417 dead in the Varn valley crackdown
Published: 12 March 2031 | Kessa Wire

KESSA, March 11 (Kessa Wire) — The Varn Rights Watch said 2,417 people were killed in the Varn valley crackdown since January.

The group urged the UN to send investigators to the valley.
`,
  'veillee-lyon.txt': `Une veillée à Lyon pour les victimes de Varn
Publié le 14 mars 2031

Samedi soir, un rassemblement a réuni plusieurs centaines de personnes place Bellecour, à Lyon, pour un hommage aux victimes.
`,
};

describe('a source typed in lower case that the archive writes as an acronym', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a monitor\'s toll WHEN asked "according to the un" in lower case THEN not in the archive, no toll credited to the UN', () => {
    const { answer } = ask(index, 'how many ppl were killed during the varn valley crackdown acording to the un');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/2,417/);
  });

  it('GIVEN the same report WHEN asked according to the monitor THEN its toll', () => {
    const { answer } = ask(index, 'how many people were killed during the varn valley crackdown according to varn rights watch');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2,417/);
  });
});
