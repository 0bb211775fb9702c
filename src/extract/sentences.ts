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
  return joinDayMonthSplits(article, sentences);
}

const MONTH_START = /^(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/;

/**
 * "am 14. Februar 2020": a German ordinal day ends with a dot that is no sentence end; the two halves are joined
 * back (and re-indexed) when the next one opens with a month name.
 */
function joinDayMonthSplits(article: Article, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && /\b\d{1,2}\.$/.test(prev.text) && MONTH_START.test(s.text)) {
      prev.end = s.end;
      prev.text = article.text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ ...s, index: out.length });
  }
  return out;
}
