import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "In how many cities …", "how many towns …": places counted. */
const PLACES_COUNTED = /\bhow\s+many\s+(?:[\p{L}-]+\s+)?(cities|towns|provinces|villages|places)\b/iu;
/** Deeds of force done to people, which a count of places may be told by ("killed … across seven cities"). */
const FORCE = new Set(['@kill', '@arrest', '@injure', '@execute']);

/**
 * "In how many towns did the marches take place?" answered "five" from "police shot dead four marchers and a passer-by
 * … in five separate towns": the places counted are those where people were killed (arrested, hurt), not every
 * place the protests reached. When the sentence's clause before the count tells such a deed and the
 * question asks none, the count is of another deed. Declined.
 */
export function placesCountedForAnotherDeed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const q = intent.question ?? '';
  const noun = PLACES_COUNTED.exec(q)?.[1]?.toLowerCase();
  if (!noun) return given;
  if (tokenize(q).some((t) => FORCE.has(t.key))) return given;
  const lead = (/^(?:at least |some |over |more than |about |around )?(\p{L}+|\d[\d,]*\d|\d)/iu.exec(given.text)?.[1] ?? '').toLowerCase();
  if (!lead) return given;
  const excerpt = given.citations[0]?.excerpt ?? '';
  const told = new RegExp(String.raw`(?:^|[.;!?]\s)([^.;!?]*?)\b(?:across|in)\s+(?:at\s+least\s+|some\s+|over\s+|more\s+than\s+)?${escapeRe(lead)}\s+(?:different\s+|other\s+|separate\s+)?${noun}\b`, 'iu').exec(` ${excerpt}`);
  if (!told) return given;
  if (!tokenize(told[1] ?? '').some((t) => FORCE.has(t.key))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The ${noun} counted are those where people were killed or held, not every one the question asks about.`, suggestionsFor(intent, index));
}
