import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Speaker } from '../domain/types.ts';
import { lexiconOf } from './lexicon.ts';
import { fold, similarWord, STOP } from './text.ts';
import { COUNTRIES, keyOf } from './vocabulary.ts';

/** Words that stand before a surname without being a first name. */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr prof sir madam dame lord lady president senator mayor minister general brigadier colonel judge ambassador leader chairman chair secretary deputy mp representative spokesman spokeswoman spokesperson rev father sheikh imam ayatollah former late'.split(' '),
);

export interface PersonMatch {
  speakerId: string;
  score: number;
  /** Folded question words the match used. */
  used: string[];
}

function containsPhrase(hay: string, phrase: string): boolean {
  return ` ${hay} `.includes(` ${phrase} `);
}

// Quotes per speaker id, counted once per index (weakly keyed, like the lexicon).
const quoteCounts = new WeakMap<ArchiveIndex, Map<string, number>>();

function quoteCount(index: ArchiveIndex, speakerId: string): number {
  let m = quoteCounts.get(index);
  if (!m) {
    m = new Map();
    for (const q of index.data.quotes) if (q.speakerId) m.set(q.speakerId, (m.get(q.speakerId) ?? 0) + 1);
    quoteCounts.set(index, m);
  }
  return m.get(speakerId) ?? 0;
}

function prominence(s: Speaker, index: ArchiveIndex): number {
  const quotes = quoteCount(index, s.id);
  return quotes * 2 + s.roles.length + s.events.length + s.mentions.length * 0.1;
}

/**
 * The speakers' name variants split into words once per index, and the speakers by the last word of a variant.
 * A variant can only match a question holding its last word (a whole-name match holds every word of it) or a
 * typo of it, so only the speakers found that way are scored: not all 1,500 of a 10,000-report archive each time.
 */
interface NameIndex {
  /** Per speaker (archive order), per variant: its words longer than one letter, stop words left out. */
  parts: string[][][];
  /** Speakers (positions, ascending) by the last such word of one of their variants. */
  byLast: Map<string, number[]>;
  /** Positions of the speakers the question's words can name, in archive order. */
  candidates(qWords: string[]): number[];
}

const nameIndexes = new WeakMap<ArchiveIndex, NameIndex>();

