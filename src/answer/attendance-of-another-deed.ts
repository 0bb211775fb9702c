import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Keys of a crowd's coming: attending, rallying, marching, taking part. */
const CROWD_KEYS = new Set(['@attend', '@rally']);
/** Keys of what is done to people, which no crowd's size is: killed, arrested, wounded, executed, sentenced. */
const HARM_KEYS = new Set(['@kill', '@arrest', '@injure', '@execute']);

/**
 * "how many people attended the varn rally in 2031" is not answered by "at least 20 protesters have been sentenced to
 * death": a crowd asked is not counted by a figure whose own words, right after its number, tell of people harmed
 * (killed, arrested, wounded, executed, sentenced) before any word of coming together. Declined.
 */
export function attendanceOfAnotherDeed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const asked = intent.analysis.terms.some((t) => t.part === 'focus' && t.key === '@attend');
  if (!asked) return given;
  // The number the answer gives, as its own words write it ("At least 20 protesters", "According to X, 14 … took
  // part" → 20, 14), not within what it quotes or a date in brackets.
  const lead = given.text.replace(/“[^”]*”?/g, ' ').replace(/\([^)]*\)/g, ' ');
  if (sourcesCounted(lead, given)) {
    return notAnswered(intent, 'The archive has nothing that answers this. The figure closest to it counts the sources of a report, not a crowd.', suggestionsFor(intent, index));
  }
  if (harmedOf(lead, given)) {
    return notAnswered(intent, 'The archive has nothing that answers this. The figure closest to it counts people harmed, not a crowd.', suggestionsFor(intent, index));
  }
  const number = /(?<![\p{L}\d])(\d[\d,.]*\d|\d)(?![\p{L}\d])/u.exec(lead)?.[1];
  if (!number) return given;
  const excerpt = given.citations.map((c) => c.excerpt ?? '').find((e) => new RegExp(`(?<![\\p{L}\\d])${escapeRe(number)}(?![\\p{L}\\d])`, 'u').test(e));
  if (!excerpt) return given;
  const at = excerpt.search(new RegExp(`(?<![\\p{L}\\d])${escapeRe(number)}(?![\\p{L}\\d])`, 'u'));
  // The words after the number, to the end of its clause.
  const clause = excerpt.slice(at).split(/[,;:.]\s|\s(?:and|while|but)\s/)[0] ?? '';
  for (const t of tokenize(clause).slice(1, 9)) {
    if (CROWD_KEYS.has(t.key)) return given;
    if (HARM_KEYS.has(t.key) || /sentenc/.test(t.key)) {
      return notAnswered(intent, 'The archive has nothing that answers this. The figure closest to it counts people harmed, not a crowd.', suggestionsFor(intent, index));
    }
  }
  return given;
}

/**
 * "The recent hangings of three protesters sparked demonstrations …": the people counted right after "<deed> of" are
 * those the deed was done to (hanged, killed, arrested), never the crowd. The answer's number, in digits or words, is
 * found in its cited words and the two words before it are read.
 */
function harmedOf(lead: string, given: Answer): boolean {
  const number = tokenize(lead).find((t) => /^\d/.test(t.key))?.key;
  if (!number) return false;
  for (const c of given.citations) {
    const words = tokenize(c.excerpt ?? '');
    const at = words.findIndex((t) => t.key === number);
    if (at >= 2 && words[at - 1]?.key === 'of' && HARM_KEYS.has(words[at - 2]?.key ?? '')) return true;
  }
  return false;
}

/**
 * "…, said two of the officials who provided them, …": a part of some people told right after a verb of saying ("said
 * two of …") counts those who said it (a report's sources), never a crowd that came. The answer's number, in digits or words, is found in its cited
 * words and the word before it is read.
 */
function sourcesCounted(lead: string, given: Answer): boolean {
  const number = tokenize(lead).find((t) => /^\d/.test(t.key))?.key;
  if (!number) return false;
  return given.citations.some((c) => {
    const words = tokenize(c.excerpt ?? '');
    const at = words.findIndex((t) => t.key === number);
    // ("The organisers said 900 people took part" is a count told, no part of those who said it.)
    return at >= 1 && words[at - 1]?.key === '@say' && words[at + 1]?.key === 'of';
  });
}
