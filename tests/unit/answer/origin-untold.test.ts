import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A page on a summit at a council's headquarters in Brellin while exiles rallied in Kessa, and a wire saying where the
// marchers came from. Asked in chat where protesters came from for the Kessa rally, the bot never gives the place the
// rally or the summit was held: only a place a cited sentence writes after "from" tells where anyone came from.
const REPORTS = {
  'summit.txt': `Kessa, June 4, 2033: As delegates met at the Velorian Council's headquarters in Brellin for a two-day summit, a large rally of Velorian exiles filled Harbour Square.

Exiles voiced their backing for the Council's plan for a free Veloria.
`,
  'wire.txt': `Thousands of Velorian exiles rally in Kessa
5 June 2033

Thousands of Velorian exiles protested in Kessa on Saturday against the regime, at a rally the city had first tried to ban.

The marchers arrived by coach from Orvel, Dunmar and the northern valleys, the organisers said.
`,
};

describe('where people came from', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a summit venue and a rally WHEN asked "where did protesters come from for the kessa rally in june 2033" THEN no venue given as their origin', () => {
    const { answer } = ask(index, 'where did protesters come from for the kessa rally in june 2033');
    expect(answer.text.split('Closest')[0]).not.toMatch(/held at|headquarters|Harbour Square/);
    if (answer.answered) expect(answer.text).toMatch(/Orvel|Dunmar/);
  });
});
