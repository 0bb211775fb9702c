/**
 * A vote's turnout is a share of those entitled to vote ("38 percent took part"), not the number who cast a ballot:
 * asked the turnout of an election, a count told as a share outweighs a head count of voters or a winner's tally.
 */

/** The turnout (or participation rate) of a vote asked: "what was the turnout of the 2027 council election?". */
const TURNOUT_WORD = /\b(?:turnout|turn-out|participation(?:\s+rate)?)\b/i;
const VOTE_WORD = /\b(?:elections?|polls?|vote|voting|ballots?|referendum|run-?off|presidential|parliamentary|legislative)\b/i;
/** "How many people voted?" asks a head count, however the question goes on. */
const HEAD_COUNT_ASKED = /\bhow many\b|\bnumber of\b/i;
/** A number written as a share: "38.4 percent", "57%", "40 per cent". */
const SHARE_WRITTEN = /\d\s*(?:%|per\s*cent\b|percent\b)/i;

/** Whether a question asks a vote's turnout, which is told as a share. */
export function asksVoteTurnout(question: string): boolean {
  return TURNOUT_WORD.test(question) && VOTE_WORD.test(question) && !HEAD_COUNT_ASKED.test(question);
}

/** How much a count candidate weighs for a vote's turnout asked: a share in full, any other count less. */
export function voteTurnoutFit(question: string, candidateText: string): number {
  if (!asksVoteTurnout(question)) return 1;
  return SHARE_WRITTEN.test(candidateText) ? 1 : 0.4;
}
