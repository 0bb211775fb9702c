/**
 * Small text helpers shared by question understanding and answering:
 * accent-insensitive folding, tokens, a light stemmer and bounded edit distance.
 */

import { unaccentLower, wordRuns } from '../index/fold.ts';

export { unaccentLower };

const KEY_WORDS = new Map<string, string | undefined>();

/**
 * The longest word of a folded phrase that a text's `unaccentLower` form must hold for the phrase to be in its fold:
 * a word of three or more letters a-z without "dc"; undefined when the phrase has none (then only folding tells).
 */
export function foldedKeyWord(folded: string): string | undefined {
  if (KEY_WORDS.has(folded)) return KEY_WORDS.get(folded);
  let key: string | undefined;
  for (const w of folded.split(' ')) if (/^[a-z]{3,}$/.test(w) && !w.includes('dc') && w.length > (key?.length ?? 0)) key = w;
  if (KEY_WORDS.size > 10_000) KEY_WORDS.clear();
  KEY_WORDS.set(folded, key);
  return key;
}

const APOSTROPHE = /[’‘'`´]/;

/** Lowercases, strips accents, drops thousands separators and turns punctuation into spaces. */
export function fold(s: string): string {
  let x = unaccentLower(s);
  // "Washington, D.C." is written "DC" as often.
  if (x.includes('d.c.')) x = x.replace(/\bd\.c\./g, 'dc');
  if (x.includes(',')) x = x.replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (APOSTROPHE.test(x)) x = x.replace(/[’‘'`´]s\b/g, '');
  // Dashes, punctuation and spaces alike part words: what is left is the runs of letters and digits, one space apart.
  return wordRuns(x);
}

/** Folded word tokens. */
export function words(s: string): string[] {
  const f = fold(s);
  return f ? f.split(' ') : [];
}

/** Function words and question scaffolding that say nothing about the content asked for. */
export const STOP: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to for by with from and or but as is are was were be been being it its this that these those ' +
    'during about into over after before since than then there their they them he she his her hers him we our us you your ' +
    'i me my what which who whom whose when where why how did do does done has have had will would can could should may ' +
    'might not no so if any some all also just s t anyone anybody know knows tell please pls plz me us hey hi hello ok okay ' +
    'whats wheres whos hows thanks thx like really actually exactly happen happened happening held take took taken place ' +
    'there get got give gave say said says talk talked many much number numbers amount total people person'
  ).split(' '),
);

/** A deliberately light stemmer: enough to equate rally/rallied/rallies, kill/killed, protest/protesters. */
export function stem(w: string): string {
  let s = STEMS.get(w);
  if (s === undefined) {
    s = stemOf(w);
    // Emptied when large: users type words without end.
    if (STEMS.size >= 200_000) STEMS.clear();
    STEMS.set(w, s);
  }
  return s;
}

/** Each word's stem, found once (stemming every word of every event and report read was a tenth of a first answer). */
const STEMS = new Map<string, string>();

function stemOf(w: string): string {
  let s = w;
  // ("spies"/"spy", "tried"/"try": five letters are enough; "dies", "ties" are left.)
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 4 && s.endsWith('ied')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('es') && /(ss|sh|ch|x)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('er')) s = s.slice(0, -2);
  if (s.length > 7 && s.endsWith('ment')) s = s.slice(0, -4);
  if (s.length > 4 && /([bcdfgklmnprstvz])\1$/.test(s)) s = s.slice(0, -1);
  // "urge"/"urged", "unite"/"united": drop a final e so both forms meet.
  if (s.length >= 4 && s.endsWith('e') && !s.endsWith('ee')) s = s.slice(0, -1);
  // British and American spellings meet: "offences" / "offenses", "honour" / "honor", "recognised" / "recognized".
  if (s.length >= 6 && s.endsWith('ens')) s = `${s.slice(0, -1)}c`;
  else if (s.length >= 6 && s.endsWith('our')) s = `${s.slice(0, -2)}r`;
  else if (s.length >= 6 && s.endsWith('iz')) s = `${s.slice(0, -1)}s`;
  return s;
}

/** Stems of the content words of a text (stop words removed). */
export function contentStems(s: string): string[] {
  return words(s)
    .filter((w) => !STOP.has(w) && (w.length > 1 || /\d/.test(w)))
    .map(stem);
}

// Two reused rows: the distance is asked millions of times per question on large archives, so it allocates nothing.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > prevRow.length) {
    prevRow = new Int32Array(b.length + 1);
    curRow = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

/** Whether two folded words are the same word allowing for a typo (longer words allow more). */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  const max = n >= 8 ? 2 : 1;
  return editDistance(a, b, max) <= max;
}

/** Ordinals and number words folded to digits so that "1st", "first" and "1" compare equal. */
export function normalizeNumberWord(w: string): string {
  const ord: Record<string, string> = {
    first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9',
    tenth: '10', eleventh: '11', twelfth: '12', thirteenth: '13', fourteenth: '14', fifteenth: '15', sixteenth: '16',
    seventeenth: '17', eighteenth: '18', nineteenth: '19', twentieth: '20',
    one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  };
  const m = /^(\d+)(st|nd|rd|th)$/.exec(w);
  if (m) return m[1] ?? w;
  return ord[w] ?? w;
}

/** A text to match literally inside a regular expression. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
