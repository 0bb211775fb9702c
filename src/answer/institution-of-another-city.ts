import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { knownCities } from './event-match.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Bodies a city's name is put before or after: a court, its prosecutors, its police, its council. */
const INSTITUTION = String.raw`(?:(?:criminal|appeals?|district|city|regional|municipal)\s+)?(?:court|tribunal|prosecutors?|prosecution|police|council|mayor)`;
const CITY = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
/** "the Harl court", "Harl's criminal court". */
const CITY_BEFORE = new RegExp(String.raw`(${CITY})(?:['’]s)?\s+${INSTITUTION}\b`, 'gu');
/** "the criminal court of Harl", "the court in Harl". */
const CITY_AFTER = new RegExp(String.raw`\b${INSTITUTION}\s+(?:of|in)\s+(?:the\s+)?(${CITY})`, 'giu');

/** Capitalised words after "court of" that name what the court is, not where ("the Court of Appeal"). */
const NOT_A_CITY = new Set(['appeal', 'appeals', 'justice', 'cassation', 'arbitration', 'first', 'instance', 'human', 'rights', 'state', 'the', 'assizes', 'audit', 'auditors']);

/**
 * The cities a text puts a court, prosecutors, police or a council in, folded: those the archive knows, and, when
 * `written` is set, any capitalised name after "of" or "in" ("the criminal court of Dessen").
 */
function citiesOfInstitutions(text: string, known: ReadonlySet<string>, written = false): string[] {
  const out: string[] = [];
  if (written) {
    for (const m of text.matchAll(CITY_AFTER)) {
      const first = (m[1] ?? '').split(/\s+/)[0] ?? '';
      if (/^\p{Lu}/u.test(first) && !NOT_A_CITY.has(fold(first))) out.push(fold(first));
    }
  }
  for (const re of [CITY_BEFORE, CITY_AFTER]) {
    for (const m of text.matchAll(re)) {
      // ("The Harl court": a capitalised article opening the sentence is no part of the city; "the court of Harl
      // sentenced": read case-blind, the word after the city is none of it either.)
      const words = (m[1] ?? '').split(/\s+/).filter((w) => !/^(?:The|A|An)$/.test(w)).map(fold);
      const city = [words.join(' '), words[0] ?? '', words.at(-1) ?? ''].find((n) => known.has(n));
      if (city) out.push(city);
    }
  }
  return out;
}

/**
 * "How long a sentence did the Harl court give?" answered by "The criminal court of Dessen sentenced …": a court (its
 * prosecutors, its police, its council) the question puts in a city the archive knows is not one the answer's
 * sentence puts in another city (one the archive knows, or one written after "of" / "in"). Declined.
 */
export function institutionOfAnotherCity(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const known = knownCities(index);
  const asked = citiesOfInstitutions(intent.question ?? '', known);
  if (!asked.length) return given;
  const told = citiesOfInstitutions(given.citations.map((c) => c.excerpt ?? '').join(' '), known, true);
  if (!told.length || told.some((c) => asked.includes(c))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentence that answers tells of a body of another city than the one asked.', suggestionsFor(intent, index));
}
