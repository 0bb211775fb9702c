import type { ItemToken } from 'wink-nlp';
import type { Sentence } from '../domain/types.ts';
import type { Nlp } from './nlp.ts';

/** A word of a sentence with its part of speech and offsets into `Article.text`. */
export interface Tok {
  text: string;
  lower: string;
  pos: string;
  start: number;
  end: number;
  /** Token index inside its sentence. */
  i: number;
}

/**
 * Tokenises one sentence with wink and returns words with absolute offsets.
 * Hyphenated words split by wink ("Jean - Pierre", "al - Hassan", "President - elect") are joined back.
 */
export function tokenizeSentence(nlp: Nlp, sentence: Sentence): Tok[] {
  const its = nlp.its;
  const doc = nlp.readDoc(sentence.text);
  const raw: Array<{ text: string; pos: string; start: number; end: number; spaceBefore: boolean }> = [];
  let cursor = 0;
  doc.tokens().each((t: ItemToken) => {
    const text = t.out();
    const at = sentence.text.indexOf(text, cursor);
    const local = at >= 0 ? at : cursor;
    raw.push({
      text,
      pos: String(t.out(its.pos)),
      start: sentence.start + local,
      end: sentence.start + local + text.length,
      spaceBefore: local > cursor,
    });
    cursor = local + text.length;
  });
  const out: Tok[] = [];
  for (let k = 0; k < raw.length; k++) {
    const cur = raw[k];
    if (!cur) continue;
    const prev = out[out.length - 1];
    const next = raw[k + 1];
    // Join "word - word" only when the hyphen touches both neighbours: that is one hyphenated word.
    if (prev && (cur.text === '-' || cur.text === '‑') && !cur.spaceBefore && next && !next.spaceBefore && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(next.text)) {
      prev.text = `${prev.text}-${next.text}`;
      prev.lower = prev.text.toLowerCase();
      prev.end = next.end;
      if (next.pos === 'PROPN') prev.pos = 'PROPN';
      k++;
      continue;
    }
    out.push({ text: cur.text, lower: cur.text.toLowerCase(), pos: cur.pos, start: cur.start, end: cur.end, i: out.length });
  }
  return out;
}

/** True for a capitalised word that can be part of a name ("Maryam", "Jean-Pierre", "al-Hassan", "O'Brien"). */
export function isNameWord(text: string): boolean {
  let known = nameWords.get(text);
  if (known === undefined) {
    // The same words recur through a report: each is judged once (the memo is emptied when it grows large).
    if (nameWords.size > 100_000) nameWords.clear();
    known = judgeNameWord(text);
    nameWords.set(text, known);
  }
  return known;
}

const nameWords = new Map<string, boolean>();

function judgeNameWord(text: string): boolean {
  if (/^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u.test(text)) return true;
  if (/^\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+$/u.test(text)) return true;
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(text)) return true;
  // "al-Hassan", "bin-Laden", "el-Sisi": a lowercase particle joined to a capitalised name.
  return /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben)-\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(text);
}

/** True for a single capital initial such as "J." or "J". */
export function isInitial(text: string): boolean {
  return /^\p{Lu}\.?$/u.test(text);
}

/** True for an all-capitals acronym ("NCRI", "PMOI/MEK", "IRGC"). */
export function isAcronym(text: string): boolean {
  if (/^(?:[A-Z]\.){2,}$/.test(text)) return true;
  return /^[A-Z][A-Z0-9&/-]{1,}$/.test(text) && /[A-Z].*[A-Z]/.test(text);
}
