import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { lexiconOf } from '../understand/lexicon.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A run of capitalised words: one item of a list of places ("Vell", "North Ardra"). */
const ITEM = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
/** Three places or more told together: "in Vell, Ardra and Kosk", "Vell, Ardra, and Kosk". */
const LIST = new RegExp(String.raw`(?:${ITEM}\s*,\s*)+${ITEM}\s*,?\s+and\s+${ITEM}`, 'gu');

/** The places written in the lists of three or more a text holds (asides in brackets set apart). */
function listedPlaces(text: string): string[][] {
  const plain = text.replace(/\s*\([^)]*\)/g, '');
  return [...plain.matchAll(LIST)].map((m) => m[0].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((w) => fold(w.trim())));
}

/** Whether a sentence gives a place a count of its own: "84 in Kosk", "Kosk (84 victims)", "in Kosk, 84". */
function ownCount(text: string, place: string): boolean {
  const p = escapeRe(place);
  return new RegExp(String.raw`\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,3}(?:in|at)\s+(?:the\s+)?${p}(?![\p{L}])|(?<![\p{L}])${p}\s*\(\s*\d|(?<![\p{L}])${p}\s*[:,]\s*\d`, 'iu').test(text);
}

/**
 * "How many were killed in Kosk province?" or "in the Kosk massacre?" answered "326" or "158": a total told for several
 * places at once ("three massacres in Vell, Ardra and Kosk left 158 dead"; "326 dead, in 22 provinces, mostly Vell,
 * Ardra, Kosk and Tull") is not the count of one of them. When the answer's sentence names the place asked only
 * inside such a list, or never names it while its report does so only inside such lists, and gives it no count of its
 * own, the answer is declined.
 */
export function placeInAList(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const lex = lexiconOf(index);
  const known = (w: string) => lex.places.has(w) || lex.cities.has(w) || lex.placeWords.has(w);
  const q = intent.question ?? '';
  const names = intent.analysis.terms.filter((t) => t.sort === 'name' && t.fold.length >= 3).map((t) => t.fold);
  // (A place: one the archive writes as such, one the question calls a province or a town, or one listed among such.)
  const headed = (w: string) => new RegExp(String.raw`(?<![\p{L}])${escapeRe(w)}\s+(?:province|region|district|governorate|county|city|town|village)\b|\b(?:province|region|district|governorate|county|city|town|village)\s+of\s+${escapeRe(w)}(?![\p{L}])`, 'iu').test(q);
  const first = given.citations[0];
  const excerpt = first?.excerpt ?? '';
  const report = index.article(first?.articleId ?? '')?.text ?? '';
  // (Read only for a name neither the archive nor the question makes a place: a whole report's lists cost a pattern run.)
  let lists: string[][] | undefined;
  const listsOfAnswer = () => (lists ??= [...listedPlaces(excerpt), ...listedPlaces(report)].filter((items) => items.length >= 3));
  const placeLike = (w: string) => known(w) || headed(w) || listsOfAnswer().some((items) => items.includes(w) && items.filter((x) => x !== w && known(x)).length >= 2);
  // (A country is no part of a list of its provinces, unless the question calls it one: "Kurdistan province".)
  const places = names.filter((w) => (!COUNTRIES.has(w) || headed(w)) && placeLike(w));
  if (places.length !== 1) return given;
  const place = places[0] as string;
  // (Another sentence the answer cites may give the place its own count or tell of it alone: "In Kastel, 30,000 …".)
  // (Or the answer itself, told of the place alone: "…, 30,000 people took part in the demonstration in Kastel.")
  const lead = given.text.replace(/“[^”]*”/g, ' ');
  const others = [lead, ...given.citations.slice(1).map((c) => c.excerpt ?? '')];
  if (others.some((o) => ownCount(o, place) || ` ${fold(o.replace(/\s*\([^)]*\)/g, '').replace(LIST, ' '))} `.includes(` ${place} `))) return given;
  if (ownCount(excerpt, place)) return given;
  const inList = (text: string) => listedPlaces(text).some((items) => items.length >= 3 && items.includes(place));
  const writes = (text: string) => ` ${fold(text)} `.includes(` ${place} `);
  const outsideLists = (text: string) => writes(text.replace(/\s*\([^)]*\)/g, '').replace(LIST, ' '));
  let listed: boolean;
  if (writes(excerpt)) listed = inList(excerpt) && !outsideLists(excerpt);
  else {
    // (The report names the place asked elsewhere: only in lists of places, never with a count or a telling of its own.)
    const sentences = report.split(/(?<=[.!?])\s+/).filter(writes);
    listed = sentences.length > 0 && sentences.every((s) => inList(s) && !ownCount(s, place) && !outsideLists(s));
  }
  if (!listed) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest figure is a total for several places told together, not for the one asked.', suggestionsFor(intent, index));
}
