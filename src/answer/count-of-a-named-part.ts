import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { leadOf } from './count-of-another-year.ts';
import { adjectiveOf } from './reader/candidates-statement.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "At least 57 Dorvani people", "31 Oskan protesters": a figure, a capitalised word qualifying it, a plural noun of people. */
const QUALIFIED = /(?:^|\s)(?:[Aa]t\s+least\s+|[Aa]bout\s+|[Aa]round\s+|[Mm]ore\s+than\s+|[Oo]ver\s+|[Ss]ome\s+|[Nn]early\s+|[Aa]lmost\s+)?\d[\d,.]*\s+(\p{Lu}\p{Ll}{2,})\s+(people|persons|\p{Ll}{2,}(?:ers|ors|ists|ants|ents|ians|ans|ees|ren|men|women|ies))\b/u;

/** Regions the vocabulary lists beside countries: their peoples (Kurds, Baluch) are a part of a country's. */
const REGIONS = new Set(['kurdistan', 'baluchistan', 'khuzestan']);

/** Peoples of a country whose word does not start like the country's name. */
const IRREGULAR_PEOPLES = new Set(['french', 'dutch', 'swiss', 'british', 'welsh', 'scottish', 'irish', 'danish', 'finnish', 'norwegian', 'swedish', 'polish', 'spanish', 'greek', 'cypriot', 'emirati', 'saudi', 'filipino']);

/** Capitalised words that qualify no people: months and days. */
const TIME_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "How many were killed in the March protests, according to the league?" answered "At least 82 Varnish people" (a
 * count of one people, in one town): the figure is qualified by a name the question never asks (a people, a faith, a
 * region), so it counts a part of those asked, not all of them. Declined.
 */
export function countOfANamedPart(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const m = QUALIFIED.exec(leadOf(given.text));
  if (!m) return given;
  const qualifier = fold(m[1] as string);
  if (TIME_WORD.test(qualifier)) return given;
  // ("At least 212 Iranian protesters": a country's own people are all of those asked, not a part of them.)
  // (By the country's first four letters too, "Afghan", "Lebanese", "Pakistani"; a few are irregular.)
  if (IRREGULAR_PEOPLES.has(qualifier) || [...COUNTRIES].some((c) => !REGIONS.has(c) && (qualifier === fold(c) || adjectiveOf(qualifier, fold(c)) || (qualifier.length >= 5 && fold(c).startsWith(qualifier.slice(0, 4)))))) return given;
  // (By the name's first four letters: "Varnish" asked as "Varnia", "Oskans" as "Osk".)
  const head = qualifier.slice(0, Math.min(4, qualifier.length));
  const asked = fold(intent.question ?? '').split(' ');
  if (asked.some((w) => w.startsWith(head) || (w.length >= 3 && qualifier.startsWith(w)))) return given;
  // (A place the question asks, written in the sentence, makes the part the count there: "how many died in Halsk" is
  // answered by the Dorvani counted in Halsk.)
  const places = intent.analysis.terms.filter((t) => t.locative).map((t) => t.fold);
  const said = ` ${fold(given.citations.map((c) => c.excerpt ?? '').join(' '))} `;
  if (places.some((p) => said.includes(` ${p} `))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest figure counts ${m[1]} ${m[2]} only, a part of those asked.`, suggestionsFor(intent, index));
}
