import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';

// "fvc nov 2031 - dunmarsh dead?": the word between the dash and the count's word is the place counted, when the
// archive writes it as a place; a body there ("- lrw death toll?") is not read as a place.
// Reports written for the tests: invented places, bodies and numbers.
describe('a terse count question naming a place after the dash', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'fvc.txt': `LISK - Over 900 protesters killed during the protests in November

4 December 2031 :

Over 900 protesters killed during the protests in November. The Secretariat of the Free Valley Council issued a statement on December 2, 2031, confirming that over 900 protesters have been killed during the Lisk protests in November across the country. The Valley Resistance has compiled information on the deaths of at least 300 in Lisk, 210 in Varn, 140 in Orla, and 90 in Dunmarsh. According to eyewitnesses, hundreds of bodies were taken to Meyer Hospital in Orla during the uprising.
`,
      'minister.txt': `Nearly 150 to 175 people killed in November protests, minister suggests

Lisk Herald – The interior minister Tomas Varga has suggested that nearly 150 to 175 people were killed during the widespread protests in November 2031.
`,
    });
  });

  it('GIVEN "fvc nov 2031 - dunmarsh dead?" THEN Dunmarsh\'s 90 answers', () => {
    const a = ask(index, 'fvc nov 2031 - dunmarsh dead?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^90\b/);
  });

  it('GIVEN a word after the dash that is no place of the archive THEN the question is read as before', () => {
    expect(cleanQuestion('fvc nov 2031 - lrw death toll?', placeOfLexicon(index))).toBe('how many people were killed in the fvc nov 2031 - lrw?');
    expect(cleanQuestion('fvc nov 2031 - dunmarsh dead?', placeOfLexicon(index))).toBe('how many people were killed in dunmarsh, fvc nov 2031?');
  });
});

function placeOfLexicon(index: ArchiveIndex): (w: string) => boolean {
  const lex = lexiconOf(index);
  return (w) => lex.places.has(w) || lex.cities.has(w) || lex.placeWords.has(w);
}
