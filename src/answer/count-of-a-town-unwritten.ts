import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * "How many were killed in Dorn on May 3?" is not answered by tolls from reports that never write "Dorn" (a national
 * toll, the other side's losses): a count asked of one town (a name asked after "in", no country) comes only
 * from reports that name it somewhere. A reply joining such a report to one that names the town is declined.
 */
export function countOfATownUnwritten(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const q = intent.question ?? '';
  const towns = intent.analysis.terms.filter(
    (t) => t.sort === 'name' && t.fold.length >= 3 && !COUNTRIES.has(t.fold) && new RegExp(`(?<![\\p{L}])in\\s+(?:the\\s+)?${escapeRe(t.text)}(?![\\p{L}])`, 'iu').test(q),
  );
  if (!towns.length) return given;
  const writes = (articleId: string): boolean => {
    const a = index.article(articleId);
    const text = ` ${fold([a?.title ?? '', a?.text ?? ''].join(' '))} `;
    return towns.some((t) => text.includes(` ${t.fold} `) || text.includes(` ${t.fold}'`) || text.includes(` ${t.fold}’`));
  };
  // (Only a reply joining reports, some naming the town and some not: a report that names none of the question's
  // towns may write it in its own language, "Bruxelles"; other checks hold a single report to the town.)
  const written = given.citations.map((c) => writes(c.articleId));
  if (written.every(Boolean) || !written.some(Boolean)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. A figure it gives comes from a report that never names ${towns.map((t) => t.text).join(' or ')}.`, suggestionsFor(intent, index));
}
