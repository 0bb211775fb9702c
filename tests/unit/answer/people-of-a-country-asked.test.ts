import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { tokenize } from '../../../src/understand/vocabulary.ts';

/*
 * "Which Italians spoke at the summit?": only people told as of that country answer — not the first speaker found,
 * nor the whole list of speakers.
 */
const REPORTS: Record<string, string> = {
  'kastel-summit.txt': `Exiles gather in Kastel for the annual summit

KASTEL — Thousands of exiles, among them many Italians, gathered on Saturday at the Kastel Congress Hall for the annual summit of the Vardanian opposition.

Wearing a green scarf, the opposition leader Mira Tann addressed the crowd, saying the exiles would soon go home.

The speakers who addressed the summit included Otto Lamm, former Mayor of Brenn; Ilse Varga and Piero Calvi, former Prime Minister and Foreign Minister of Italy; Anton Rusk, former Governor of Tallby; and Sven Oder, a lawmaker from Norland.
`,
};

describe('people of a country asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Italians" THEN it is a word of Italy, as "Italian" is', () => {
    expect(tokenize('Italians')[0]?.key).toBe(tokenize('Italy')[0]?.key);
  });

  it('GIVEN "which Italians spoke" THEN neither the leader nor the speakers of other countries are named as Italians', () => {
    const a = ask(index, 'which Italians spoke at the Kastel summit?').answer;
    const lead = a.text.split('“')[0] ?? '';
    expect(a.answered && /Mira Tann|Otto Lamm|Anton Rusk|Sven Oder/.test(lead)).toBe(false);
  });

  it('GIVEN "which Italian spoke" THEN the sentence naming the Italians is still quoted', () => {
    const a = ask(index, 'which Italian spoke at the Kastel summit?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Foreign Minister of Italy/);
  });
});
