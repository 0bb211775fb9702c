import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * Words before an amount that make it a count given before and now replaced: "the previous toll of 40", "the earlier
 * figure of 40". (Not "up from 40 in 2030": that is often another period's own count.)
 */
const EARLIER_BEFORE =
  /(?:\b(?:previous(?:ly)?|earlier|former|old|initial)\s+(?:(?:reported|announced|given|published|released|official)\s+)?(?:death\s+)?(?:toll|figure|count|tally|number|estimate)s?\s+(?:of|was|stood\s+at|at))\s+(?:the\s+)?(?:about|around|some|over|more\s+than|at\s+least|nearly|almost|roughly)?\s*$/i;
/** Amounts an answer states: digits, or number words up to twenty. */
const AMOUNT = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousands?)\b/gi;

/**
 * "How many have died, according to the ministry?" is not answered by "40" from "the ministry raised the toll,
 * revising the previous toll of 40": the count a sentence gives as the one it replaces is an earlier count, not what
 * the source now says. Declined when every amount of the answer is such an earlier count.
 */
export function earlierTollGiven(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  // (Figures of several sources given together are each their own; only a single figure is read here.)
  if (!given.answered || intent.analysis.expects !== 'count' || given.citations.length !== 1) return given;
  const head = given.text.split('“')[0] ?? '';
  const amounts = [...head.replace(/\([^)]*\)?/g, ' ').matchAll(AMOUNT)].map((m) => m[0].replace(/[.,]$/, '').toLowerCase());
  if (!amounts.length) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  const earlier = (amount: string): boolean => {
    let seen = false;
    for (const text of excerpts) {
      const re = new RegExp(`(?<![\\d,.\\p{L}])${amount.replace(/[.,]/g, '[.,]')}(?![\\d\\p{L}])`, 'giu');
      for (const m of text.matchAll(re)) {
        seen = true;
        if (!EARLIER_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 80), m.index ?? 0))) return false;
      }
    }
    return seen;
  };
  if (!amounts.every(earlier)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The count found is an earlier one that the report says was replaced.', suggestionsFor(intent, index));
}
