import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { YEAR_WRITTEN } from './count-year.ts';

/**
 * "in 2031", "in March 2031", "during 2031": a year the question puts the thing asked in, closing the question.
 * ("the 2031 march", "the anniversary of the 1990 revolution" name an occasion by a year instead, and "when were the
 * men executed in June 2031 by the court arrested?" dates the executions, not the arrests asked: the date of such a
 * thing may well be of another year.)
 */
const YEAR_PLACED =
  /\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d{2})(?=\s*(?:[?!.;]|$))/gi;

/** A year as an answer writes it. */
const YEAR = new RegExp(YEAR_WRITTEN.source, 'g');

/**
 * "When was the Kessa conference in 2031?" answered "May 4, 2032": a date of another year than the one asked is the
 * date of another occasion (or the one asked was held in another year, which the question does not know); either
 * way it is no answer to the question. Declined, saying which year the archive's date is of.
 */
export function dateOfAnotherYear(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'date') return given;
  const asked = [...(intent.question ?? '').matchAll(YEAR_PLACED)].map((m) => Number(m[1]));
  if (!asked.length) return given;
  const lead = given.text.split(/ \(according|[:“]/)[0] ?? '';
  if (/\byear not stated\b/i.test(lead)) return given;
  const stated = [...lead.matchAll(YEAR)].map((m) => Number(m[0]));
  if (!stated.length || stated.some((y) => asked.includes(y))) return given;
  return notAnswered(
    intent,
    `The archive has nothing that answers this. The date it holds is of ${stated[0]}, not of ${asked.join(' or ')}.`,
    suggestionsFor(intent, index),
  );
}