function nameIndex(index: ArchiveIndex, lex: ReturnType<typeof lexiconOf>): NameIndex {
  const hit = nameIndexes.get(index);
  if (hit) return hit;
  const parts: string[][][] = [];
  const byLast = new Map<string, number[]>();
  index.data.speakers.forEach((s, at) => {
    const own = (lex.names.get(s.id) ?? []).map((v) => v.split(' ').filter((p) => p.length > 1 && !STOP.has(p)));
    parts.push(own);
    for (const p of own) {
      const last = p[p.length - 1];
      if (!last) continue;
      const list = byLast.get(last);
      if (!list) byLast.set(last, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  });
  // Only words of five letters or more can be typos of each other (`similarWord`).
  const longLasts = [...byLast.keys()].filter((w) => w.length >= 5);
  const made: NameIndex = {
    parts,
    byLast,
    candidates(qWords) {
      const found = new Set<number>();
      for (const w of qWords) for (const at of byLast.get(w) ?? []) found.add(at);
      const longWords = qWords.filter((w) => w.length >= 5);
      if (longWords.length > 0) {
        for (const last of longLasts) if (longWords.some((w) => similarWord(w, last))) for (const at of byLast.get(last) ?? []) found.add(at);
      }
      return [...found].sort((a, b) => a - b);
    },
  };
  nameIndexes.set(index, made);
  return made;
}

/**
 * Speakers a piece of text names, best first: a whole name or alias beats a surname, an exact surname beats
 * a misspelt one ("Vaucoleurs"), and a full first + last name beats a shared surname ("Ashraf Rajavi").
 */
export function matchPeople(text: string, index: ArchiveIndex): PersonMatch[] {
  const q = fold(text);
  if (!q) return [];
  const qWords = q.split(' ').filter((w) => !STOP.has(w));
  const lex = lexiconOf(index);
  const names = nameIndex(index, lex);
  // (The words a question writes with a capital, when it writes any past its first: the names it may mean.)
  const capitalised = new Set([...text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu)].map((m) => fold(m[0])));
  const cased = /\s\p{Lu}/u.test(text);
  const out: PersonMatch[] = [];
  for (const at of names.candidates(qWords)) {
    const s = index.data.speakers[at] as Speaker;
    const variants = lex.names.get(s.id) ?? [];
    let best = 0;
    let used: string[] = [];
    variants.forEach((v, vi) => {
      const parts = names.parts[at]?.[vi] ?? [];
      if (parts.length === 0) return;
      if (parts.length >= 2 && containsPhrase(q, v)) {
        const sc = 10 + parts.length;
        if (sc > best) {
          best = sc;
          used = parts;
        }
        return;
      }
      const last = parts[parts.length - 1] as string;
      if (last.length < 3) return;
      const exactLast = qWords.includes(last);
      // ("the daily press briefing": a word the archive writes in lower case is that word, not a name a letter apart.)
      // (Nor, in a question that writes names with capitals, a word it writes in lower case: "how many demonstrated"
      // is no "Demonstranten" a letter or two apart.)
      const fuzzyLast = !exactLast && qWords.some((w) => similarWord(w, last) && !lex.lowerSeen.has(w) && (!cased || capitalised.has(w)));
      if (!exactLast && !fuzzyLast) return;
      let sc = exactLast ? 6 : 4;
      const u = [last];
      for (const p of parts.slice(0, -1)) {
        if (qWords.includes(p)) {
          sc += 2;
          u.push(p);
        } else if (qWords.some((w) => similarWord(w, p))) {
          sc += 1.5;
          u.push(p);
        }
      }
      if (u.length === 1 && otherFirstName(text, qWords, last, s, variants)) sc -= 3;
      if (sc > best) {
        best = sc;
        used = u;
      }
    });
    if (best >= 4) out.push({ speakerId: s.id, score: best + prominence(s, index) * 0.01, used });
  }
  if (!out.length) {
    const byFirst = firstNameMatch(text, qWords, index, names, lex);
    if (byFirst) out.push(byFirst);
  }
  out.sort((a, b) => b.score - a.score);
  // When a longer name matched, drop speakers matched only through a word that name already used.
  const top = out[0];
  if (top && top.score >= 10) {
    return out.filter((m) => m === top || m.score >= 10 || !m.used.every((w) => top.used.includes(w)));
  }
  return out;
}

/**
 * "what did tobias say at the rally?": a person called by the first name alone, in a question typed in lower case, when
 * nobody is named otherwise and one speaker of the archive only has that first name (of four letters or more, a word
 * the archive never writes in lower case). Two speakers sharing it ("mike") name nobody.
 */
function firstNameMatch(text: string, qWords: string[], index: ArchiveIndex, names: NameIndex, lex: ReturnType<typeof lexiconOf>): PersonMatch | undefined {
  // (Typed in lower case, as chat does: "Tobias R." or "Tobias Renkel" written as names are a whole name, cut short
  // or of someone the archive does not hold.) The first name stands alone: the word after it is no name of its own.
  if (text !== text.toLowerCase()) return undefined;
  const asked = qWords.filter((w, i) => {
    const next = qWords[i + 1];
    // (Nor a word of the vocabulary's families or a country: "syrian" opens "Syrian Exile Voices", a body's name the
    // extraction took for a person's, and is no one's first name.)
    return w.length >= 4 && !lex.lowerSeen.has(w) && (!next || lex.lowerSeen.has(next)) && !keyOf(w).startsWith('@') && !COUNTRIES.has(w);
  });
  if (!asked.length) return undefined;
  // Folded first name → the speakers who have it.
  const found = new Map<string, Set<number>>();
  index.data.speakers.forEach((_, at) => {
    for (const parts of names.parts[at] ?? []) {
      const first = parts[0];
      if (parts.length < 2 || !first || !asked.includes(first)) continue;
      let set = found.get(first);
      if (!set) found.set(first, (set = new Set()));
      set.add(at);
    }
  });
  const unique = [...found].filter(([, who]) => who.size === 1);
  if (unique.length !== 1) return undefined;
  const [first, who] = unique[0] as [string, Set<number>];
  const s = index.data.speakers[[...who][0] as number];
  if (!s) return undefined;
  return { speakerId: s.id, score: 4, used: [first] };
}

/**
 * Whether the question puts a different capitalised first name before this speaker's surname
 * ("Ashraf Rajavi" when the speaker is Maryam Rajavi): then it is someone else.
 */
function otherFirstName(text: string, qWords: string[], last: string, s: Speaker, variants: string[]): boolean {
  const before = qWords[qWords.indexOf(last) - 1];
  if (!before || TITLE_WORDS.has(before)) return false;
  const own = new Set(variants.flatMap((v) => v.split(' ')));
  if ([...own].some((p) => p !== last && (p === before || similarWord(p, before)))) return false;
  if (s.roles.some((r) => fold(r.text).split(' ').includes(before))) return false;
  return isNameLike(text, before);
}

/** Whether a folded word appears capitalised in the original text (a name, not a common word). */
function isNameLike(original: string, foldedWord: string): boolean {
  const re = new RegExp(`\\b${foldedWord}`, 'i');
  const m = re.exec(original.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  if (!m) return false;
  const c = original.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[m.index] ?? '';
  return c !== c.toLowerCase();
}
