import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What position does X hold?", "What is X's job?": the words asking for a role are the kind of answer, not words a
 * report must hold; a one-report archive that never writes "position" or "hold" still answers with the role.
 */
describe('words asking for a role', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'quay.txt': `New quay opens in Tallis

Ilse Varga, the harbour master of Tallis, opened the new quay on Monday before a crowd of fishermen.
`,
    });
  });

  for (const q of ['What position does Ilse Varga hold?', "What is Ilse Varga's job?", 'What post does Ilse Varga hold?', "What is Ilse Varga's role?"]) {
    it(`GIVEN "${q}" THEN the role the report gives`, () => {
      const a = ask(index, q).answer;
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/harbour master of Tallis/);
    });
  }
});
