import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A body named by what it is and its acronym in brackets ("the Coast relief office (CRO) said …") and asked by the
// acronym alone ("…, according to CRO?"): its figure, credited to the body the report describes, and no other body's.
// Reports written for the tests: invented places, bodies and numbers.
describe('a count asked of a body by its acronym, when the report describes the body in lower case', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ravel-monday.txt': `Relief agencies count the dead in the Ravel offensive

North Gazette

March 3, 2031

The Coast relief office (CRO) said on Monday that more than 500 civilians had been killed in the Ravel offensive since December.
The Union of Medical Relief Societies (UMRS), which supports hospitals in the province, said at least 730 civilians had been killed, including 200 children.
The Ravel Monitor put the death toll at 610.
`,
      'tarsan.txt': `Rights group: 4,800 detained in Tarsan protests

East Wire

January 9, 2030

The Valley Rights Reporters Agency (Vrra) said 4,800 people had been arrested during the Tarsan protests. Officials said 900 people were held.
`,
    });
  });

  it('GIVEN "The Coast relief office (CRO) said on Monday that more than 500 …" THEN according to CRO it is 500, credited to the office, not to "(CRO)"', () => {
    const a = ask(index, 'how many civilians were killed in the ravel offensive according to CRO?').answer;
    expect(a.text).toMatch(/^More than 500 civilians/);
    expect(a.text).toMatch(/according to the Coast relief office \(CRO\)/);
    expect(a.text).not.toMatch(/according to \(CRO\)|\b730\b|\b610\b/);
  });

  it('GIVEN the acronym written in lower case by the report ("(Vrra)") THEN the question\'s "VRRA" is that body', () => {
    const a = ask(index, 'how many people were arrested in the tarsan protests according to VRRA?').answer;
    expect(a.text).toMatch(/4,800/);
    expect(a.text).toMatch(/Valley Rights Reporters Agency/);
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

More than 500 civilians have been killed in the Ravel offensive since December, the Coast relief office (CRO) said.
At least 730 civilians have been killed, including 200 children, according to the Union of Medical Relief Societies (UMRS).
The Ravel Monitor put the death toll at 610.
`,
    });
  });

  it('GIVEN three bodies\' tolls THEN asked with no source, all three are shown, each under its body', () => {
    const a = ask(index, 'how many civilians were killed in the ravel offensive?').answer;
    expect(a.text).toMatch(/according to the Coast relief office \(CRO\)[^;]*500/i);
    expect(a.text).toMatch(/610/);
    expect(a.text).toMatch(/730/);
  });

  it('GIVEN three bodies\' tolls THEN asked "according to CRO", only the office\'s 500 is given', () => {
    const a = ask(index, 'how many civilians were killed in the ravel offensive according to CRO?').answer;
    expect(a.text).toMatch(/more than 500 civilians/i);
    expect(a.text).not.toMatch(/\b610\b|\b730\b/);
  });
});
