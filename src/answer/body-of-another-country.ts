import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { COUNTRIES, tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Bodies a question ties to a country by its people's word: "the Dutch court", "Norwegian police". */
const BODY_NOUNS = /^(?:court|courts|tribunal|judges?|prosecutors?|police|government|authorities|ministry|army|military|forces|parliament|embassy|officials)$/;

/**
 * "What sentence did the Dutch court give X?" answered from a report of a Swedish court's verdict: a body the question
 * ties to a country ("the Dutch court", "Norwegian police") is told of only by a report that writes that country or
 * its people's word; a report that never does tells of another country's body. Declined.
 */
export function bodyOfAnotherCountry(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const q = tokenize(intent.question ?? '');
  const countries = q
    .filter((t, i) => t.key.startsWith('@') && COUNTRIES.has(t.key.slice(1)) && BODY_NOUNS.test(q[i + 1]?.fold ?? ''))
    .map((t) => t.key);
  if (!countries.length) return given;
  const ids = [...new Set(given.citations.map((c) => c.articleId))];
  const told = (key: string) =>
    ids.some((id) => {
      const a = index.article(id);
      return tokenize([a?.title ?? '', a?.text ?? ''].join('\n')).some((t) => t.key === key);
    });
  const missing = countries.find((k) => !told(k));
  if (!missing) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The report the answer rests on tells of no body of the country asked.', suggestionsFor(intent, index));
}
