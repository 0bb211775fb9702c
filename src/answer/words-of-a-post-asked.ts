import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { SPEAKER_ASKED } from './words-of-an-aide.ts';

/** Posts and parts a speaker may be asked by instead of a name ("the prime minister", "the mayor's son"). */
const POSTS_ASKED = new Set([
  'minister', 'president', 'chancellor', 'mayor', 'governor', 'ambassador', 'judge', 'prosecutor', 'spokesman',
  'spokeswoman', 'spokesperson', 'lawyer', 'attorney', 'envoy', 'commissioner', 'secretary', 'chairman', 'chairwoman',
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'widow', 'nephew', 'niece',
]);

/** Spellings of one post ("spokesman" is told as "spokesperson", or as a body's "rep" or "representative"). */
function postPattern(post: string): RegExp {
  const family = /^spokes(?:man|woman|person)$/.test(post) ? 'spokes(?:man|woman|person|men|women|people)|reps?|representatives?' : `${escapeRe(post)}s?`;
  return new RegExp(`(?<![\\p{L}])(?:${family})(?![\\p{L}])`, 'u');
}

/**
 * "What did the prime minister say?", "what did Orrin's son say after the verdict?": a speaker asked by a post or by
 * a part they stand in to someone named is told by a sentence (or a role on record) that writes that post; words
 * cited from sentences that never write it are someone else's (the one named, or another person quoted nearby).
 * Declined.
 */
export function wordsOfAPostAsked(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'statement' || !given.citations.length) return given;
  const asked = SPEAKER_ASKED.exec(intent.question ?? '')?.[1]?.trim();
  if (!asked) return given;
  const words = asked.split(/\s+/);
  const last = words.at(-1) ?? '';
  // (A name asked, "what did President Vell say", is not a post; the post stands last and in lower case.)
  if (!/^\p{Ll}+$/u.test(last)) return given;
  const post = fold(last);
  if (!POSTS_ASKED.has(post)) return given;
  const told = postPattern(post);
  const said = fold([given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' '));
  if (told.test(said)) return given;
  // (The post may be on record for the speaker the answer names, from another sentence of the report.)
  const held = index.data.speakers.some(
    (s) => [s.name, ...s.aliases].some((n) => n.length > 3 && said.includes(fold(n))) && s.roles.some((r) => told.test(fold(r.text))),
  );
  if (held) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence quotes ${asked}.`, suggestionsFor(intent, index));
}
