import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Lund, Sweden – On May 4, 2031, the regional assembly hosted a conference on …": a town and its country opening the
 * sentence that tells the gathering, with no other town placed in it, is where the gathering was held.
 */
describe('a gathering placed by a town and country opening its sentence', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'hearing.txt': `Assembly hears miners on closures

North Sea Digest

Lund, Sweden – On May 4, 2031, the regional assembly hosted a long conference on the closure of the northern mines, with speakers from Kiruna and Narvik.

Union leaders told the members that more than 2,000 jobs were at stake.
`,
    });
  });

  it('GIVEN "Where did the regional assembly host the conference on the mines on May 4, 2031?" THEN Lund', () => {
    const a = ask(index, 'Where did the regional assembly host the conference on the mines on May 4, 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Lund\b/);
  });
});
