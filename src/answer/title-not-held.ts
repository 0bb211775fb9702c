import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { escapeRe, unaccentLower } from '../understand/text.ts';

/** "Senator Ana Brook", "Mayor Ilse Varga": an office a question writes before a person's name. */
const TITLED =
  /\b(Senator|Sen\.|Mayor|Governor|Congressman|Congresswoman|Ambassador|Judge|Minister|Chancellor|Councill?or)\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}(\p{Lu}[\p{L}'’-]{2,})\b/gu;

/**
 * "What did Senator Lena Vost say?" answered from a report that calls her "Lena Vost MP": a question that gives a
 * person an office asks of its holder; a report that never writes that office near the name tells of someone who
 * does not hold it, or the question mistakes the person. Either way it is no answer. Declined, saying so.
 */
export function titleNotHeld(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  for (const m of (intent.question ?? '').matchAll(TITLED)) {
    const title = (m[1] ?? '').replace(/\.$/, '');
    const last = m[2] ?? '';
    const reports = given.citations.map((c) => index.article(c.articleId)?.text ?? '').join('\n');
    const names = [...reports.matchAll(new RegExp(`(?<![\\p{L}])${escapeRe(last)}(?![\\p{L}])`, 'gu'))];
    if (!names.length) continue;
    // (Unaccented: "le sénateur X" writes the senator's office as a report in French does.)
    const stem = unaccentLower(title.slice(0, 5));
    const near = names.some((n) => new RegExp(`\\b${escapeRe(stem)}`).test(unaccentLower(reports.slice(Math.max(0, n.index - 80), n.index + last.length + 80))));
    if (near) continue;
    return notAnswered(intent, `The archive has nothing that answers this. No report calls ${last} a ${title.toLowerCase()}.`, suggestionsFor(intent, index));
  }
  return given;
}
