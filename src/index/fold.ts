/**
 * The first steps of folding (`foldText`, and the question reader's `fold`): accents stripped, lower case, nothing
 * else. Every word of letters a-z in a folded text (other than one holding "dc", which `fold` makes of "d.c.") stands in
 * these characters too: a cheap first test before folding a long text to look for a phrase.
 */
export function unaccentLower(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Lowercases, strips accents and turns hyphens/apostrophes into spaces: "Jean-Pierre Béranger" → "jean pierre beranger". */
export function foldText(s: string): string {
  // Hyphens, apostrophes, punctuation and spaces alike part words: what is left is the runs of letters and digits.
  return wordRuns(unaccentLower(s));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit below the surrogates: 0 not yet known, 1 a letter or digit, 2 neither (filled as met). */
const WORD_UNIT = new Uint8Array(0xd800);

function isWordUnit(c: number): boolean {
  let k = WORD_UNIT[c] as number;
  if (k === 0) WORD_UNIT[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** The runs of letters and digits (`\p{L}`, `\p{N}`, astral ones included) of a text, joined by single spaces. */
export function wordRuns(x: string): string {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (c < 0xd800) word = isWordUnit(c);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < x.length && (x.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      word = LETTER_OR_DIGIT.test(x.slice(i, i + 2));
      width = 2;
    } else word = c >= 0xe000 && isWordUnitAbove(c);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(x.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push(x.slice(start));
  return out.join(' ');
}

/** Code units from U+E000 up (private use, CJK compatibility, half-width forms…): looked up as met. */
const WORD_UNIT_ABOVE = new Map<number, boolean>();
function isWordUnitAbove(c: number): boolean {
  let k = WORD_UNIT_ABOVE.get(c);
  if (k === undefined) WORD_UNIT_ABOVE.set(c, (k = LETTER_OR_DIGIT.test(String.fromCharCode(c))));
  return k;
}

/** A URL-safe slug of a name: "Maryam Rajavi" → "maryam-rajavi". */
/**
 * The same string held one byte a character when every character fits in one (Latin-1). V8 keeps a string cut or
 * joined from a text that holds one "—" or "’" two bytes a character, even when none of its own characters needs two:
 * the folded texts kept for every event and report (letters, digits and spaces) were half empty so.
 */
export function oneByte(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return s;
  return Buffer.from(s, 'latin1').toString('latin1');
}

export function slugify(s: string): string {
  return foldText(s).replace(/\s+/g, '-') || 'unnamed';
}

/** Function words that carry no meaning for matching scopes or searching passages. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to for by with from and or but as is are was were be been being it its this that these those ' +
    'during about into over after before since than then there their they them he she his her we our you your i me my ' +
    'what which who whom whose when where why how did do does done has have had will would can could should may might ' +
    'not no so if any some all also just s t'
  ).split(' '),
);
