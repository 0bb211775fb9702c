import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EventRecord } from '../../../src/domain/types.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();
const speakersOf = (x: ArticleExtraction, e: EventRecord | undefined): string[] => (e?.speakers ?? []).map((id) => x.speakers.find((sp) => sp.id === id)?.name ?? id).sort();

// Who spoke at a rally: the people whose words the report gives as said there, not those who talked to a paper or to
// reporters beside it, a leader whose promise the speakers hoped for, nor what someone "has said" at other times.
const REPORT = `Exiles rally in Dunmere against the crackdown in Valdor

Several thousand exiles rallied in Dunmere's Harbour Square on Saturday to demand sanctions on the rulers of Valdor.
"The prisons of Valdor must be opened," Lena Marsh, president of the Valdor Freedom Council, told the rally.
"I came because my brother is in prison," Arno Kessel, a student from Brenn, told the Harbour Star.
Tomas Weill told reporters that more rallies would follow in the spring.
Several speakers at Saturday's rally voiced hopes that Norland President Ilven Dorr's promise of sanctions would help their cause.
Dorr has also expressed a wish to reach a deal with Valdor.
`;

describe('speakers at a rally, not beside it', () => {
  it('GIVEN a speaker who told the rally, one who told a paper, one who told reporters, a president the speakers hoped in and what he "has expressed" THEN only the first spoke at the rally', () => {
    const x = extractArticle(nlp, articleFromText(REPORT));
    const rally = x.events.find((e) => e.city === 'Dunmere');
    expect(rally).toBeDefined();
    expect(speakersOf(x, rally)).toEqual(['Lena Marsh']);
  });
});

describe('a gathering told by its day', () => {
  it('GIVEN "X told Saturday\'s rally in Dunmere" THEN X spoke at the rally (a capitalised day is no paper)', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Exiles rally in Dunmere

Several thousand exiles rallied in Dunmere's Harbour Square on Saturday to demand sanctions on the rulers of Valdor.
"The prisons of Valdor must be opened," Lena Marsh told Saturday's rally in Dunmere.
`),
    );
    expect(speakersOf(x, x.events.find((e) => e.city === 'Dunmere'))).toEqual(['Lena Marsh']);
  });
});
