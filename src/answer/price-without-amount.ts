import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "what's the bread price", "what is the fare", "how much does a loaf cost": a question asking a price. */
// ("what did she say about wages" asks words, not a price: the copula is needed.)
const PRICE_ASKED = /^(?:what(?:['’]?s|\s+is|\s+was|\s+were|\s+are)|how\s+much)\b.*\b(?:price|prices|cost|costs|fare|fares|fee|fees|wage|wages|salary|salaries|rent|rents)\b/i;
/** A day as written (May 4, 2022; 4 May 2022; 2022-05-04) or a year alone: these date, they price nothing. */
const DATES = /\b(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b/gi;
/** A figure or a word of amount left once the dates are gone. */
const AMOUNT = /\d|\b(?:half|double|doubled|tripled|triple|twice|thrice|percent|per\s+cent|free)\b/i;

/**
 * "Whats the bread price after the rise?": a price is an amount; an answer whose words state none (a caption dating
 * a picture of protests against the rise) does not tell it. Declined.
 */
export function priceWithoutAmount(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !PRICE_ASKED.test((intent.question ?? '').trim())) return given;
  const said = [given.text.replace(/^According to “[^”]*”/, ''), ...given.citations.map((c) => c.excerpt ?? '')].join(' ').replace(DATES, ' ');
  if (AMOUNT.test(said)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence states that price.', suggestionsFor(intent, index));
}
