import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { DEMONYMS } from '../extract/names-lexicon.ts';
import { knownCities } from './event-match.ts';
import { memo } from './memo.ts';

/** "Which party is X in?", "what group does X belong to?": the body a person belongs to is asked. */
const BODY_OF_A_PERSON = /\b(?:which|what)\s+(?:political\s+)?(?:party|parties|group|faction|movement|bloc)\b/i;

/** A full name as a question writes it: two or more capitalised words, with a particle between them. */
const FULL_NAME = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|van|von|der|al|el|bin|ibn)\s+)?\p{Lu}[\p{L}'’-]+)+)/gu;

/** Words that open a question or name a body, never a person's name (peoples and the archive's places are read below). */
const NOT_A_PERSON = /^(?:which|what|who|whose|is|was|are|were|does|did|the|party|group|movement|faction|front|union|council|committee|assembly|parliament|republican|republicans|democratic|democrats|socialist|socialists|green|greens|national|left|right|liberal|conservative|labour|people|peoples)$/;

/**
 * "Brahim Vell - which party is he in?" answered "the Harbour Party" from "• Ana Brook and Tom Lind from the Harbour
 * Party": a list gives each person's party on their own line, and the line cited names others. The body a person
 * belongs to is told only by a sentence that names that person; an answer none of whose cited sentences writes the
 * person's surname is declined.
 */
export function bodyOfAnotherPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const q = intent.question ?? intent.analysis.question ?? '';
  if (!BODY_OF_A_PERSON.test(q)) return given;
  const people = [...q.matchAll(FULL_NAME)]
    .map((m) => (m[1] as string).split(/\s+/).filter((w) => !notAPerson(index, fold(w))))
    .filter((words) => words.length >= 2);
  if (!people.length) return given;
  const cited = ` ${fold(given.citations.map((c) => c.excerpt ?? '').join(' '))} `.replace(/[^\p{L}\d]+/gu, ' ');
  const names = (words: string[]) => cited.includes(` ${fold(words.at(-1) as string)} `);
  if (people.some(names)) return given;
  const asked = people.map((w) => w.join(' ')).join(', ');
  return notAnswered(intent, `The archive has nothing that answers this. No sentence that tells of a party or group names ${asked}.`, suggestionsFor(intent, index));
}

/** A word of a question's capitalised run that names no person: a question word, a body's word, a people, a place the archive knows. */
function notAPerson(index: ArchiveIndex, w: string): boolean {
  return NOT_A_PERSON.test(w) || DEMONYMS.has(w) || knownCities(index).has(w) || knownCountries(index).has(w);
}

/** Folded names of the countries the archive's events are in. */
function knownCountries(index: ArchiveIndex): ReadonlySet<string> {
  return memo(index, 'known-countries', () => new Set(index.data.events.flatMap((e) => (e.country ? [fold(e.country)] : []))));
}
