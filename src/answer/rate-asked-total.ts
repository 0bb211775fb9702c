import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { asksRate, isRate } from './rate.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Amounts an answer states: digits, or number words up to twenty. */
const AMOUNT = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;
/** Words that make an answer's own amount a rate or an average. */
const RATE_WORDS = /\b(?:average|daily|a day|per day|each day|every day|a week|per week|weekly|a month|per month|monthly|rate)\b/i;

/**
 * "What is the average number of hangings a day the monitor gave?" is not answered by the period's total ("more than
 * 900 hanged since January"): the answer's amount must be told as a rate or an average, in the answer or where the
 * cited sentence gives it ("… an average of three a day"). Declined otherwise.
 */
export function rateAskedTotalGiven(intent: Intent, _index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !asksRate(intent.question ?? '')) return given;
  const head = given.text.split('“')[0] ?? '';
  // (A share, "38 percent", is a rate: "what participation rate …" is answered by one.)
  if (RATE_WORDS.test(head) || /\d\s*(?:%|per\s*cent\b|percent\b)/i.test(head)) return given;
  const amounts = [...head.matchAll(AMOUNT)].map((m) => m[0].replace(/[.,]$/, '').toLowerCase());
  if (!amounts.length) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  const toldAsRate = amounts.some((amount) =>
    excerpts.some((text) => {
      const re = new RegExp(`(?<![\\d,.])${amount.replace(/[.,]/g, '[.,]')}(?![\\d])`, 'gi');
      return [...text.matchAll(re)].some((m) => isRate(text, m.index ?? 0, (m.index ?? 0) + m[0].length));
    }),
  );
  if (toldAsRate) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The count found is a total, not a rate or an average.', suggestionsFor(intent, _index));
}
