import type { FoundAmount } from './figure-numbers.ts';

/**
 * The side of a vote a count or a list belongs to: those for a motion, those against it, those abstaining.
 * "adopted by 80 in favour, 28 against and 68 abstentions": each number is bound to the side written after it.
 */
export type VoteSide = 'for' | 'against' | 'abstain';

/** Words of abstaining in a vote. */
export const ABSTAIN = /\babstain\w*|\babstention\w*/i;

/** The sides a sentence writes at all ("for" only as "in favour", "voted for", "yes votes": the bare word is too common). */
export function voteSidesWritten(text: string): Set<VoteSide> {
  const sides = new Set<VoteSide>();
  if (ABSTAIN.test(text)) sides.add('abstain');
  if (/\bagainst\b|\b(?:NO|nay)\s+votes?\b/.test(text)) sides.add('against');
  if (/\bin\s+fav(?:ou|o)r\b|\bvot(?:e|es|ed|ing)\s+for\b|\b(?:YES|aye)\s+votes?\b/i.test(text)) sides.add('for');
  return sides;
}

/**
 * The side a number is bound to: the first side word after it, before a comma, a bracket or the next number
 * ("31 states in favour (nine were against …": 31 is for; "nine votes against and 7 abstentions": nine is
 * against, 7 abstains).
 */
export function voteSideOfAmount(text: string, am: FoundAmount, next: FoundAmount | undefined): VoteSide | undefined {
  let words = text.slice(am.numberEnd, next && next.start > am.numberEnd ? next.start : undefined);
  const stop = words.search(/[,;:()[\]“”"]|\.(?:\s|$)/);
  if (stop >= 0) words = words.slice(0, stop);
  words = words.slice(0, 48);
  const m = /\b(in\s+fav(?:ou|o)r|for|yes|ayes?|against|no|nays?|abstain\w*|abstention\w*)\b/i.exec(words);
  if (!m) return undefined;
  const w = m[1]!.toLowerCase();
  if (w.startsWith('abst')) return 'abstain';
  if (w === 'against' || w === 'no' || w.startsWith('nay')) return 'against';
  return 'for';
}

