import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "What did X say in Y", "what did X tell … at Y": the speaker and the place asked (up to a topic or time after it). */
const SAID_IN_PLACE =
  /\bwhat\s+(?:did|does|has|had)\s+(.+?)\s+(?:say|said|tell|told|declare|announce)\s+(?:in|at)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)(?=\s+(?:about|abt|regarding|on|in|at|when|during|after|before|last|this|that)\b|\s*[?.!,;]|$)/iu;

/**
 * "What did Ilse Marr say in Dorrow?" answered with words she said at a rally elsewhere: the report names Dorrow only
 * for another event, in sentences that never name her. The place asked is one the report writes with a capital (a
 * city, a country); the words are kept where a cited sentence or the report's dateline and title name it, or a
 * sentence of the report names both her and the place. Declined otherwise.
 */
export function wordsInAnotherPlace(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'statement' || !given.citations.length) return given;
  const m = SAID_IN_PLACE.exec(intent.question ?? '');
  if (!m) return given;
  const speaker = fold((m[1] ?? '').trim().split(/\s+/).at(-1) ?? '');
  const place = (m[2] ?? '').trim();
  if (speaker.length < 3 || place.length < 3) return given;
  const placeRe = new RegExp(`(?<![\\p{L}])${escapeRe(fold(place))}(?![\\p{L}])`, 'u');
  const capital = new RegExp(`(?<![\\p{L}])${escapeRe(place).replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}]`)}(?![\\p{L}])`, 'iu');
  const speakerRe = new RegExp(`(?<![\\p{L}])${escapeRe(speaker)}(?![\\p{L}])`, 'u');
  for (const c of given.citations) {
    const sentences = index.sentencesOf(c.articleId);
    // (Only a place the report writes as a name, with a capital: "her speech", "the end" are no places.)
    const written = sentences.filter((s) => capital.test(s.text) && new RegExp(`(?<![\\p{L}])\\p{Lu}`, 'u').test(s.text.slice(s.text.search(capital), s.text.search(capital) + 1)));
    if (!written.length) return given;
    if (placeRe.test(fold(c.excerpt ?? ''))) return given;
    if (placeRe.test(fold(`${c.title ?? ''} ${sentences.slice(0, 2).map((s) => s.text).join(' ')}`))) return given;
    if (sentences.some((s) => placeRe.test(fold(s.text)) && speakerRe.test(fold(s.text)))) return given;
  }
  return notAnswered(intent, `The archive has nothing that answers this. No report tells those words as said in ${place}.`, suggestionsFor(intent, index));
}
