/**
 * "How many have died since the ceasefire began?": a count told "since" another starting point ("since March") is
 * of another span, though the sentence tells the same deed. A sentence whose own "since" names none of the words of
 * the question's weighs less, so that a sentence counting from the start asked, if any, answers.
 */
import { fold, similarWord } from '../../understand/text.ts';
import { isFunctionWord } from '../../understand/vocabulary.ts';

/** What follows "since" up to the clause's end: "the aid convoys entered", "December". */
const SINCE = /\bsince\s+([^,;.:!?–—()]{1,60})/giu;

/** The content words of each "since" clause of a text, folded. */
function sinceClauses(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(SINCE)) {
    const words = (m[1] ?? '').split(/[^\p{L}\p{N}]+/u).map((w) => fold(w)).filter((w) => w.length > 2 && !isFunctionWord(w));
    if (words.length) out.push(words.slice(0, 6));
  }
  return out;
}

/** 0.6 when the sentence counts from another start than the one the question asks; 1 otherwise. */
export function sinceFit(question: string, sentence: string): number {
  const asked = sinceClauses(question);
  if (!asked.length) return 1;
  const told = sinceClauses(sentence);
  if (!told.length) return 1;
  const askedWords = asked.flat();
  const shares = told.some((words) => words.some((w) => askedWords.some((q) => q === w || similarWord(q, w) || (q.length >= 5 && w.length >= 5 && q.slice(0, 5) === w.slice(0, 5)))));
  return shares ? 1 : 0.6;
}
