/**
 * "Loyalists in Varn keep chanting “…” at weekly prayers": the words before a quote name who chants it, and
 * they are the ruling side (its loyalists, officials, clerics, forces), not a crowd of protesters.
 */
const CHANTERS_BEFORE = /(?:^|[;:.]\s*)((?:[\p{L}'’-]+\s+){1,5}?)(?:(?:continue|continued|continues)\s+to\s+|also\s+|still\s+|often\s+|regularly\s+|would\s+|used\s+to\s+)?(?:chant|chants|chanted|shout|shouts|shouted)\s*$/iu;

/** Words naming the ruling side's people. */
const RULING_SIDE = /^(?:hardliners?|hard-liners?|hardline|loyalists?|regime|government|pro-government|pro-regime|basij|basiji|militia|militiamen|worshippers|counter-protesters?|counter-demonstrators?|officials?|clerics?|mullahs|authorities|guards?|forces)$/i;

/**
 * Whether the text right before a quote says the ruling side chants it ("Loyalists in X still chant"), other than the
 * words a question names (`asked`, folded).
 */
export function chantOfTheRulingSide(before: string, asked: ReadonlySet<string> = new Set()): boolean {
  const m = CHANTERS_BEFORE.exec(before.replace(/[“"«„]\s*$/u, ''));
  if (!m) return false;
  return (m[1] as string)
    .trim()
    .split(/\s+/)
    .some((w) => RULING_SIDE.test(w) && !asked.has(w.toLowerCase()));
}
