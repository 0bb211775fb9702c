import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { isFunctionWord, tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "died at the Kessa protest", "arrested during the harbour rally": harm done at a gathering named by its place. */
const HARM_AT_GATHERING =
  /\b(?:die|died|killed|injured|wounded|hurt|arrested|detained)\s+(?:at|during)\s+the\s+((?:[\p{L}'’-]+\s+){1,3}?)(?:protest|rally|demo|demonstration|march|vigil|gathering|sit-in)s?\b/iu;

/**
 * "How many people died at the Kessa protest?" answered with a toll the report recalls of the uprising the protest
 * was held for ("900 protesters died, 3,000 were hurt" at home): a count of harm done at a gathering is told by a
 * sentence that names the gathering or its place (or follows one that does); one naming neither counts harm done
 * elsewhere. Declined.
 */
export function harmAtAGathering(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  // (As written, not folded: folding drops the hyphen of "sit-in" and the accents the place's key is made from.)
  const m = HARM_AT_GATHERING.exec(intent.question ?? '');
  if (!m) return given;
  // The words placing the gathering ("munich", "harbour square"), in the keys reports write them by ("München").
  const places = tokenize(m[1] as string).filter((t) => t.fold.length >= 3 && !isFunctionWord(t.fold)).map((t) => t.key);
  if (!places.length) return given;
  // (The sentence before frames it too: "About 4,000 had gathered for the demonstration. One person was arrested …")
  const said = tokenize(
    given.citations.flatMap((c) => [c.sentence > 0 ? (index.sentencesOf(c.articleId)[c.sentence - 1]?.text ?? '') : '', c.excerpt ?? '']).join(' '),
  );
  const named = said.some((t) => places.includes(t.key) || t.key === '@rally' || t.key === '@attend');
  if (named) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The figure it holds is not told of that gathering.', suggestionsFor(intent, index));
}
