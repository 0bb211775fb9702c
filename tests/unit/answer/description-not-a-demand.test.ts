import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An invented report: an envoy describes the state of a country in two sentences, then calls for an inquiry "during
// an emergency session". Asked how she described the situation at that session, the bot gives her description, not
// her demand (whose sentence shares the question's words for the occasion).
const REPORTS = {
  'lind.txt': `Envoy warns of deepening emergency in Brenland

The regional envoy Ora Lind said that a “spiralling” emergency was unfolding in Brenland as troops broke up marches.
She said Brenland was now in “a spiralling emergency of rights”, with hundreds held without charge.
Lind called for “a swift, neutral and open inquiry” into abuses in Brenland during an emergency session of the Assembly of Nations.
The session was held in the city of Corlay.
`,
};

describe('a description asked is not answered with a demand (probe53)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the envoy\'s description and her call for an inquiry WHEN asked how she described the situation at the session THEN her description', () => {
    const { answer } = ask(index, 'How did Ora Lind describe the situation in Brenland at the emergency session of the Assembly of Nations?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/spiralling/);
    expect(answer.text).not.toMatch(/swift, neutral and open inquiry/);
  });
});
