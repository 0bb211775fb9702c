import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "any idea where the summit was held", "anyone know when the vigil was", "remind me what Vosk said": chat asks the
// reader, then puts the question in the order of a clause. Read as the question itself; "do you know if …" asks yes
// or no and is left as written.
const REPORTS = {
  'orvel-vigil.txt': `Exiles hold vigil in Orvel

By Dana Roe, Orvel Courier
May 4, 2031

Hundreds of Valdorian exiles held a vigil in Lantern Square in Orvel on Saturday, May 3, 2031.

"We will not forget the prisoners," said Lena Vosk, chair of the Valdor Exile Union.
`,
};

describe('a question asked of the reader', () => {
  it('GIVEN "any idea / anyone know / remind me / can u tell me" THEN the question in the order of a question', () => {
    expect(cleanQuestion('any idea where the orvel vigil was held')).toBe('where was the orvel vigil held');
    expect(cleanQuestion('anyone know when the orvel vigil was?')).toBe('when was the orvel vigil?');
    expect(cleanQuestion('remind me what lena vosk said about the prisoners')).toBe('what did lena vosk say about the prisoners');
    expect(cleanQuestion('can u tell me who lena vosk is')).toBe('who is lena vosk');
    expect(cleanQuestion('do you know who spoke at the vigil?')).toBe('who spoke at the vigil?');
    expect(cleanQuestion('do you know if lena vosk spoke?')).toBe('do you know if lena vosk spoke?');
  });

  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a vigil WHEN "anyone know when the orvel vigil was" THEN its day', () => {
    const { answer } = ask(index, 'anyone know when the orvel vigil was');
    expect(answer.text).toMatch(/May 3, 2031/);
  });

  it('GIVEN a speaker WHEN "remind me what lena vosk said" THEN her words', () => {
    const { answer } = ask(index, 'remind me what lena vosk said at the vigil');
    expect(answer.text).toMatch(/will not forget the prisoners/);
  });
});
