import type { Article } from '../domain/types.ts';

/** A quoted passage inside one paragraph, with offsets into `Article.text`. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** The quoted words without marks and outer spaces. */
  innerStart: number;
  innerEnd: number;
  /** False when the paragraph ends before the quote closes (it may continue in the next paragraph). */
  closed: boolean;
  paragraph: number;
}

/** Words that give a name, a title or a theme in quotation marks right after them ("the conference, titled, “…”"). */
// (And a phrase pointed at, "referring to the “…”", "the so-called “…”": the writer's pointing, not the words of the one
// named after it.)
export const TITLE_BEFORE_QUOTE =
  /\b(?:titled|entitled|dubbed|under the (?:title|theme|name|motto)|so-called|(?:referring|refers|referred)(?:\s+to)?(?:\s+(?:the|a|an|its|their|his|her))?)\s*,?\s*$/i;

/** Words before a quote that name a thing, not a crowd's words: "what X described as a “…”", "dubbed the “…”". */
export const NAMED_AS = /\b(?:described|dubbed|termed|billed|branded|labell?ed|styled)\s+(?:it\s+|them\s+)?(?:as\s+)?(?:an?|the)?\s*$/iu;

/** A paragraph with no opening mark whose words close on ” before a dash and a name (a release's pull quote). */
const PULL_QUOTE = /^([^“”"«»„]{20,}?)”\s*[—–]\s*(?:(?:Congress(?:wo)?man|Senator|Sen\.|Rep\.|Representative|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*\([^)]{1,20}\))?\s*$/u;

/**
 * A paragraph with no opening mark whose words close on ” before a comma and the one who said them ("… the misogynist
 * rule”, she said.", "… be free”, Mrs Vell concluded in her message."): a quote whose opening mark the page lost.
 */
const LOST_OPENING = /^([^“”"«»„]{20,}?)”\s*,\s*(?:he|she|they|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:said|says|added|concluded|stated|continued|told|noted|explained|stressed|insisted|warned|declared)\b/u;

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’', '"': '"' };

/**
 * Finds quoted passages paragraph by paragraph: “…”, "…", «…», ‘…’ (a ’ inside a word is an apostrophe).
 * A quote opened and not closed in its paragraph runs to the paragraph end with `closed: false`.
 */
export function findQuoteSpans(article: Article): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const text = article.text;
  article.paragraphs.forEach((para, paragraph) => {
    // "This week we honour … we honour you.”— Congresswoman Ada Holt (D-VA)": a press release's pull quote opens at
    // its paragraph's start without a mark and closes before a dash and the speaker's name.
    const pull = PULL_QUOTE.exec(text.slice(para.start, para.end));
    if (pull) {
      const close = para.start + (pull[1] as string).length;
      const inner = trimSpan(text, para.start, close);
      if (inner.end > inner.start) spans.push({ open: para.start, close: close + 1, innerStart: inner.start, innerEnd: inner.end, closed: true, paragraph });
      return;
    }
    let i = para.start;
    const lost = LOST_OPENING.exec(text.slice(para.start, para.end));
    if (lost) {
      const close = para.start + (lost[1] as string).length;
      const inner = trimSpan(text, para.start, close);
      if (inner.end > inner.start) spans.push({ open: para.start, close: close + 1, innerStart: inner.start, innerEnd: inner.end, closed: true, paragraph });
      i = close + 1;
    }
    while (i < para.end) {
      const ch = text[i] ?? '';
      // "He said:’”Unlike …”": a closing mark right after a colon (stray marks between) and before a word opens a quote.
      const closer = PAIRS[ch] ?? (ch === '”' && /:\s*[’'‘]?\s*$/.test(text.slice(Math.max(para.start, i - 4), i)) && /\p{L}/u.test(text[i + 1] ?? '') ? '”' : undefined);
      if (!closer || !opensHere(text, i, ch, para.start)) {
        i++;
        continue;
      }
      let j = i + 1;
      let found = -1;
      // ("We will say no more,” the chief said.": a straight opening mark closed by a curly one, the two typed apart;
      // taken only when no straight mark closes the quote in its paragraph.)
      let curlyClose = -1;
      while (j < para.end) {
        const c = text[j];
        if (c === closer && closesHere(text, j, ch, para.end)) {
          found = j;
          break;
        }
        if (ch === '"' && c === '”' && curlyClose < 0 && closesHere(text, j, ch, para.end)) curlyClose = j;
        // "… en Iran“, réagit X": an opening mark set after the words and before punctuation closes the quote.
        if (ch === '“' && c === '“' && j > i + 1 && /\S/u.test(text[j - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? ' ')) {
          found = j;
          break;
        }
        // A new double opening mark before any close means the first quote was left open.
        if (ch === '“' && c === '“' && j > i + 1) break;
        j++;
      }
      // "“We are appalled … to their homes, said Rena Osk, the group's director.": a quote left open in its paragraph
      // ends where a verb of saying and a name follow a comma; what follows is its attribution, not the quote.
      if (found < 0 && ch === '“') {
        const open = text.slice(i + 1, j);
        const said = [...open.matchAll(/,\s+(?:said|says|added|stated|declared)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/gu)].at(-1);
        if (said?.index !== undefined && !/[“”"«»]/u.test(open.slice(said.index))) {
          const comma = i + 1 + said.index;
          const inner = trimSpan(text, i + 1, comma);
          if (inner.end > inner.start) spans.push({ open: i, close: comma + 1, innerStart: inner.start, innerEnd: inner.end, closed: true, paragraph });
          i = comma + 1;
          continue;
        }
      }
      if (found < 0 && curlyClose >= 0) found = curlyClose;
      const closed = found >= 0;
      const endMark = closed ? found : j;
      const inner = trimSpan(text, i + 1, endMark);
      if (inner.end > inner.start) {
        spans.push({ open: i, close: closed ? found + 1 : endMark, innerStart: inner.start, innerEnd: inner.end, closed, paragraph });
      }
      i = closed ? found + 1 : endMark;
    }
  });
  return spans;
}

function opensHere(text: string, i: number, ch: string, paraStart: number): boolean {
  const before = i > paraStart ? (text[i - 1] ?? ' ') : ' ';
  const after = text[i + 1] ?? '';
  if (ch === '‘' || ch === '"') {
    // Straight and single marks open only at a word start: after a space/bracket/dash, before a non-space.
    return /[\s([{\-—–:,;“]/u.test(before) && /\S/u.test(after);
  }
  return true;
}

function closesHere(text: string, j: number, open: string, paraEnd: number): boolean {
  if (open !== '‘' && open !== '"') return true;
  const after = j + 1 < paraEnd ? (text[j + 1] ?? ' ') : ' ';
  const before = text[j - 1] ?? '';
  // An apostrophe inside a word ("regime’s") is not a closing mark.
  return /\S/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** True when `offset` lies inside one of the quote spans (marks included). */
export function insideQuote(spans: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  // Spans come in text order and never overlap (findQuoteSpans resumes after each close): the one that may hold
  // `offset` is the last that opens at or before it.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.open <= offset) lo = mid + 1;
    else hi = mid;
  }
  const q = spans[lo - 1];
  return q && offset < q.close ? q : undefined;
}
