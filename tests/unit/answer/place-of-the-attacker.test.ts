import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Chile's ministry counts what Bolivia's raids damaged in Chile (an invented war): nothing in the report happened in Bolivia.
const REPORTS = {
  'chile-toll.txt': `Chile raises its count of damage after nine days of fighting with Bolivia
Eastern Ledger, 3 May 2033

The interior ministry of Chile said on Friday that 212 people had died since the fighting began.

The ministry added that eleven schools and four power stations had been hit in the Bolivian raids.

Officials in Tovel said rescue teams were still searching the ruins of the market.
`,
};

describe('a country written only as the adjective of an attack', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN schools hit "in the Bolivian raids" WHEN "how many schools were damaged in bolivia" THEN not in the archive', () => {
    const { answer } = ask(index, 'how many schools were damaged in bolivia');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/eleven|\b11\b/i);
  });

  it('GIVEN the same report WHEN the schools hit in Chile are asked THEN eleven is still the answer', () => {
    const { answer } = ask(index, 'how many schools were hit in chile');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/eleven|\b11\b/i);
  });
});
