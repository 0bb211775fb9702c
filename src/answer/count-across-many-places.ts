/**
 * "How many were arrested in Dremm over the poisonings?" against "At least 140 people have been arrested over the
 * poisonings in 19 provinces", in a report datelined DREMM: a count its own sentence spreads over many provinces or
 * cities, or across the whole country, is theirs together, not the asked town's, unless the sentence names that town
 * too. Declined. (The reader's candidates meet the same rule; this holds it for the structured answers too.)
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "in 25 provinces", "across more than 100 cities", "in dozens of towns", "nationwide", "across the country". */
const MANY_PLACES =
  /\b(?:in|across|throughout)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|several|many|scores\s+of)\s+(?:\p{L}+\s+)?(?:provinces|cities|towns|regions|districts|counties|states)\b|\b(?:inside|across|throughout|all\s+over)\s+the\s+(?:whole\s+|entire\s+)?country\b|\b(?:nationwide|countrywide)\b/iu;

export function countAcrossManyPlaces(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const asked = intent.analysis.terms.filter((t) => t.locative && t.sort === 'name' && !COUNTRIES.has(t.fold) && t.fold.length >= 3);
  if (!asked.length) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  if (!excerpts.every((e) => MANY_PLACES.test(e))) return given;
  const said = ` ${fold([...excerpts, given.text.split('“')[0] ?? ''].join(' '))} `;
  if (asked.some((t) => said.includes(` ${t.fold} `) || said.includes(` ${t.fold}'`) || said.includes(` ${t.fold},`))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The figure it holds is counted over many places together, not for the town asked.', suggestionsFor(intent, index));
}
