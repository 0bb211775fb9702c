import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { findAmounts, type FoundAmount } from '../extract/figure-numbers.ts';
import { ABSTAIN, voteSideOfAmount, voteSidesWritten, type VoteSide } from '../extract/vote-tally.ts';
import { answered, citeAll, notAnswered, provOf, suggestionsFor } from './reply.ts';
import { clip, sourceOf } from './evidence.ts';
import { countWrittenAt, leadCountOrWord } from './count-of-another-year.ts';

export type { VoteSide };

const AGAINST_ASKED = /\bvot(?:e|es|ed|ing)\s+against\b|\bagainst\s+votes?\b|\b(?:no|nay)\s+votes\b/i;
const FOR_ASKED = /\bvot(?:e|es|ed|ing)\s+for\b|\bin\s+fav(?:ou|o)r\b|\b(?:yes|aye)\s+votes\b/i;

/** The side of a vote a question asks ("how many abstained", "who voted against", "how many votes in favour"). */
export function voteSideAsked(question: string): VoteSide | undefined {
  if (ABSTAIN.test(question)) return 'abstain';
  if (AGAINST_ASKED.test(question)) return 'against';
  if (FOR_ASKED.test(question)) return 'for';
  return undefined;
}

/**
 * A number that cannot count the side asked: bound to another side, or bound to none in a sentence that writes other
 * sides and never the one asked ("Among those to abstain were the neighbours on the 47-member council" asked who voted
 * for), unless the number itself counts votes ("passed by 31 votes, with nine against").
 */
export function amountOfAnotherVoteSide(text: string, amounts: readonly FoundAmount[], k: number, asked: VoteSide): boolean {
  const am = amounts[k]!;
  const side = voteSideOfAmount(text, am, amounts[k + 1]);
  if (side) return side !== asked;
  const written = voteSidesWritten(text);
  if (!written.size || written.has(asked)) return false;
  return !/^\s*votes?\b/i.test(text.slice(am.numberEnd, am.numberEnd + 8));
}

/**
 * The answer's side of a vote is not the one asked: its count is bound to another side ("how many abstained?" answered
 * "31" from "31 states in favour"), or none of its sentences writes the side asked while one writes another
 * ("who voted against?" answered from "those voting in favour were …"). Declined.
 */
export function voteOfAnotherSide(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const asked = voteSideAsked(intent.question ?? '');
  if (!asked) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  const count = intent.analysis.expects === 'count' ? leadCountOrWord(given.text) : undefined;
  const cited = count ? excerpts.filter((ex) => countWrittenAt(ex, count)) : excerpts;
  const other = cited.length > 0 && cited.every((ex) => {
    if (count) {
      const at = countWrittenAt(ex, count)!;
      const amounts = findAmounts(ex);
      const k = amounts.findIndex((am) => am.numberStart <= at.index && am.numberEnd >= at.index + at[0].length);
      if (k >= 0) return amountOfAnotherVoteSide(ex, amounts, k, asked);
      // (A number no amount reads, "the 47-member council": bound to no side.)
      const written = voteSidesWritten(ex);
      return written.size > 0 && !written.has(asked) && !/^\s*votes?\b/i.test(ex.slice(at.index + at[0].length));
    }
    const written = voteSidesWritten(ex);
    return written.size > 0 && !written.has(asked);
  });
  if (!other) return given;
  const said = asked === 'abstain' ? 'those who abstained' : asked === 'against' ? 'the votes against' : 'the votes in favour';
  return notAnswered(intent, `The archive has nothing that answers this. The closest sentence tells another side of the vote than ${said}.`, suggestionsFor(intent, index));
}

/** A question asking a vote's tally: "what was the vote on …", "by what vote was … adopted", "the vote count". */
const TALLY_ASKED = /\b(?:what|which)\s+(?:was|were|is)\s+the\s+(?:(?:recorded|final)\s+)?vote\b|\bby\s+what\s+(?:vote|margin)\b|\bvote\s+(?:count|tally|result)s?\b/i;

/** Whether a sentence tells a tally: two numbers bound to sides ("80 in favour, 28 against"), or "89-30", "61 to 22" by a vote. */
export function tallyTold(text: string): boolean {
  const amounts = findAmounts(text);
  const sided = amounts.filter((am, k) => voteSideOfAmount(text, am, amounts[k + 1])).length;
  return sided >= 2 || (/\bvot(?:e|es|ed|ing)\b/i.test(text) && /(?<![\d.,])\d{1,3}\s*(?:[-–]|to)\s*\d{1,3}(?!\d|[.,]\d)/.test(text));
}

/**
 * "What was the vote on the motion?" answered by a sentence of its report that tells no tally ("the assembly held its
 * vote on the motion on Monday"): the tally the same report tells nearest to it answers instead, or none.
 */
export function voteTallyUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length || !TALLY_ASKED.test(intent.question ?? '')) return given;
  if (given.citations.some((c) => tallyTold(c.excerpt ?? ''))) return given;
  for (const c of given.citations) {
    const sentences = index.sentencesOf(c.articleId);
    const told = sentences.filter((s) => tallyTold(s.text));
    const nearest = told.sort((x, y) => Math.abs(x.index - c.sentence) - Math.abs(y.index - c.sentence) || y.index - x.index)[0];
    if (!nearest) continue;
    const text = `According to ${sourceOf(index.article(c.articleId))}: “${clip(nearest.text, 400)}”`;
    return answered(intent, text, citeAll(index, [provOf(c.articleId, nearest)]));
  }
  return notAnswered(intent, 'The archive has nothing that answers this. The closest sentence tells of the vote but gives no tally.', suggestionsFor(intent, index));
}
