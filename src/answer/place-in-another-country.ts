import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** The country or continent a where-question asks inside: "where in the US …", "where in Norvia did …". */
const WHERE_IN = /\bwhere\s+in\s+(?:the\s+)?(U\.S\.A?\.?|US|USA|United States|[\p{L}-]{3,})\b/iu;

/** Continents and the like, which a sentence places gatherings across ("around Europe"). */
const CONTINENTS = new Set(['europe', 'asia', 'africa', 'oceania', 'australia', 'america', 'usa', 'canada']);

/** Writes the United States one way ("usa"), whatever the report or question spells. */
function oneSpelling(text: string): string {
  return fold(text.replace(/\bU\.\s?S\.(?:\s?A\.)?|\bUnited States\b|\bUSA?\b(?![.-]\w)/g, ' usa '));
}

/**
 * "Where in Norvia were rallies held?" answered from sentences that put their gatherings in, around or across another
 * country or continent ("rallies outside embassies around Europe, including Kessa and Varn") and never write the
 * country asked: the places they list (and a caption's town among them) are that other region's. Declined.
 */
export function placeInAnotherCountry(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !given.citations.length) return given;
  const m = WHERE_IN.exec(intent.question ?? '');
  if (!m) return given;
  const asked = oneSpelling(m[1] as string).trim();
  if (!COUNTRIES.has(asked) && !CONTINENTS.has(asked)) return given;
  const names = (e: string) => new RegExp(`\\b${asked}\\b`).test(e) || (asked === 'usa' && /\bamerica\b/.test(e));
  const cited = given.citations.map((c) => oneSpelling(c.excerpt ?? ''));
  // (The sentence answered from names the country asked: its places are there, whatever the others cite.)
  if (names(cited[0] ?? '')) return given;
  const other = cited
    .filter((e) => !names(e))
    .flatMap((e) => [...e.matchAll(/\b(?:in|around|across|throughout|all over)\s+(?:the\s+)?([a-z]+)\b/g)].map((x) => x[1] as string))
    .find((w) => w !== asked && (COUNTRIES.has(w) || CONTINENTS.has(w)));
  if (!other) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The sentence that answers places what it tells in ${other.replace(/^\p{L}/u, (l) => l.toUpperCase())}, not in the country asked.`, suggestionsFor(intent, index));
}
