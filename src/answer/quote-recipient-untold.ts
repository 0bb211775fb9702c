import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * "What did X tell the Harbour Post", "what did X write on Y", "what did X say to Z": the one the words were told to,
 * or the place they were written, as the question names it (up to a topic, place or time that follows).
 */
const RECIPIENT_ASKED =
  /\bwhat\s+(?:did|does|has|had)\s+(.+?)\s+(?:tell|say\s+to|write\s+(?:on|in|to)|post\s+on|tweet\s+to)\s+(?:the\s+)?(.+?)(?=\s+(?:about|abt|regarding|concerning|on|in|at|during|when|while|after|before|since)\b|\s*[?.!,;]|$)/i;

/** Hearers every speech has, that a report need not write for the words to be those asked. */
const ANY_HEARER =
  /^(?:crowds?|audiences?|reporters?|journalists?|press|media|people|supporters|protesters|demonstrators|participants|attendees|them|him|her|us|you|me|everyone|world|nation|public|officials|aides|lawmakers|ministers|members|students|staff|troops|soldiers|followers|leaders|delegates|voters|families|workers|residents|activists|guests|listeners|viewers|readers|colleagues|commanders|rally|rallies|meeting|conference|demonstration|protest|march|summit|session|event|gathering|congress|parliament|assembly|convention|ceremony|vigil|seminar)$/i;

/** A hearer told only by a pronoun or an article ("his officials", "a meeting"): not a name to look for. */
const HEARER_UNNAMED = /^(?:his|her|its|their|our|my|your|a|an|some|this|that|these|those)\s/i;

/** The hearer as a pattern over a sentence: a one- or two-letter name ("X") only in capitals, as written. */
function hearerPattern(hearer: string): RegExp {
  if (hearer.length <= 2) return new RegExp(`(?<![\\p{L}\\d])${escapeRe(hearer.toUpperCase())}(?![\\p{L}\\d])`, 'u');
  return new RegExp(`(?<![\\p{L}\\d])${escapeRe(fold(hearer))}(?![\\p{L}\\d])`, 'u');
}

/**
 * "What did Ilse Marr tell the Harbour Post?" answered with words of hers no sentence says she told that paper (she
 * said them to a crowd; another speaker told the paper): the words asked are those told to that hearer or written on
 * that platform. Kept where a cited sentence names the hearer, or a sentence of the cited
 * report names both the hearer and the speaker ("Marr told the Harbour Post" before "…, she added"). Hearers every
 * speech has ("the crowd", "reporters", "his officials", a rally) are not checked. Declined otherwise.
 */
export function quoteRecipientUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'statement' || !given.citations.length) return given;
  const m = RECIPIENT_ASKED.exec(intent.question ?? '');
  if (!m) return given;
  const hearer = (m[2] ?? '').trim();
  const speaker = (m[1] ?? '').trim().split(/\s+/).at(-1) ?? '';
  // (A hearer of more than four words has run on into what was said: "tell the rally the world should act".)
  const words = hearer.split(/\s+/);
  if (!hearer || words.length > 4 || HEARER_UNNAMED.test(hearer) || words.some((w) => ANY_HEARER.test(w))) return given;
  const re = hearerPattern(hearer);
  const test = (s: string) => re.test(hearer.length <= 2 ? s : fold(s));
  for (const c of given.citations) {
    if (test(c.excerpt ?? '')) return given;
    const speakerRe = speaker.length >= 3 ? new RegExp(`(?<![\\p{L}])${escapeRe(fold(speaker))}(?![\\p{L}])`, 'u') : undefined;
    if (speakerRe && index.sentencesOf(c.articleId).some((s) => test(s.text) && speakerRe.test(fold(s.text)))) return given;
  }
  return notAnswered(intent, `The archive has nothing that answers this. No report says those words were told to ${hearer}.`, suggestionsFor(intent, index));
}
