import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { peopleInSentence } from './passages.ts';

/** "Which nephew of X …", "which of X's sons …", "who was the daughter of X that …": a relative of a named person asked by name. */
const RELATIVE_ASKED =
  /^\s*(?:which|what|who\s+(?:is|was|were|are)\s+the)\s+(?:of\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:nephews?|nieces?|sons?|daughters?|brothers?|sisters?|cousins?|relatives?|uncles?|aunts?|grandsons?|granddaughters?|wife|husband|children|child)\b/iu;
/** A passage answer: the quoted sentence alone, with no typed answer before it. */
const PASSAGE_ANSWER = /^According to (?:“[^”]*”|[^:“,(]+)(?: \([^)]*\))?: “/;

/**
 * "Which nephew of Ivo Marn was killed?" asks the nephew's name: a sentence quoted that tells of "Mr Marn's nephew"
 * and names nobody but the person the question names says that he was killed, not who he was. Declined.
 */
export function relativeUnnamed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !PASSAGE_ANSWER.test(given.text) || !RELATIVE_ASKED.test(intent.question ?? '')) return given;
  const asked = ` ${fold(intent.question ?? '')} `;
  const others = given.citations.some((c) => {
    const sentence = index.sentencesOf(c.articleId)[c.sentence];
    if (!sentence) return false;
    // (A person the sentence names whom the question does not: a relative often bears the same surname, so the whole
    // name is compared; "Mr Marn" is the one named.)
    return peopleInSentence(index, c.articleId, sentence).some((p) => p.name.includes(' ') && !asked.includes(` ${fold(p.name)} `));
  });
  if (others) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentence closest to it names no one but the person the question names.', suggestionsFor(intent, index));
}
