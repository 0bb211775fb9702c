import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two classes from reports of memorial events (probe 52), pinned with reports written for the tests: invented towns,
// districts, people and bodies.
// - "Mayor of Orlen's 2nd District Ivo Brant" numbers the district he heads, not the one the memorial was held in;
// - "which groups organised the forum where X spoke" asks the organisers: the speech only says which forum.
describe('clauses that name the occasion', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'orlen-memorial.txt': `Orlen's 7th district town hall hosts a memorial

The 7th district of Orlen held a memorial at its town hall on 3 May 2031 for the prisoners who died in the Varn jail in 1979.
Speakers included the writer Lotte Amsel, Mayor of Orlen's 2nd District Ivo Brant, and the lawyer Pim Dorsey, who asked for an inquiry.
`,
      'kessa-forum.txt': `Forum in Kessa on the Varn jail

The forum, held in Kessa on 4 June 2030, was organised by the Tarn Council and the Vell Foundation.
Mira Tolvan spoke at the forum about the hidden graves of the Varn jail.
`,
    });
  });

  it('GIVEN a speaker who is mayor of another district THEN his role is still told of the memorial in the 7th district', () => {
    const a = ask(index, "Who is Ivo Brant? He spoke at the Orlen 7th district memorial on the Varn jail").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Mayor/);
  });

  it('GIVEN organisers and a speaker THEN "which groups organised the forum where X spoke" names the organisers', () => {
    const a = ask(index, 'which groups organised the 2030 Kessa forum where Mira Tolvan spoke?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Tarn Council/);
  });
});
