import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { leadCount } from './count-of-another-year.ts';

/** What follows a count of those allowed to vote: "… are eligible to vote", "… registered voters", "… entitled to vote". */
const ELIGIBLE_AFTER = /^[^.;:\d]{0,40}?\b(?:eligible|entitled\s+to\s+vote|registered\s+(?:to\s+vote|voters|electors)|wahlberechtigt|inscrits|électeurs\s+inscrits)/i;

/** A question that itself asks those allowed to vote. */
const ASKS_ELIGIBLE = /\b(?:eligib|entitled|registered|electorate|allowed\s+to\s+vote|(?:can|could|may)\s+vote|wahlberechtigt|inscrits)/i;

/**
 * "What was the turnout?", "how many voted?" answered "14 million" from "14 million citizens are eligible to vote":
 * those allowed to vote are not those who did, nor any other count asked. Declined unless the question asks that
 * count of the eligible itself.
 */
export function eligibleForVoted(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (ASKS_ELIGIBLE.test(intent.question ?? '')) return given;
  const count = leadCount(given.text);
  if (!count) return given;
  // ("38 percent of eligible voters took part": a share of those allowed to vote is the turnout, not their number.)
  if (new RegExp(`^\\D{0,30}${count.replace(/[.,]/g, '\\$&')}\\s*(?:%|per\\s*cent\\b|percent\\b)`, 'i').test(given.text)) return given;
  const at = new RegExp(`(?<![\\d.,])${count.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`, 'g');
  const eligible = given.citations.some((c) => {
    const ex = c.excerpt ?? '';
    return [...ex.matchAll(at)].some((m) => ELIGIBLE_AFTER.test(ex.slice((m.index ?? 0) + m[0].length)));
  });
  if (!eligible) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest figure counts those allowed to vote, not the count asked.', suggestionsFor(intent, index));
}
