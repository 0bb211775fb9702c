import type { Provenance, Role, Speaker } from '../domain/types.ts';
import { foldText, slugify, STOP_WORDS } from './fold.ts';

/** Words before a name that are titles, not names ("Mrs.", "President", "Prime Minister"); also "the" of "the President". */
const HONORIFICS = new Set(
  (
    'the mr mrs ms miss mx dr prof professor sir dame lord lady madam madame mme mm m monsieur sen senator rep gen general ' +
    'col colonel rev father sheikh ayatollah mullah hon president vice minister prime mayor governor chairman chairwoman ' +
    'spokesman spokeswoman leader secretary ambassador judge deputy mp mep king queen prince princess imam pope chancellor premier'
  ).split(' '),
);

/** The folded words of a name without leading honorifics: "Mrs. Maryam Rajavi" → ["maryam", "rajavi"]. */
export function nameTokens(name: string, fold: (s: string) => string = foldText): string[] {
  const words = fold(name).split(' ').filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0] as string)) words.shift();
  return words;
}

/** A provenance key, for de-duplicating sources. */
export function provenanceKey(p: Provenance): string {
  return `${p.articleId}#${p.sentence}:${p.start}-${p.end}`;
}

/** Appends the provenances of `more` not already in `into`. */
export function unionProvenance(into: Provenance[], more: Provenance[]): Provenance[] {
  const seen = new Set(into.map(provenanceKey));
  const out = [...into];
  for (const p of more) {
    const k = provenanceKey(p);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}

/** Union of strings, keeping the first spelling of each folded form. */
export function unionText(into: string[], more: string[]): string[] {
  const seen = new Set(into.map(foldText));
  const out = [...into];
  for (const s of more) {
    const k = foldText(s);
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/** Full-name keys of a speaker: its name and every alias of two words or more, also without middle initials (a bare surname never is one). */
function fullNameKeys(s: Speaker, fold: (s: string) => string): string[] {
  const keys = new Set<string>();
  for (const n of [s.name, ...s.aliases]) {
    const t = nameTokens(n, fold);
    // "the Iranian President", "head of the council": a description, not a name, so never a merge key.
    if (t.some((w) => w.length > 1 && STOP_WORDS.has(w)) || HONORIFICS.has(t[t.length - 1] as string)) continue;
    if (t.length >= 2) keys.add(t.join(' '));
    // "Rudy W. Giuliani" is "Rudy Giuliani": middle initials do not tell two people apart in news text.
    const noInitials = t.filter((w, i) => w.length > 1 || i === 0 || i === t.length - 1);
    if (noInitials.length >= 2 && noInitials.length < t.length) keys.add(noInitials.join(' '));
  }
  return [...keys];
}

/**
 * Merges the speakers of all articles: same id, or the same full name (accents, case, hyphens and honorifics folded).
 * A speaker known only by one word ("Rajavi") joins a full-name speaker only when exactly one full name ends with that word.
 * Returns the merged speakers (ids are slugs of the canonical name) and a map from every input id to its merged id.
 */
export function mergeSpeakers(all: Speaker[]): { speakers: Speaker[]; idMap: Map<string, string> } {
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const join = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Each speaker's full-name keys, worked out once (folding names is most of a merge's cost).
  const fold = memoFold();
  const keysOf = all.map((s) => fullNameKeys(s, fold));
  const byKey = new Map<string, number>();
  all.forEach((s, i) => {
    for (const key of [`id:${s.id}`, ...(keysOf[i] as string[]).map((k) => `name:${k}`)]) {
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else join(seen, i);
    }
  });

  // Single-word speakers: attach to the one full name ending with that word, if there is exactly one.
  const fullBySurname = new Map<string, Set<number>>();
  all.forEach((_, i) => {
    for (const k of keysOf[i] as string[]) {
      const last = k.split(' ').pop() as string;
      const set = fullBySurname.get(last) ?? new Set<number>();
      set.add(find(i));
      fullBySurname.set(last, set);
    }
  });
  all.forEach((s, i) => {
    if ((keysOf[i] as string[]).length > 0) return;
    const t = nameTokens(s.name, fold);
    if (t.length !== 1) return;
    const groups = fullBySurname.get(t[0] as string);
    if (groups && groups.size === 1) join(i, [...groups][0] as number);
  });

  const groups = new Map<number, Speaker[]>();
  all.forEach((s, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(s);
    groups.set(r, g);
  });

  const speakers: Speaker[] = [];
  const idMap = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const members of groups.values()) {
    const canonical = chooseCanonicalName(members, fold);
    let id = slugify(canonical);
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(canonical)}-${n}`;
    usedIds.add(id);
    // Accumulated with seen-sets rather than re-unioning the whole list per member: a speaker named in thousands of
    // articles must not cost the square of that. Same result as folding `unionText`/`unionProvenance` member by member.
    const canonicalKey = fold(canonical);
    const aliases = new Accumulator<string>(fold);
    const roles = new Accumulator<Role>((r) => fold(r.text));
    const affiliations = new Accumulator<string>(fold);
    const mentions = new Accumulator<Provenance>(provenanceKey, true);
    const events = new Set<string>();
    for (const m of members) {
      idMap.set(m.id, id);
      for (const a of [m.name, ...m.aliases]) if (fold(a) !== canonicalKey) aliases.add(a);
      for (const r of m.roles) roles.add(r);
      for (const a of m.affiliations) affiliations.add(a);
      for (const e of m.events) events.add(e);
      for (const p of m.mentions) mentions.add(p);
    }
    const merged: Speaker = {
      id,
      name: canonical,
      aliases: aliases.items,
      roles: roles.items,
      affiliations: affiliations.items,
      events: [...events],
      mentions: mentions.items,
    };
    speakers.push(merged);
  }
  return { speakers, idMap };
}

/** A list without repeats by key, in first-seen order (an empty key is dropped unless `keepEmpty`). */
class Accumulator<T> {
  readonly items: T[] = [];
  readonly #seen = new Set<string>();
  constructor(
    private readonly key: (x: T) => string,
    private readonly keepEmpty = false,
  ) {}

  add(x: T): void {
    const k = this.key(x);
    if ((!k && !this.keepEmpty) || this.#seen.has(k)) return;
    this.#seen.add(k);
    this.items.push(x);
  }
}

/** The fullest name the group is known by (most words without honorifics, then the most frequent spelling). */
function chooseCanonicalName(members: Speaker[], fold: (s: string) => string): string {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const names = [...count.keys()];
  names.sort((a, b) => nameTokens(b, fold).length - nameTokens(a, fold).length || (count.get(b) ?? 0) - (count.get(a) ?? 0));
  return names[0] ?? 'unnamed';
}

/** `foldText` remembering its answers: a merge folds the same names, roles and places thousands of times. */
export function memoFold(): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let f = cache.get(s);
    if (f === undefined) cache.set(s, (f = foldText(s)));
    return f;
  };
}
