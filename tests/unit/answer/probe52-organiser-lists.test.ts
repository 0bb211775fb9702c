import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Organisers listed by semicolons (probe 52), pinned with a report written for the tests: invented town and bodies.
// Every body of the list organised the event, not only the first; a name that runs on in lower case is read to its
// acronym in brackets.
describe('organisers listed by semicolons', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'brenn-conference.txt': `Panel in Brenn on the Varn jail

The conference, held at the Brenn assembly hall on 9 October 2030, was organised by Amis de Kessa: Maison Lune; the Oslen Civic League, East and West; the Tarn Women's Rights Circle; and the Ligue pour la justice entre voisins (LJV), groups with a seat at the assembly.
Jurists at the conference asked for an inquiry into the Varn jail killings.
`,
    });
  });

  it('GIVEN four bodies listed by semicolons THEN "who organised the Brenn conference" names each of them', () => {
    const a = ask(index, 'who organised the Brenn conference in October 2030?').answer;
    expect(a.answered).toBe(true);
    // (In the answer's own words, before any sentence it quotes.)
    const own = a.text.split('“')[0] ?? '';
    expect(own).toMatch(/Amis de Kessa/);
    expect(own).toMatch(/Oslen Civic League/);
    expect(own).toMatch(/Tarn Women's Rights Circle/);
    expect(own).toMatch(/Ligue pour la justice entre voisins \(LJV\)/);
  });
});
