/**
 * What an unanswered question asks, in a form that does not depend on its wording: questions whose content words
 * are the same after folding and stemming ("how many attended the Oslo rally in 2031?", "2031 Oslo rally: how many
 * people attended") fall in one group, and each group names the report that would answer it.
 */
import { createHash } from 'node:crypto';
import { analyseQuestion, type QuestionTerm } from '../understand/analyse-question.ts';
import { fold, STOP } from '../understand/text.ts';
import { isFunctionWord, tokenize } from '../understand/vocabulary.ts';

export interface QuestionGroup {
  /** Short stable key of the group (a hash of `normalised`). */
  key: string;
  /** The content keys, sorted, families without their "@" ("2031 attend oslo rally"). */
  normalised: string;
}

/** Words that only ask ("tell me", "info on"), beside the function and stop words. */
const ASKING = new Set('who whom whose what which when where why how tell know anyone archive info information please'.split(' '));

/** Keys of the words that name an event: the noun a report is about. */
const EVENT_KEYS = new Set(['@rally', '@attack', '@uprising', '@conference', '@anniversary', 'ceremony', 'commemoration', 'massacr', 'crackdown', 'offensiv', 'strik', 'airstrik', 'meeting']);

/** The content keys of a question: every word but function words, question scaffolding and one-letter words. */
export function contentKeys(question: string): string[] {
  const keys = tokenize(question)
    .filter((t) => (t.fold.length > 1 || /\d/.test(t.fold)) && !isFunctionWord(t.fold) && !STOP.has(t.fold) && !ASKING.has(t.fold))
    .map((t) => t.key.replace(/^@/, ''));
  return [...new Set(keys)].sort();
}

/** The group of a question: same content words after stemming and folding → same group. */
export function questionGroup(question: string): QuestionGroup {
  const keys = contentKeys(question);
  // A question of nothing but scaffolding ("what?") groups by its folded text.
  const normalised = keys.length ? keys.join(' ') : fold(question);
  return { key: createHash('sha256').update(normalised).digest('base64url').slice(0, 16), normalised };
}

const MONTHS = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/g;

const isEventTerm = (t: QuestionTerm) => EVENT_KEYS.has(t.key);

/**
 * What report would answer a question: "a report on the 2019 Stockholm rally", "a report on Reykjavik in 2020",
 * from the question's analysis (its years or period, the names and words placing the event, the event noun).
 */
export function suggestReport(question: string): string {
  const a = analyseQuestion(question);
  const when = (a.range?.text && /\d{4}/.test(a.range.text) ? a.range.text : a.years.join(' and ')).replace(MONTHS, (m) => m[0]!.toUpperCase() + m.slice(1));
  const event = a.terms.find(isEventTerm);
  const placing = a.terms
    .filter((t) => !isEventTerm(t) && (t.sort === 'name' || (t.sort === 'word' && (t.part === 'context' || t.describesEvent === true))))
    .filter((t) => !STOP.has(t.fold) && !ASKING.has(t.fold))
    .map((t) => t.text);
  const words = [...new Set(placing)].slice(0, 4);
  if (event) return `a report on the ${[when, ...words, event.text.toLowerCase()].filter(Boolean).join(' ')}`;
  // Without an event word: who or what is asked about, then where ("a report on Rajavi in Berlin in 2022").
  const where = [...new Set(a.terms.filter((t) => t.locative).map((t) => t.text))];
  const about = words.filter((w) => !where.includes(w));
  if (words.length) return `a report on ${[about.join(' '), where.length ? `${about.length ? 'in ' : ''}${where.join(', ')}` : '', when ? `in ${when}` : ''].filter(Boolean).join(' ')}`;
  const content = [...new Set(a.terms.filter((t) => t.sort !== 'year' && !STOP.has(t.fold)).map((t) => t.text))].slice(0, 4);
  if (content.length) return `a report covering "${content.join(' ')}"${when ? ` in ${when}` : ''}`;
  return when ? `a report from ${when}` : 'a report that answers it';
}

/** ISO week of a date, "2026-W49" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(d: Date): string {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
