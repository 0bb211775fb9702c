import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who organised the Korvik vigil?" against "the vigil, organised by Dorvan support groups Harbour Voice and Fair
 * Coast, will mark …": both bodies "and" joins after "by" organised it, not only the first.
 */
describe('a gathering organised by two bodies', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-vigil.txt': `Hundreds have come to Korvik's Guild Square for the strikers in Dorvan.
Marchers met at noon by the Salt Gate before walking to the square, where campaigners will speak.
Relief Watch says the vigil, organised by Dorvan support groups Harbour Voice and Fair Coast, will mark the 60th day of the strikes in Dorvan.
`,
    });
  });

  it('GIVEN "organised by groups A and B" WHEN asked who organised the vigil THEN both', () => {
    const a = ask(index, 'who organised the korvik vigil on the 60th day of the strikes?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Harbour Voice/);
    expect(a.text.split('(according')[0]).toMatch(/Fair Coast/);
  });
});
