import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "how many had been registered", "how many did the organisers register": a count asked as signed up beforehand. */
const REGISTERED_ASKED = /\bregister(?:ed)?\b/i;
/** What is counted as registered that is no crowd: refugees, voters, members, cars. */
const NOT_A_CROWD = /\brefugees?\b|\bvoters?\b|\bmembers?\b|\bvehicles?\b|\bcars?\b|\bcompan(?:y|ies)\b|\bbirths?\b|\bdeaths?\b/i;
/** A gathering or those in it, as the question asks them (not "how many executions did the monitor register"). */
const GATHERING_ASKED = /\b(?:participants?|marchers?|protesters?|demonstrators?|attendees?|rall(?:y|ies)|march(?:es)?|demos?|demonstrations?|gatherings?|protests?|vigils?|teilnehmer\p{L}*|kundgebung\p{L}*)\b/iu;

/** Words of registering a gathering beforehand, in English, German and French ("angemeldet", "déclarée"). */
const REGISTER_WORD = /(?<![\p{L}])(?:regist\p{L}*|an(?:ge)?meld\p{L}*|inscri\p{L}*|déclar\p{L}*|declar\p{L}*)/iu;

/**
 * "How many participants had been registered for the Kessel march?": a gathering's registered size is told by a
 * sentence that writes the registering ("registered for up to 8,000", "waren 300 Teilnehmer angemeldet"); a count of
 * those who came, told with no such word ("police reported up to 11,000"), is another number. Declined.
 */
export function countRegisteredUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const q = intent.question ?? '';
  if (!REGISTERED_ASKED.test(q) || NOT_A_CROWD.test(q) || !GATHERING_ASKED.test(q)) return given;
  if (given.citations.some((c) => REGISTER_WORD.test(c.excerpt ?? ''))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells how many were registered.', suggestionsFor(intent, index));
}
