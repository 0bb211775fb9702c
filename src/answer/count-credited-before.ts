import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { acronymAskedFor, claimIsAcronym } from '../understand/analyse-question.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A sentence that credits what it tells to someone it names: "…,” said Tomas Erk", "Lena Varo, its director, said". */
const NAMED_CREDIT = [
  /\b(?:said|says|told|added|according\s+to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u,
  /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+(?:,[^,.;]{1,80},)?\s+(?:said|says|told|added)\b/u,
];
/** Words by which a sentence itself credits its count to someone. */
const OWN_CREDIT = /\b(?:said|says|told|added|according\s+to|reported|estimated|documented|recorded|counted)\b/i;

/**
 * "How many were killed, according to the UN?" answered from "… which have seen at least 40 civilians killed.", a
 * sentence crediting no one, right after "“…,” said Tomas Erk, the monitor's head": the count goes on with the one
 * credited before it, not with the body asked, which the report names only elsewhere. Declined when the sentence
 * before it (or the one before that) credits someone by name and neither writes the body asked.
 */
export function countCreditedBefore(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const acronym = acronymAskedFor(intent.question);
  if (!acronym) return given;
  const cite = given.citations[0]!;
  const excerpt = cite.excerpt ?? '';
  if (claimIsAcronym(excerpt, acronym) === true || OWN_CREDIT.test(excerpt)) return given;
  const article = index.article(cite.articleId);
  if (article?.language && article.language !== 'en' && article.language !== 'und') return given;
  const sentences = index.sentencesOf(cite.articleId);
  for (const back of [1, 2]) {
    const before = sentences[cite.sentence - back];
    if (!before) break;
    if (claimIsAcronym(before.text, acronym) === true) return given;
    if (NAMED_CREDIT.some((re) => re.test(before.text))) {
      return notAnswered(intent, 'The archive has nothing that answers this. The closest count goes on from what someone else said, not the source asked.', suggestionsFor(intent, index));
    }
  }
  return given;
}
