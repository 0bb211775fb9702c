/**
 * "In which cities were solidarity rallies held?": a city is asked, and an answer naming only a venue (a square, a
 * landmark the archive records as where a gathering stood) says where in a city, not which city. Declined.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { knownCities } from './event-match.ts';
import { memo } from './memo.ts';
import { lexiconOf } from '../understand/lexicon.ts';

/** "which cities", "what other towns", "in which European city": a city or town is what is asked. */
const CITY_ASKED = /\b(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:cit(?:y|ies)|towns?)\b(?!['’]s)/iu;

export function venueForCity(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !CITY_ASKED.test(intent.question ?? '')) return given;
  const lead = ` ${fold(given.text.split(/ \(according|[:“]/)[0] ?? '')} `;
  const cities = knownCities(index);
  // (An answer naming a city the archive knows answers.)
  if (namesCity(lead, cities)) return given;
  // A venue: one the archive's events were held at, or a place the archive knows (no city) that the answer's own
  // sentence sets in a city ("au Belvédère, à Kessel").
  const place = lead.trim();
  // ("From which town did the convoy drive?" answered by the place a sentence writes after "from": where it set out.)
  if (/^\s*(?:and\s+|so\s+)?from\s+(?:which|what)\b/i.test(intent.question ?? '') && given.citations.some((c) => new RegExp(`\\bfrom\\s+(?:the\\s+)?${escapeRe(place)}\\b`).test(fold(c.excerpt ?? '')))) return given;
  const lex = lexiconOf(index);
  const setInCity = () => namesCity(fold(given.citations[0]?.excerpt ?? ''), cities);
  if (!venuesOf(index).has(place) && !((lex.places.has(place) || lex.placeWords.has(place)) && !lex.cities.has(place) && setInCity())) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentences found name a place in a city, not the city asked for.', suggestionsFor(intent, index));
}

/** Whether a folded text holds a city of `cities` (a run of one to three of its words). */
function namesCity(folded: string, cities: ReadonlySet<string>): boolean {
  const words = folded.trim().split(' ');
  for (let i = 0; i < words.length; i++) for (let n = 1; n <= 3 && i + n <= words.length; n++) if (cities.has(words.slice(i, i + n).join(' '))) return true;
  return false;
}

/** The folded venues of the archive's events that are not also a city of one. */
function venuesOf(index: ArchiveIndex): ReadonlySet<string> {
  return memo(index, 'venues-not-cities', () => {
    const cities = knownCities(index);
    const out = new Set<string>();
    for (const e of index.data.events) if (e.venue) out.add(fold(e.venue));
    for (const c of cities) out.delete(c);
    out.delete('');
    return out;
  });
}
