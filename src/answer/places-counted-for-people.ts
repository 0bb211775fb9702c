import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { isFunctionWord } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Places and units of a territory a count can be of: never people. */
const PLACES_COUNTED = /^(?:provinces?|cities|city|towns?|villages?|countries|country|districts?|regions?|states?|counties|county|neighbou?rhoods?|municipalities|municipality|prisons?|campuses|universities|schools?)$/;

/** Nouns of people a count may ask. */
const PEOPLE_HEAD =
  /^(?:people|persons|individuals|civilians|protesters|demonstrators|students|workers|prisoners|inmates|detainees|children|women|men|girls|boys|members|supporters|participants|activists|journalists|refugees|victims|soldiers|police|officers|guards|residents|citizens|migrants|exiles|dead|killed|injured|wounded|arrested)$/;

/** A number, in figures or in words, as an answer's lead writes it first. */
const LEAD_NUMBER =
  /^(?:(?:about|around|some|nearly|almost|over|more than|at least|up to|approximately)\s+)?(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:of\s+)?(?:(?:the|its|their)\s+)?([\p{L}-]+)/iu;

/**
 * "How many people did Orla Marsh say were detained?" is not answered "five provinces were arrested": a number whose
 * own noun is of places (provinces, cities, schools) counts the places the deed reached, not the people it befell.
 * Declined unless the question counts those places itself ("in how many provinces …").
 */
export function placesCountedForPeople(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  // ("How many colleges did the survey cover?": a question counting things of its own is left to the checks on things
  // counted; this one asks of people, named or not.)
  const headKey = intent.analysis.counted?.at(-1);
  const head = intent.analysis.terms.find((t) => t.key === headKey);
  if (head && !PEOPLE_HEAD.test(head.fold) && !PLACES_COUNTED.test(head.fold)) return given;
  const lead = (given.text.split('“')[0] ?? '').replace(/^According to [^,]{2,80},\s*/i, '');
  const m = LEAD_NUMBER.exec(lead.trim());
  if (!m) return given;
  const noun = fold(m[2] as string);
  if (!PLACES_COUNTED.test(noun)) return given;
  // ("60 school girls", "12 prison guards": the place word qualifies the noun after it, which is what is counted.)
  const next = /^\s+([\p{Ll}-]+)/u.exec(lead.trim().slice(m.index + m[0].length))?.[1];
  if (next && !isFunctionWord(next) && !/(?:ed|en)$/.test(next) && !/^(?:were|was|are|is|had|have|has|been|being|across|nationwide|reported|said|saw|where|which|that)$/.test(next)) return given;
  const stem = noun.replace(/(?:ies|s)$/, '').slice(0, 5);
  // (A question counting places of its own, "how many universities …", is left to the checks on things counted.)
  if (intent.analysis.terms.some((t) => t.fold.startsWith(stem) || PLACES_COUNTED.test(t.fold))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The figure closest to it counts ${m[2]}, not the people asked.`, suggestionsFor(intent, index));
}
