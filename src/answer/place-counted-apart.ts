import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { lexiconOf } from '../understand/lexicon.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { measureOfWord } from '../extract/figure-measures.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A number counted in a named place: "433 in Tartous", "212 deaths in Kessa", "59 à Kessa". */
const COUNT_IN_PLACE = /(?<![\d.,])\d[\d,.]*\s+(?:[\p{Ll}-]+\s+){0,2}?(?:in|à)\s+(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * "what about tartous, whats the total toll there" answered with the whole region's toll, from a sentence that never
 * names the town, though the same report counts place by place ("683 in Varn, 433 in Kessa, 255 in Dorn"): the town
 * has a count of its own, and the region's is not it. Declined, rather than give a wider count for the town's.
 */
export function placeCountedApart(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const lex = lexiconOf(index);
  const asked = intent.analysis.terms.filter(
    (t) => t.sort !== 'number' && (t.fold.length >= 4 || (t.locative && t.fold.length >= 3)) && !COUNTRIES.has(t.fold) && (lex.placeWords.has(t.fold) || lex.places.has(t.fold) || lex.cities.has(t.fold) || !!t.locative),
  );
  if (!asked.length) return given;
  const said = ` ${fold([given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' '))} `;
  if (asked.some((t) => said.includes(` ${t.fold} `))) return given;
  const askedMeasures = new Set<string | undefined>(intent.analysis.terms.map((t) => measureOfWord(t.fold)).filter((m) => m !== undefined));
  const sameMeasure = (text: string) => !askedMeasures.size || (text.match(/\p{L}+/gu) ?? []).some((w) => askedMeasures.has(measureOfWord(w.toLowerCase())));
  const apart = [...new Set(given.citations.map((c) => c.articleId))].some((id) =>
    index.sentencesOf(id).some((s) => {
      // (A list of places each with its own number: one place counted alone may be a rally's, not a breakdown.)
      // (Years are no counts: "in 2019 in Varn"; and a breakdown of another measure, people who rallied in two cities,
      // says nothing of the arrests asked.)
      const places = [...s.text.matchAll(COUNT_IN_PLACE)].filter((m) => !/^(?:19|20)\d\d$/.test(m[0].split(/\s/)[0] ?? '')).map((m) => fold(m[1] as string));
      // (A hyphenated name, "Tel-Varn", is asked by its parts.)
      return places.length >= 2 && asked.some((t) => places.some((p) => p === t.fold || p.split(' ').includes(t.fold))) && sameMeasure(s.text);
    }),
  );
  if (!apart) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The figure closest to it is of a wider area; the report counts the place asked on its own.', suggestionsFor(intent, index));
}
