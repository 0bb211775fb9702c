import type { Figure, FigureConflict } from '../domain/types.ts';
import { foldText, STOP_WORDS } from './fold.ts';

/** The content words of a scope ("the November 2019 uprising in Iran" → {november, 2019, uprising, iran}). */
export function scopeWords(scope: string | undefined): Set<string> {
  if (!scope) return new Set();
  return new Set(
    foldText(scope)
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
function countedHead(counted: string): string {
  const last = foldText(counted).split(' ').pop() ?? '';
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
  const words = numeric.map((f) => scopeWords(f.scope));
  const byMeasure = new Map<string, number[]>();
  numeric.forEach((f, i) => {
    if (f.eventId === undefined && (words[i] as Set<string>).size === 0) return;
    byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), i]);
  });
  for (const members of byMeasure.values()) {
    for (const [n, i] of members.entries()) {
      for (const j of members.slice(n + 1)) {
        const a = numeric[i] as Figure;
        const b = numeric[j] as Figure;
        if (!countedCompatible(a.counted, b.counted)) continue;
        const sameEvent = a.eventId !== undefined && a.eventId === b.eventId;
        if (sameEvent || scopesMatch(words[i] as Set<string>, words[j] as Set<string>)) {
          const ri = find(i);
          const rj = find(j);
          if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
      }
    }
  }
  const groups = new Map<number, Figure[]>();
  numeric.forEach((f, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), f]);
  });

  const conflicts: FigureConflict[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const disagreeing = group.some((a) =>
      group.some(
        (b) =>
          statedValue(a) !== statedValue(b) &&
          (a.source.articleId !== b.source.articleId || foldText(a.claimant ?? '') !== foldText(b.claimant ?? '')),
      ),
    );
    if (!disagreeing) continue;
    const scoped = group.map((f) => f.scope).filter((s): s is string => Boolean(s));
    scoped.sort((a, b) => a.length - b.length);
    const conflict: FigureConflict = { measure: (group[0] as Figure).measure, figureIds: group.map((f) => f.id) };
    if (scoped[0]) conflict.scope = scoped[0];
    conflicts.push(conflict);
  }
  return conflicts;
}
