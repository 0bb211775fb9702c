import { checkDeadline } from './deadline.ts';
import { PAGE_DATE_FIELD } from '../dates/index.ts';
import type { Article, Sentence } from '../domain/types.ts';
import type { ItemSentence } from 'wink-nlp';
import type { Nlp } from './nlp.ts';

/**
 * Splits an article's cleaned text into sentences with offsets into `article.text`.
 * Paragraphs are split first so that a sentence never spans a paragraph break (headings, list lines).
 */
export function splitSentences(nlp: Nlp, article: Article): Sentence[] {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((para, paragraph) => {
    checkDeadline();
    const paraText = article.text.slice(para.start, para.end);
    const doc = nlp.readDoc(paraText);
    let cursor = 0;
    doc.sentences().each((s: ItemSentence) => {
      const raw = s.out();
      const trimmed = raw.trim();
      if (!trimmed) return;
      // wink's tokenizer is lossless, so the sentence text occurs verbatim after the cursor.
      const at = paraText.indexOf(trimmed, cursor);
      const local = at >= 0 ? at : cursor;
      cursor = local + trimmed.length;
      sentences.push({
        index: sentences.length,
        start: para.start + local,
        end: para.start + local + trimmed.length,
        paragraph,
        text: trimmed,
      });
    });
  });
  return withoutPageField(capLength(joinDayMonthSplits(article, sentences)));
}

/**
 * " date 2031-03-14 Hundreds rallied …": the stored page's own date field opening its first sentence is no part of
 * what the report says, so no quote or excerpt shows it (the text keeps it; the sentence starts after it).
 */
function withoutPageField(sentences: Sentence[]): Sentence[] {
  const first = sentences[0];
  // (Only the stored page's bare "date" field: an "Updated: 2031-03-14 07:00" line is the report's own.)
  const field = first?.paragraph === 0 && /^date\s/.test(first.text) ? PAGE_DATE_FIELD.exec(first.text) : null;
  if (!first || !field || first.text.length - field[0].length < 2) return sentences;
  const cut = field[0].length;
  sentences[0] = { ...first, start: first.start + cut, text: first.text.slice(cut) };
  return sentences;
}

/** Longest sentence the extractors read: longer runs (a page with no full stops) are cut into pieces this long. */
export const MAX_SENTENCE_CHARS = 1000;

/**
 * A "sentence" of thousands of characters is a page without full stops, not prose: it is cut at the last clause
 * break (or space) before the limit, so that no extractor's cost grows with the square of its length.
 */
function capLength(sentences: Sentence[]): Sentence[] {
  if (sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    let from = 0;
    while (s.text.length - from > MAX_SENTENCE_CHARS) {
      const window = s.text.slice(from, from + MAX_SENTENCE_CHARS);
      const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
      const space = window.lastIndexOf(' ');
      const cut = clause > MAX_SENTENCE_CHARS / 2 ? clause + 1 : space > MAX_SENTENCE_CHARS / 2 ? space : MAX_SENTENCE_CHARS;
      out.push(piece(s, from, from + cut, out.length));
      from += cut;
      while (s.text[from] === ' ') from++;
    }
    if (from < s.text.length) out.push(piece(s, from, s.text.length, out.length));
  }
  return out;
}

function piece(s: Sentence, from: number, to: number, index: number): Sentence {
  const text = s.text.slice(from, to).trimEnd();
  return { index, start: s.start + from, end: s.start + from + text.length, paragraph: s.paragraph, text };
}

