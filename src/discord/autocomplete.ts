import type { Choice } from './command.ts';
import { LIMITS } from './limits.ts';

/** Something a user can pick: shown as `name`, sent back as `value`; `keys` are extra names it matches (aliases). */
export interface Candidate {
  name: string;
  value: string;
  keys?: string[];
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** 0 exact, 1 prefix, 2 word prefix, 3 contains, 4 fuzzy (letters in order, few gaps); undefined when no match. */
export function matchRank(query: string, text: string): number | undefined {
  const q = fold(query);
  const t = fold(text);
  if (!q) return 4;
  if (t === q) return 0;
  if (t.startsWith(q)) return 1;
  if (t.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q))) return 2;
  if (t.includes(q)) return 3;
  return isFuzzyMatch(q, t) ? 4 : undefined;
}

// Letters of the query appear in order, and (for short typos) at most one letter is missing.
function isFuzzyMatch(q: string, t: string): boolean {
  let i = 0;
  for (const ch of t) if (ch === q[i]) i++;
  if (i === q.length) return q.length >= 3;
  return q.length >= 4 && t.split(' ').some((w) => editDistance(q, w.slice(0, q.length)) <= 1 || editDistance(q, w) <= 1);
}

// Optimal string alignment distance: a swap of two neighbouring letters counts as one typo.
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Ranks candidates against what the user typed: exact > prefix > contains > fuzzy; at most 25 valid choices. */
export function rankChoices(query: string, candidates: Candidate[]): Choice[] {
  const ranked: Array<{ c: Candidate; rank: number; order: number }> = [];
  candidates.forEach((c, order) => {
    const ranks = [c.name, ...(c.keys ?? [])].map((k) => matchRank(query, k)).filter((r): r is number => r !== undefined);
    if (ranks.length > 0) ranked.push({ c, rank: Math.min(...ranks), order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const { c } of ranked) {
    const value = c.value.slice(0, LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    const name = c.name.replace(/\s+/g, ' ').trim();
    choices.push({ name: (name.length > LIMITS.choiceName ? `${name.slice(0, LIMITS.choiceName - 1)}…` : name) || value, value });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}
