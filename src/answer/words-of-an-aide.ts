import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "What did X say", "what has X said about …": the one whose words are asked. */
export const SPEAKER_ASKED = /\bwhat\s+(?:did|does|has|had)\s+(.+?)\s+(?:say|said|tell|told|write|wrote|claim|claimed|announce|announced|state|stated)\b/i;

/** Those who speak for another: their words are not the other's. */
const FOR_ANOTHER = '(?:aides?|spokes(?:man|woman|person)|advis[eo]rs?|lawyers?|attorneys?|deput(?:y|ies)|representatives?|envoys?|sons?|daughters?|wife|husband|brothers?|sisters?|relatives?|associates?|allies|ally|office|camp|campaign)';

/**
 * "What did Ferro say about the vote?" answered with "An aide to opposition leader Ferro said …": every place the
 * cited sentences name the one asked is as the one an aide, a spokesman or a relative speaks for ("an aide to X",
 * "X's lawyer"), so the words are the aide's. Declined.
 */
export function wordsOfAnAide(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'statement' || !given.citations.length) return given;
  const asked = SPEAKER_ASKED.exec(intent.question ?? '')?.[1]?.trim();
  const last = asked?.split(/\s+/).at(-1)?.replace(/['’]s$/, '');
  if (!last || last.length < 3) return given;
  const name = escapeRe(fold(last));
  const any = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu');
  const forHim = new RegExp(`\\b${FOR_ANOTHER}\\s+(?:to|of|for)\\s+(?:[\\p{L}-]+\\s+){0,5}${name}(?![\\p{L}])|(?<![\\p{L}])${name}(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+){0,1}${FOR_ANOTHER}\\b`, 'giu');
  let named = 0;
  for (const c of given.citations) {
    const text = fold(c.excerpt ?? '');
    const all = [...text.matchAll(any)].length;
    const aide = [...text.matchAll(forHim)].length;
    if (all > aide) return given;
    named += all;
  }
  if (!named) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest words were said by someone speaking for ${asked}, not by ${asked}.`, suggestionsFor(intent, index));
}
