/**
 * "How many years did the court give Petr Kasimov?": a prison term is a person's own, so it is told by a sentence
 * that names that person (or takes them up with "he", "she"); a term read from a sentence naming someone else (the
 * report's other defendant) is theirs, not the one asked. Declined.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { TERM_ASKED as TERM_ASKED_AS_WHAT } from '../understand/analyse-question.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A question asking a term of prison: "how many years …" with a word of sentencing or jail. */
const TERM_ASKED = /\bhow\s+(?:many\s+(?:years|months)|long)\b/i;
const JAIL_WORDS = /\b(?:prison|jail|jailed|sentenc\w*|imprison\w*|term|behind bars|give|gave|given|get|got)\b/i;

export function termOfAnotherPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const q = intent.question ?? '';
  // ("what sentence did X get" asks the term as "how long" does.)
  if ((!TERM_ASKED.test(q) || !JAIL_WORDS.test(q)) && !TERM_ASKED_AS_WHAT.test(fold(q))) return given;
  const ids = intent.slots.people ?? [];
  const surnames = ids.map((id) => fold(index.speaker(id)?.name ?? '').split(' ').at(-1) ?? '').filter((s) => s.length >= 3 && fold(q).includes(s));
  if (!surnames.length) return given;
  const named = given.citations.some((c) => {
    const ex = c.excerpt ?? '';
    const words = fold(ex).split(/[^\p{L}]+/u);
    return surnames.some((s) => words.some((w) => w === s || (w.length > 4 && (w.startsWith(s) || s.startsWith(w))))) || /^\W*(?:he|she)\b/i.test(ex);
  });
  if (named) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence giving a term names the person asked.', suggestionsFor(intent, index));
}
