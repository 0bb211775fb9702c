import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French count dated by a month in its own clause ("… au cours de la première quinzaine de mai") is that month's,
// not the one asked. Report, bodies and numbers are invented.
const REPORTS = {
  'orvane-pendaisons.txt': `Pendaisons : le Collectif Orvane s'alarme

Le Veilleur du Nord

Le Collectif Orvane a indiqué le 3 juin qu'au moins 48 personnes ont été pendues dans les prisons valmariennes au cours de la première quinzaine de mai et au moins 140 personnes, dont cinq femmes, depuis janvier 2031.
`,
};

describe('A French month in the count’s own clause', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «au moins 48 … au cours de la première quinzaine de mai» WHEN asked the count of February 2031 THEN 48 is not given', () => {
    const a = ask(index, 'In February 2031, how many people were hanged, according to the Collectif Orvane?').answer;
    expect(a.text).not.toMatch(/\b48\b/);
  });

  it('GIVEN the same sentence WHEN asked the count of the first half of May THEN 48 is given', () => {
    const a = ask(index, 'Combien de personnes ont été pendues pendant la première quinzaine de mai selon le Collectif Orvane ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b48\b/);
  });
});