const MONTH_START = /^(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/;

/** A piece opening with the end of a web address ("org, the event …", "com/news …"), cut from the name before its dot. */
const WEB_SUFFIX_START = /^(?:org|com|net|info|eu|fr|de|uk|ch|be|nl|io|tv)(?![\p{L}\d])/u;

/** A piece ending with the abbreviation of a title or honorific ("Rt.", "Hon.", "Gen."), which no sentence ends on. */
const TITLE_ABBREVIATION_END = /(?:^|[\s(])(?:Rt|Hon|Rev|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Prof|Dr|Mr|Mrs|Ms|Mme|Messrs)\.$/;

/**
 * "am 14. Februar 2020": a German ordinal day ends with a dot that is no sentence end; the two halves are joined
 * back (and re-indexed) when the next one opens with a month name.
 */
function joinDayMonthSplits(article: Article, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    // "« Tyran, dégage ! », « Ça suffit ! », ont-ils lancé": a "!" or "?" inside quotation marks
    // ends no sentence; a piece that opens with a closing mark belongs to the sentence before it.
    const closes = /[!?…]$/.test(prev?.text ?? '') && /^[»”]/.test(s.text);
    // "“Home at last!” exclaimed X, 39, among …": a quote closed by "!" or "?" and followed by a word in lower case
    // (the verb of saying, "he asked") ends no sentence; the speaker's half belongs to the quote's.
    const saidAfter = /[!?…]["”»]$/.test(prev?.text ?? '') && /^\p{Ll}/u.test(s.text);
    // "the platforms Kesfree.org and VardaNet.org, the event …": a web address's dot ends no sentence.
    const address = /[\p{L}\d]\.$/u.test(prev?.text ?? '') && WEB_SUFFIX_START.test(s.text);
    // "Former Home Secretary Rt. Hon. Lord Vale": the dot of a title's abbreviation before a capitalised word ends no
    // sentence.
    const title = TITLE_ABBREVIATION_END.test(prev?.text ?? '') && /^\p{Lu}/u.test(s.text);
    // "Chanting “Down with the tyrant. Freedom now”, the crowd …": a short slogan's inner full stop ends no sentence.
    const slogan = prev !== undefined && shortQuoteSplit(prev.text, s.text);
    if (prev && prev.paragraph === s.paragraph && ((/\b\d{1,2}\.$/.test(prev.text) && MONTH_START.test(s.text)) || closes || saidAfter || address || title || slogan)) {
      prev.end = s.end;
      prev.text = article.text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ ...s, index: out.length });
  }
  return out;
}

/** Words that tell a crowd's chant or a banner's words before the quotation. */
const CHANT_OR_BANNER = /\b(?:chant\w*|slogans?|shout\w*|cried|cries|cry(?:ing)?|sang|sing(?:ing)?|yell\w*|roar\w*|banners?|placards?|signs?|posters?|read(?:ing|s)?)\b/i;

/** Longest run, on either side of the cut, of a quotation that {@link shortQuoteSplit} joins back. */
const SHORT_QUOTE_PART = 60;

/**
 * A quotation a word of chanting opens in the piece before ("Chanting “Down with the tyrant.") and the next closes
 * early ("Freedom now”, the crowd …"), each part short: a slogan of two short sentences, cut at its inner full stop.
 * A quoted speech split the same way stays in its sentences.
 */
function shortQuoteSplit(prev: string, next: string): boolean {
  if (!/[.!?]$/.test(prev)) return false;
  const open = Math.max(prev.lastIndexOf('“'), prev.lastIndexOf('"'));
  if (open < 0 || prev.length - open > SHORT_QUOTE_PART) return false;
  // (Only a crowd's words, told by a word of chanting or a banner's before the mark: a speaker's short sentences keep
  // their own, as the reader reads a speech sentence by sentence.)
  if (!CHANT_OR_BANNER.test(prev.slice(Math.max(0, open - 80), open))) return false;
  const curly = prev[open] === '“';
  // The mark must open a quotation left unclosed: straight marks counted, a curly one with no closer after it.
  if (curly ? prev.indexOf('”', open) >= 0 : (prev.match(/"/g) ?? []).length % 2 === 0) return false;
  const close = next.search(curly ? /”/ : /"/);
  return close > 0 && close <= SHORT_QUOTE_PART;
}
