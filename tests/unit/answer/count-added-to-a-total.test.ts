import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count told as added to a total the same sentence gives («140 autres personnes tuées …, portant le total des
// morts à 2.310», "another 40 …, bringing the toll to 900") is not the total asked. Reports and numbers are invented.
const REPORTS = {
  'korlan-morts.txt': `Korlan : nouveau décompte des victimes

Le Courrier des Hauts

Le décompte des victimes de la répression à Korlan a été revu jeudi.
« On doit encore y ajouter 140 autres personnes tuées dans les villages du nord », a précisé le collectif Brume, portant ainsi le total des morts à Korlan depuis l'hiver à 2.310.
`,
  'telvik-toll.txt': `Telvik toll revised

Harbour Wire

Rescuers in Telvik found another 40 bodies under the rubble of the market on Friday, bringing the death toll of the flood to 912.
`,
};

describe('A count added to a total', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «140 autres personnes tuées …, portant ainsi le total des morts … à 2.310» WHEN asked the dead in Korlan THEN 140 is not the answer', () => {
    for (const q of ['Combien de morts à Korlan depuis l’hiver ?', 'how many people were killed in Korlan?']) {
      const a = ask(index, q).answer;
      expect(a.text).not.toMatch(/^140\b/);
    }
  });

  it('GIVEN "another 40 bodies …, bringing the death toll to 912" WHEN asked the toll THEN 40 is not the answer', () => {
    const a = ask(index, 'what was the death toll of the Telvik flood?').answer;
    expect(a.text).not.toMatch(/^(?:Another\s+)?40\b/i);
  });
});
