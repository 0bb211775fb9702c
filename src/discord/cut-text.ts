/** Marks text continued on the next page. */
export const CONTINUED = '…';

/**
 * Splits `text` into a head of at most `max` characters and the rest, cutting after the last
 * sentence end that fits; falls back to the last space, then to a hard cut.
 */
export function cutAtSentence(text: string, max: number): { head: string; rest: string } {
  if (text.length <= max) return { head: text, rest: '' };
  const window = text.slice(0, max + 1);
  let cut = -1;
  const sentenceEnd = /[.!?]["'”’)\]]*(?=\s)/g;
  for (let m = sentenceEnd.exec(window); m; m = sentenceEnd.exec(window)) {
    const end = m.index + m[0].length;
    if (end <= max) cut = end;
  }
  // A sentence end very early would waste most of the page: prefer a word break then.
  if (cut < max / 3) {
    const space = window.lastIndexOf(' ', max - CONTINUED.length);
    if (space > max / 3) {
      return { head: text.slice(0, space).trimEnd() + CONTINUED, rest: text.slice(space).trimStart() };
    }
    if (cut <= 0) {
      const hard = max - CONTINUED.length;
      return { head: text.slice(0, hard) + CONTINUED, rest: text.slice(hard) };
    }
  }
  return { head: text.slice(0, cut), rest: text.slice(cut).trimStart() };
}

/** Cuts `text` into chunks of at most `max` characters at sentence boundaries. */
export function splitAtSentences(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const { head, rest: next } = cutAtSentence(rest, max);
    chunks.push(head);
    rest = next;
  }
  return chunks;
}

/** Shortens `text` to at most `max` characters (at a sentence or word boundary), marking the cut. */
export function clip(text: string, max: number): string {
  return cutAtSentence(text, max).head;
}
