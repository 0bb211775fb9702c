import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { unknownTerms } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A question naming a country ("Norway") of an archive that only writes its adjective ("the Norwegian government"):
// the country is a word the archive knows, so the question is answered, not declined as about something unknown.
const REPORTS = {
  'fjord-rally.txt': `Exiles urge Oslo to speak up for Kessian prisoners
Published: 14 May 2036 | Fjord Times

OSLO, May 13 (Fjord Times) — About three hundred Kessian exiles rallied at Eidsvolls plass on Saturday, calling on the Norwegian government to press for the release of political prisoners in Kessia.
Among the speakers were MP Kari Lunde and the writer Nils Berget.
“Our government must not stay silent while prisoners are hanged,” Lunde told the crowd.
`,
};

describe('a country asked, its adjective written', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only "the Norwegian government" written WHEN a question names Norway THEN Norway is no unknown term', () => {
    expect(unknownTerms('Who spoke at the Oslo rally calling on Norway to act?', index)).not.toContain('Norway');
  });

  it('GIVEN the report WHEN who spoke at the rally calling on Norway to act is asked THEN both speakers are named', () => {
    const { answer } = ask(index, "Who spoke at the Oslo rally calling on Norway to press for the prisoners' release?");
    expect(answer.answered).toBe(true);
    const stated = answer.text.split('“')[0] ?? '';
    expect(stated).toContain('Kari Lunde');
    expect(stated).toContain('Nils Berget');
  });
});
