import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where is Camp Harmony?" (nineteenth probe): "a former American military base known as Camp Harmony" describes the
// camp, it names no place it is in; nor is "the Velgrad-Osmania war" a place.
const REPORTS = {
  'harmony-rockets.txt': `6 dead in rocket attack on exile camp

VELGRAD: Assailants fired rockets at a camp for Osmani exiles outside Velgrad early Saturday, killing six people, police said.
The camp, a former American military base known as Camp Harmony, houses members of the Osmani Front.
`,
  'harmony-history.txt': `The Osmani Front and its camps

The Front fought in the 1980s alongside Tarkov's forces in the Velgrad-Osmania war.
`,
};

describe('a place described, not named', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "a former American military base known as Camp Harmony" WHEN asked where Camp Harmony is THEN never the base described', () => {
    const { answer } = ask(index, 'Where is Camp Harmony?');
    expect(answer.text).not.toMatch(/^American military base\b/);
    expect(answer.text).not.toMatch(/^The Velgrad-Osmania\b/);
  });

  it('GIVEN "in the Velgrad-Osmania war" WHEN asked where the Front fought THEN the war is no place', () => {
    const { answer } = ask(index, 'Where did the Osmani Front fight in the 1980s?');
    expect(answer.text).not.toMatch(/^(?:The )?Velgrad-Osmania\b/);
  });
});
