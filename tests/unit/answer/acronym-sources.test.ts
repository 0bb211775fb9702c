import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A body named by what it is and its acronym in brackets ("the UN humanitarian office (OCHA) said …") and asked by the
// acronym alone ("…, according to OCHA?"): its figure, credited to the body the report describes, and no other body's.
// Reports written for the tests: invented places, bodies and numbers.
describe('a count asked of a body by its acronym, when the report describes the body in lower case', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ravel-monday.txt': `Relief agencies count the dead in the Ravel offensive

North Gazette

March 3, 2031

The UN humanitarian office (OCHA) said on Monday that more than 500 civilians had been killed in the Ravel offensive since December.
The Union of Medical Relief Societies (UMRS), which supports hospitals in the province, said at least 730 civilians had been killed, including 200 children.
The Ravel Monitor put the death toll at 610.
`,
      'tarsan.txt': `Rights group: 4,800 detained in Tarsan protests

East Wire

January 9, 2030

The Human Rights Activists News Agency (Hrana) said 4,800 people had been arrested during the Tarsan protests. Officials said 900 people were held.
`,
    });
  });

  it('GIVEN "The UN humanitarian office (OCHA) said on Monday that more than 500 …" THEN according to OCHA it is 500, credited to the office, not to "(OCHA)"', () => {
    const a = ask(index, 'how many civilians were killed in the ravel offensive according to OCHA?').answer;
    expect(a.text).toMatch(/^More than 500 civilians/);
    expect(a.text).toMatch(/according to the UN humanitarian office \(OCHA\)/);
    expect(a.text).not.toMatch(/according to \(OCHA\)|\b730\b|\b610\b/);
  });

  it('GIVEN the acronym written in lower case by the report ("(Hrana)") THEN the question\'s "HRANA" is that body', () => {
    const a = ask(index, 'how many people were arrested in the tarsan protests according to HRANA?').answer;
    expect(a.text).toMatch(/4,800/);
    expect(a.text).toMatch(/Human Rights Activists News Agency/);
    expect(a.text).not.toMatch(/\b900\b/);
  });
});

describe('the figures of every source, and of the one asked by its acronym', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ravel.txt': `Relief agencies count the dead in the Ravel offensive

North Gazette

March 3, 2031

More than 500 civilians have been killed in the Ravel offensive since December, the UN humanitarian office (OCHA) said.
At least 730 civilians have been killed, including 200 children, according to the Union of Medical Relief Societies (UMRS).
The Ravel Monitor put the death toll at 610.
`,
    });
  });

  it('GIVEN three bodies\' tolls THEN asked with no source, all three are shown, each under its body', () => {
    const a = ask(index, 'how many civilians were killed in the ravel offensive?').answer;
    expect(a.text).toMatch(/according to the UN humanitarian office \(OCHA\)[^;]*500/i);
    expect(a.text).toMatch(/610/);
    expect(a.text).toMatch(/730/);
  });

  it('GIVEN three bodies\' tolls THEN asked "according to OCHA", only the office\'s 500 is given', () => {
    const a = ask(index, 'how many civilians were killed in the ravel offensive according to OCHA?').answer;
    expect(a.text).toMatch(/more than 500 civilians/i);
    expect(a.text).not.toMatch(/\b610\b|\b730\b/);
  });
});
