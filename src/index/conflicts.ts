import type { Figure, FigureConflict } from '../domain/types.ts';
import { foldText, STOP_WORDS } from './fold.ts';
import { memoFold } from './merge-speakers.ts';

/** The content words of a scope ("the November 2019 uprising in Iran" → {november, 2019, uprising, iran}). */
export function scopeWords(scope: string | undefined, fold: (s: string) => string = foldText): Set<string> {
  if (!scope) return new Set();
  return new Set(
    fold(scope)
      .split(' ')
      .filter((w) => w && !STOP_WORDS.has(w)),
  );
}

/** Two scopes name the same thing: the same content words, or one's (two or more) words all within the other's. */
export function scopesMatch(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 2 && small.size !== large.size) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/** Nouns that count people in general: "1,500 protesters" and "600 people" may count the same dead. */
const GENERAL_COUNTS: ReadonlySet<string> = new Set(
  (
    'people person persons protester protesters demonstrator demonstrators civilian civilians individual individuals youth youths ' +
    'citizen citizens man men victim victims martyr martyrs participant participants ' +
    // Counts named by the measure itself ("8,000 injured", "12,000 detainees") count people too.
    'injured wounded dead death deaths killed casualty casualties detainee detainees arrested arrest arrests'
  ).split(' '),
);

/** The head noun of what is counted ("rebellious youths" → "youth"), singular. */
function countedHead(counted: string, fold: (s: string) => string = foldText): string {
  const last = fold(counted).split(' ').pop() ?? '';
  return last.length > 3 && last.endsWith('s') ? last.slice(0, -1) : last;
}

/** Two figures count the same kind of thing: both people in general, or the same noun ("children" is a subset, not a rival count). */
export function countedCompatible(a: string, b: string): boolean {
  const ha = countedHead(a);
  const hb = countedHead(b);
  if (!ha || !hb || ha === hb) return true;
  return GENERAL_COUNTS.has(ha) && GENERAL_COUNTS.has(hb);
}

function statedValue(f: Figure): string | undefined {
  if (f.value !== undefined) return String(f.value);
  if (f.lower !== undefined || f.upper !== undefined) return `${f.lower ?? ''}-${f.upper ?? ''}`;
  return undefined;
}

/** What a figure counts, as a compatibility class: "" (unknown: compatible with all), "people" for general counts, else its head noun. */
function countedClass(counted: string, fold: (s: string) => string): string {
  const head = countedHead(counted, fold);
  return head && GENERAL_COUNTS.has(head) ? '\u0000people' : head;
}

/** Members of one candidate group, split by counted class (every member of a class is already joined to the others). */
type ClassReps = Map<string, number>;

/**
 * Links figures that count the same measure for the same thing (same event, or matching scope words)
 * and state different numbers, from different articles or different claimants: one conflict per group.
 */
export function findConflicts(figures: Figure[]): FigureConflict[] {
  const numeric = figures.filter((f) => statedValue(f) !== undefined && f.measure !== 'other');
  const parent = numeric.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (i: number, j: number): void => {
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  // Figures repeat the same scopes and nouns: each distinct one is folded once.
  const fold = memoFold();
  const words = numeric.map((f) => scopeWords(f.scope, fold));
  const classes = numeric.map((f) => countedClass(f.counted, fold));

  /*
   * Two figures are linked when their counted nouns are compatible (same class, or one unknown) and they share an
   * event or their scopes match. Instead of testing every pair, members that match each other wholesale (same
   * event, same scope words) are grouped, joined per class, and groups are then joined class by class: the
   * resulting groups are exactly those of the pairwise test.
   */
  const joinWithin = (members: number[]): ClassReps => {
    const reps: ClassReps = new Map();
    for (const i of members) {
      const c = classes[i] as string;
      const r = reps.get(c);
      if (r === undefined) reps.set(c, i);
      else union(r, i);
    }
    const unknown = reps.get('');
    if (unknown !== undefined) for (const r of reps.values()) union(unknown, r);
    return reps;
  };
  const joinAcross = (a: ClassReps, b: ClassReps): void => {
    for (const [c, r] of a) {
      const other = b.get(c);
      if (other !== undefined) union(r, other);
    }
    const ua = a.get('');
    if (ua !== undefined) for (const r of b.values()) union(ua, r);
    const ub = b.get('');
    if (ub !== undefined) for (const r of a.values()) union(ub, r);
  };

  const byEvent = new Map<string, number[]>();
  const byScope = new Map<string, Map<string, number[]>>();
  numeric.forEach((f, i) => {
    if (f.eventId !== undefined) push(byEvent, `${f.measure}\u0000${f.eventId}`, i);
    const w = words[i] as Set<string>;
    if (w.size === 0) return;
    const scopes = byScope.get(f.measure) ?? new Map<string, number[]>();
    byScope.set(f.measure, scopes);
    push(scopes, [...w].sort().join(' '), i);
  });
  for (const members of byEvent.values()) joinWithin(members);

  for (const scopes of byScope.values()) {
    const sets = [...scopes.values()].map((members) => ({ words: words[members[0] as number] as Set<string>, reps: joinWithin(members) }));
    // A smaller scope (two words or more) matches every larger scope holding all its words: each set is indexed
    // under its rarest word, and a larger set looks up the sets indexed under each of its own words.
    const frequency = new Map<string, number>();
    for (const s of sets) for (const w of s.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    const byRarest = new Map<string, number[]>();
    sets.forEach((s, k) => {
      if (s.words.size < 2) return;
      let rarest = '';
      let least = Infinity;
      for (const w of s.words) {
        const n = frequency.get(w) ?? 0;
        if (n < least) [rarest, least] = [w, n];
      }
      push(byRarest, rarest, k);
    });
    sets.forEach((large) => {
      for (const w of large.words) {
        for (const k of byRarest.get(w) ?? []) {
          const small = sets[k] as (typeof sets)[number];
          if (small.words.size >= large.words.size) continue;
          let inside = true;
          for (const x of small.words) if (!large.words.has(x)) inside = false;
          if (inside) joinAcross(small.reps, large.reps);
        }
      }
    });
  }

  const groups = new Map<number, number[]>();
  numeric.forEach((_, i) => push(groups, find(i), i));

  const conflicts: FigureConflict[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const group = members.map((i) => numeric[i] as Figure);
    // Some pair differs both in number and in (article, claimant) exactly when there are two numbers and two sources.
    const values = new Set(group.map(statedValue));
    const sources = new Set(group.map((f) => `${f.source.articleId}\u0000${fold(f.claimant ?? '')}`));
    if (values.size < 2 || sources.size < 2) continue;
    const scoped = group.map((f) => f.scope).filter((s): s is string => Boolean(s));
    scoped.sort((a, b) => a.length - b.length);
    const conflict: FigureConflict = { measure: (group[0] as Figure).measure, figureIds: group.map((f) => f.id) };
    if (scoped[0]) conflict.scope = scoped[0];
    conflicts.push(conflict);
  }
  return conflicts;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
