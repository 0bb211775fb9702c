/**
 * "What did the lawyer say to reporters in Kessel?": a place the question puts the deed in must be one the report
 * tells something of; a report naming it only as where someone is based ("a Kessel-based envoy") tells nothing done
 * there, so its words are no answer for that place. Declined.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

export function placeOnlyAsBase(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const places = intent.analysis.terms.filter((t) => t.locative && t.sort === 'name' && /^\p{Lu}/u.test(t.text));
  if (!places.length) return given;
  const ids = [...new Set(given.citations.map((c) => c.articleId))];
  const onlyBase = places.some((p) => {
    const name = escapeRe(p.text);
    return ids.every((id) => {
      const a = index.article(id);
      const text = [a?.title ?? '', a?.text ?? ''].join('\n');
      const all = text.match(new RegExp(`\\b${name}\\b`, 'giu'))?.length ?? 0;
      const based = text.match(new RegExp(`\\b${name}-based\\b`, 'giu'))?.length ?? 0;
      return based > 0 && all === based;
    });
  });
  if (!onlyBase) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The report names that place only as where someone is based.', suggestionsFor(intent, index));
}
