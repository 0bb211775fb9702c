/**
 * A rate is no count: "an average of five people were executed daily" says how many a day, not how many in the
 * period a question asks about. Both the reader's candidates and the index's figures are read with it.
 */

/** Words after an amount that make it a rate ("… executed daily", "… a week"; not "a day after the rally"). */
const RATE_AFTER =
  /^[^,;.]{0,40}?\b(?:daily|per day|each day|every day|a day(?!\s+(?:after|before|later|earlier))|per week|a week(?!\s+(?:after|before|later|earlier))|per month|a month(?!\s+(?:after|before|later|earlier)))\b/i;

/** Whether the amount at [start, end) of a sentence is given as an average or a rate. */
export function isRate(sentence: string, start: number, end: number): boolean {
  if (/\baverage\s+(?:of\s+)?$/i.test(sentence.slice(Math.max(0, start - 20), start))) return true;
  const after = RATE_AFTER.exec(sentence.slice(end, end + 60));
  return !!after && !ASIDE_OPENS.test(after[0]);
}

/**
 * A rate told in an aside set off after the amount ("at least 16 people – close to one person per day – have died")
 * is the aside's own amount's, not the total's.
 */
const ASIDE_OPENS = /\s[–—-]{1,2}\s|\(/;

/** Whether a question asks for a rate or an average itself ("how many a day", "the daily average"). */
export function asksRate(question: string): boolean {
  // ("a day after the vote", "a week of clashes", "the Daily Star": a time or a name, no rate.)
  // ("according to the Ledger Daily", "per Harbour Daily": "Daily" capitalised within the question is an outlet's name.)
  return /\b(?:average|avg|per day|each day|every day|per week|per month|rate)\b|\ba (?:day|week|month)\b(?!\s+(?:after|before|later|earlier|of|into|ago|or))/i.test(question) || /(?<!\b[Tt]he\s)(?:\bdaily|^\s*Daily|\bDAILY)\b/.test(question);
}

/**
 * Whether a question asks how much a count changed ("by how much did executions rise?", "by what percentage …",
 * "how much did arrests go up?"): no count of a period states it, only a sentence telling the change does.
 */
export function asksChange(question: string): boolean {
  return /\bby (?:how much|what (?:percentage|percent|proportion|margin|factor))\b|\bhow much (?:did|has|have|had|does|do) [^?]{1,60}?\b(?:rise|increase|grow|climb|jump|surge|go up|fall|drop|decrease|decline|go down)\b/i.test(question);
}
