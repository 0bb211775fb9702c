import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Chat words for what reports write in full ("ppl", "w/", "cops") and a verb asked in other words than the report's
 * ("greeted" for "welcomed").
 */
const REPORTS: Record<string, string> = {
  'lindenau-marktplatz.txt': `Thousands of Vardanian exiles gathered today in Lindenau's Marktplatz to connect live with a congress in Ostrov.

In Lindenau, former senator Paul Greve welcomed protesters who had travelled from across the continent. The first speaker was the writer Lena Toth.

The police reported that the demonstration was peaceful and said some 240 officers were policing the event.
`,
};

describe('chat shorthand and other verbs', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "ppl", "w/", "cops" THEN they are read as the words reports use', () => {
    expect(cleanQuestion('who greeted ppl at the rally w/ lena toth?')).toBe('who greeted people at the rally with lena toth?');
    expect(cleanQuestion('how many cops were there')).toBe('how many police officers were there');
  });

  it('GIVEN "who greeted the protesters" THEN the one who welcomed them answers', () => {
    const a = ask(index, 'who greeted protesters at the lindenau marktplatz rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Paul Greve/);
  });

  it('GIVEN "how many cops were at the demo" THEN the officers policing it are counted', () => {
    const a = ask(index, 'how many cops were at the lindenau marktplatz demo lol').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/240 officers/);
  });
});
