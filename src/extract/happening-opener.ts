/**
 * A sentence opening on a clause that tells of another happening at the same time, up to its comma ("Coinciding with
 * the gathering … in Auvers, a rally …", "While ministers met in Geneva, …"), after a dateline if any ("Paris, July 1:").
 */
export const OTHER_HAPPENING_OPENER = /^(?:[^:]{0,40}:\s*)?(?:Coinciding with|To coincide with|While|Whilst|As|Alongside|At the same time as|Simultaneously with|In parallel (?:to|with)|Parallel to)\s[^.;,]*?,\s/u;

/** Where the opening clause of another happening ends in a sentence (0 when it has none). */
export function otherHappeningOpenerEnd(text: string): number {
  return OTHER_HAPPENING_OPENER.exec(text)?.[0].length ?? 0;
}
