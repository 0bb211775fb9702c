import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who argued at the rally that Vardania's future lies in free elections?" picks one speaker out by what was said:
 * the list of everyone who spoke there does not answer it, the sentence saying so does. And a title read back over
 * initials written with dots between letters ("Former N.V. Vice President") keeps them whole.
 */
const REPORTS: Record<string, string> = {
  'ostrov-atomium.txt': `Exiles rally at the Ostrov Glass Dome
Published September 7, 2025

Thousands of Vardanian exiles rallied at the Glass Dome in Ostrov on Saturday. Lea Tamm, the opposition's leader, spoke by video link.

Former N.V. Vice President Tom Hale addressed the crowd and argued that Vardania's future lies in free elections.
`,
};

describe('one speaker picked out by what was said', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two speakers and "Tom Hale … argued that Vardania’s future lies in free elections" THEN that question is answered with Hale alone', () => {
    const a = ask(index, "who argued at the Ostrov Glass Dome rally that Vardania's future lies in free elections?").answer;
    expect(a.answered).toBe(true);
    // (His title read back over the initials "N.V." whole.)
    expect(a.text).toMatch(/^Tom Hale \(Former N\.V\. Vice President\)/);
    expect(a.text).not.toContain('Lea Tamm');
  });
});
