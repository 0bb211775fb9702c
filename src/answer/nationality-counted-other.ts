/**
 * "How many Varnish soldiers were killed?": a count of soldiers the answer gives as another nation's ("54 Kessic
 * soldiers") counts other people, though the deed and the place fit. Declined, unless the answer or its sentences also
 * write the nation asked before the noun counted.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { leadCount } from './count-of-another-year.ts';

/** "how many Varnish soldiers", "how many of the Kessic troops": the capitalised words before the noun counted. */
const ASKED = /\b[Hh]ow\s+[Mm]any\s+(?:more\s+|of\s+the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(\p{Ll}[\p{L}-]{2,})/u;

/** A word that reads as a nation's or a people's adjective: "Russian", "Turkish", "Iraqi", "Chinese", "French". */
const NATION_LIKE = /^\p{Lu}\p{Ll}+(?:ian|an|ish|i|ese|ch)$/u;

/** The runs of capitalised words written right before the noun (by its first five letters) in a text. */
function qualifiersOf(text: string, noun: string): string[][] {
  const stem = escapeRe(noun.slice(0, Math.min(5, noun.length)));
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3})${stem}\\p{L}*`, 'gu');
  return [...text.matchAll(re)].map((m) => (m[1] ?? '').trim().split(/\s+/).map(fold));
}

export function nationalityCountedOther(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const m = ASKED.exec(intent.question ?? '');
  if (!m) return given;
  const asked = (m[1] ?? '').trim().split(/\s+/);
  const nations = asked.filter((w) => NATION_LIKE.test(w)).map(fold);
  if (!nations.length) return given;
  const noun = fold(m[2] ?? '');
  // (The answer's own words: quoted titles and excerpts set aside, "According to “…” (May 9), 23 X soldiers …".)
  const lead = given.text.replace(/“[^”]*”/g, ' ');
  let runs = qualifiersOf(lead, noun);
  // (Else the run right after the answer's own figure in its sentence: "834 prisoners …, including 167 Baluchi
  // prisoners" counts the 834 as no people's but the country's.)
  const number = leadCount(lead);
  if (!runs.length && number) runs = given.citations.flatMap((c) => qualifiersOf(new RegExp(`(?<![\\d.,])${escapeRe(number)}\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}\\p{L}+`, 'u').exec(c.excerpt ?? '')?.[0] ?? '', noun));
  if (!runs.length) return given;
  if (runs.some((r) => nations.every((n) => r.includes(n)))) return given;
  const other = runs.some((r) => r.some((w) => NATION_LIKE.test(w.charAt(0).toUpperCase() + w.slice(1)) && !nations.includes(w)));
  if (!other) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The figure closest to it counts other ${noun} than the ${asked.join(' ')} asked.`, suggestionsFor(intent, index));
}
