import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold, stem } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { MONTH_NAMES as CALENDAR_MONTHS } from '../dates/calendar.ts';

/** Words of a date question that ask for the date, or press the question, not what was done. */
const ASKING_WORDS = new Set([
  'when', 'what', 'which', 'year', 'years', 'date', 'dates', 'day', 'days', 'month', 'months', 'time', 'exactly', 'actually', 'really',
  'happen', 'happened', 'happens', 'take', 'took', 'place', 'held', 'first', 'last', 'again', 'ever', 'finally', 'one', 'two', 'three',
]);

/** The months' names as `fold` writes them. */
const MONTH_NAMES = CALENDAR_MONTHS.map((m) => m.toLowerCase());

/**
 * "On what date did the envoy sent home by Dorvia leave Ostrava?" answered "July 15" from "Ostrava says the break-in
 * occurred on July 15": a date read from a sentence of the report's body answers only when that sentence tells of
 * what is asked. When it writes none of the question's own words (places and capitalised words aside, which a report
 * repeats everywhere) and names no person the question names, the date is another deed's. Declined. (A report's own
 * date stands: its dateline is the day of what the whole report tells.)
 */
export function dateOfWordsUnheld(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'when' && intent.analysis.expects !== 'date') || !given.citations.length) return given;
  // (A gathering's date is told by its records, whose sentences need not repeat the question's words.)
  if (intent.slots.eventKinds?.length || /^\d+ events match: |^ ?The [^(“]* took place on /.test(given.text)) return given;
  // (A report in another language writes the question's words its own way: "à l'appel de" for "called by".)
  if (given.citations.every((c) => { const lang = index.article(c.articleId)?.language; return !!lang && lang !== 'en' && lang !== 'und'; })) return given;
  const asked = [...new Set(intent.analysis.terms
    .filter((t) => t.inAsk && t.sort === 'word' && !/^\p{Lu}/u.test(t.text) && t.fold.length >= 3 && !ASKING_WORDS.has(t.fold))
    .map((t) => stem(t.fold)))];
  if (asked.length < 2) return given;
  const lead = fold(given.text.split(/\s*\(according to |,? according to |\s*\(reported by /i)[0] ?? '');
  // (Only a day, a month or a year given: an hour ("6 pm") is read from the sentence of the gathering's start.)
  if (!MONTH_NAMES.some((m) => lead.split(' ').includes(m)) && !/\b\d{4}\b/.test(lead)) return given;
  const cited = fold(given.citations.map((c) => c.excerpt ?? '').join(' ')).split(' ');
  const stems = new Set(cited.map(stem));
  // (A word and its kin: "expelled" and "expulsion", "killed" and "killings" share their first letters.)
  if (asked.some((k) => stems.has(k) || (k.length >= 5 && cited.some((w) => w.startsWith(k.slice(0, 5)))))) return given;
  const people = [
    ...(intent.slots.people ?? []).map((id) => fold(index.speaker(id)?.name ?? '').split(' ').at(-1) ?? ''),
    ...(intent.slots.unknownPeople ?? []).map((n) => fold(n).split(' ').at(-1) ?? ''),
  ].filter((w) => w.length >= 3);
  if (people.some((w) => cited.includes(w))) return given;
  const ownDate = given.citations.some((c) => {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(c.date ?? '');
    if (!iso) return false;
    const month = MONTH_NAMES[Number(iso[2]) - 1] ?? '';
    return lead.includes(month) && new RegExp(`\\b${Number(iso[3])}\\b`).test(lead);
  });
  if (ownDate) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The date it holds is told in a sentence about something else.', suggestionsFor(intent, index));
}
