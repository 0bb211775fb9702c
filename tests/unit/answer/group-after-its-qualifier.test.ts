import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many Marosian soldiers were killed": the group asked is the soldiers, though a capitalised word qualifies it;
// figures of other people (members, residents, people at large) are no count of them.
const REPORTS = {
  'sorrel-rockets.txt': `Council condemns rocket strike on Camp Sorrel

Adriatic Wire

A volley of rockets fired at Camp Sorrel in Dorna on Thursday killed 14 council members and hurt many more, the council's website reported. Marosian soldiers guard the camp.
`,
  'sorrel-police.txt': `Five dead in rocket attack in Dorna

Capital Times

DORNA - Rockets struck a camp for exiles next to the Dorna airport before dawn Saturday, killing five people and wounding about 30, police said.
`,
  'birch-clash.txt': `Mortar fire on exile camp

Adriatic Wire

Exiles say the army shelled their camp at Birch with mortars. The Marosian ministry says two soldiers were killed when residents stormed a gate of the camp; the council denies it.
`,
  'birch-raid.txt': `Army raids exile camp

Capital Times

CAMP BIRCH - The exiles claimed 22 residents were killed in the raid, while the general denied that anyone died.
`,
};

describe('a group asked after a capitalised qualifier', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN soldiers counted only at another camp THEN "how many Marosian soldiers were killed" at Camp Sorrel lists no other group', () => {
    const a = ask(index, 'How many Marosian soldiers were killed in the rocket attack on Camp Sorrel?').answer;
    expect(a.text).not.toMatch(/\b14\b|\b22\b|\bfive\b/i);
  });

  it('GIVEN the members asked THEN their count is still given', () => {
    const a = ask(index, 'How many council members were killed in the rocket attack on Camp Sorrel?').answer;
    expect(a.text).toMatch(/\b14\b/);
  });
});
