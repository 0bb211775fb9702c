import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who spoke for the UFV there?": of the speakers a report lists, only the one whose stated role names the body
 * speaks for it; the others listed beside them are false extras.
 */
const REPORTS: Record<string, string> = {
  'kelby-press.txt': `During a press conference held in Kelby on May 2, lawmakers, lawyers and Vardanian exiles condemned the appointment of the junta's envoy to the Northern Council's rights forum.

Ilse Korven, a member of the Kelby Assembly, Tomas Velic, President of the League of Free Lawyers in Ostrov, the former judge Ivo Brask, and Ana Lind, the UFV's representative in international bodies, attended and spoke at the conference.
`,
};

describe('who spoke for a body', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "who spoke for the UFV there?" THEN its representative alone answers', () => {
    const a = ask(index, 'that kelby press conference on the rights forum envoy - who spoke for the UFV there?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Ana Lind/);
    expect(a.text).not.toMatch(/Ilse Korven|Tomas Velic/);
  });
});
