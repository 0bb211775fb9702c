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
  return q.length >= 4 && t.split(' ').some((w) => editDistance(q, w.slice(0, q.length + 1)) <= 1);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
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
