import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Mira Lund spoke at the 2031 Lyon MWD forum of the weavers - what post had she held?": the subject read from such
 * a question may be the place and the words after it ("Lyon MWD"), which name no one; the role of Mira Lund, the
 * person the question names, is what is asked, not "another person's".
 */
describe('a role asked of the person a question opens on, its subject read as a place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'forum.txt': `Weavers' forum in Lyon: the mills must change

Saturday, 8 March 2031

A statement by the Weavers' Union said that the forum in Lyon on Saturday brought together union heads and mayors to back the mill women.

Mira Lund, former Foreign Minister of Denmark, spoke warmly about the strikers.
`,
      'march.txt': `MWD march in Ostby

On March 8, 2031, Mill Women's Day (MWD), hundreds of weavers marched in Ostby.
`,
    });
  });

  it('GIVEN "Mira Lund spoke at the Lyon MWD forum - what post had she held?" THEN her role', () => {
    const a = ask(index, 'Mira Lund spoke at the 2031 Lyon MWD forum of the weavers - what post had she held?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Foreign Minister of Denmark/);
  });
});
