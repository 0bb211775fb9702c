import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A number the answer gives for people: figures followed by a word for people or a deed done to them. */
const PEOPLE_NUMBER = /\b(\d[\d,]*)\s+(?=(?:people|persons|aboard|passengers|on board|were|have been|had been|killed|dead)\b)/gi;

/** A number a sentence tells of those a craft carried: "all 212 people on board", "212 aboard", "212 passengers". */
function onBoard(excerpt: string, number: string): boolean {
  const n = number.replace(/,/g, ',?');
  return new RegExp(`\\b${n}\\s+(?:(?:people|persons)\\s+)?(?:on\\s+board|aboard)\\b|\\b${n}\\s+passengers\\b`, 'i').test(excerpt);
}

/**
 * "How many protesters were killed in the protests over the downed jet?" against "the crash killed all 212 people on
 * board": those a plane, a ship or a bus carried are not the protesters asked about, even when the protests are over
 * their deaths. An answer whose every count of people is one of those on board is declined.
 */
export function countOfThoseOnBoard(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (intent.analysis.counted?.at(-1) !== '@protester') return given;
  if (/\b(?:on\s+board|aboard|passengers?)\b/i.test(intent.question)) return given;
  // (Dates in brackets after a source, "(January 11, 2031)", are no counts.)
  const text = given.text.split('“')[0]?.replace(/\([^)]*\)/g, ' ') ?? '';
  const numbers = [...text.matchAll(PEOPLE_NUMBER)].map((m) => m[1] as string);
  if (!numbers.length) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  if (!numbers.every((n) => excerpts.some((e) => onBoard(e, n)))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The figures found count the people on board, not protesters.', suggestionsFor(intent, index));
}
