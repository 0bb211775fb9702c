import type { Choice } from './command.ts';
import { LIMITS } from './limits.ts';

/** Something a user can pick: shown as `name`, sent back as `value`; `keys` are extra names it matches (aliases). */
export interface Candidate {
  name: string;
  value: string;
  keys?: string[];
}

// Accents are folded only when there are any: the ASCII path is what keeps 5,000 candidates fast.
const fold = (s: string) => {
  const lower = s.toLowerCase();
  const plain = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '') : lower;
  return plain.replace(/\s+/g, ' ').trim();
};

/** 0 exact, 1 prefix, 2 word prefix, 3 contains, 4 fuzzy (letters in order, or one typo); undefined when no match. */
export function matchRank(query: string, text: string, opts: { fuzzy?: boolean } = {}): number | undefined {
  return rankFolded(fold(query), fold(text), opts.fuzzy !== false);
}

function rankFolded(q: string, t: string, fuzzy: boolean): number | undefined {
  if (!q) return 4;
  if (t === q) return 0;
  if (t.startsWith(q)) return 1;
  if (t.includes(q)) return t.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q)) ? 2 : 3;
  return fuzzy && isFuzzyMatch(q, t) ? 4 : undefined;
}

// Letters of the query appear in order, and (for short typos) at most one letter is missing.
function isFuzzyMatch(q: string, t: string): boolean {
  let i = 0;
  for (const ch of t) if (ch === q[i]) i++;
  if (i === q.length) return q.length >= 3;
  if (q.length < 4) return false;
  return t.split(' ').some((w) => (w.length >= q.length && editDistance(q, w.slice(0, q.length)) <= 1) || (Math.abs(w.length - q.length) <= 1 && editDistance(q, w) <= 1));
}

// Optimal string alignment distance: a swap of two neighbouring letters counts as one typo.
function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
    }
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length]!;
}

/** Ranks candidates against what the user typed: exact > prefix > contains > fuzzy; at most 25 valid choices. */
export function rankChoices(query: string, candidates: Candidate[]): Choice[] {
  const ranked: Array<{ c: Candidate; rank: number; order: number }> = [];
  const q = fold(query);
  const rank = (c: Candidate, fuzzy: boolean) => {
    const ranks = [c.name, ...(c.keys ?? [])].map((k) => rankFolded(q, fold(k), fuzzy)).filter((r): r is number => r !== undefined);
    return ranks.length > 0 ? Math.min(...ranks) : undefined;
  };
  const unmatched: number[] = [];
  candidates.forEach((c, order) => {
    const r = rank(c, false);
    if (r !== undefined) ranked.push({ c, rank: r, order });
    else unmatched.push(order);
  });
  // Fuzzy matching is the slow part: only needed when the cheap matches leave room among the 25.
  if (ranked.length < LIMITS.choices) {
    for (const order of unmatched) {
      const c = candidates[order]!;
      const r = rank(c, true);
      if (r !== undefined) ranked.push({ c, rank: r, order });
    }
  }
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
