import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Kinds of place a name sets apart: "Orle university", "the Varn Polytechnic", "Kessa prison". */
const INSTITUTION = String.raw`(?:universit(?:y|ies)|college|polytechnic|school|academy|hospital|prison|jail|mosque|church|factory|refinery|mine|camp)`;
/** A name written before the institution's noun ("Orle university", "Orle's university"), capitalised. */
const NAMED_BEFORE = new RegExp(String.raw`\b(\p{Lu}[\p{L}'’-]+)(?:['’]s)?\s+${INSTITUTION}\b`, 'gu');
/** A name written after it ("the University of Orle", "Orle university" aside). */
const NAMED_AFTER = new RegExp(String.raw`\b${INSTITUTION}\s+of\s+(\p{Lu}[\p{L}'’-]+)`, 'giu');

/** Capitalised words that open a question and name no institution ("Which university …", "How …"). */
const OPENERS = new Set(['which', 'what', 'how', 'who', 'where', 'when', 'the', 'did', 'does', 'was', 'were', 'is', 'are', 'in', 'at', 'on']);

/**
 * "How many students did Orle university lose?" answered by a count from a report that never writes "Orle" (students
 * gathering at another university): the institution the question names sets what is counted, so a report silent on
 * it counts something else. Declined.
 */
export function institutionNamedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const q = intent.question ?? '';
  const names = [...q.matchAll(NAMED_BEFORE), ...q.matchAll(NAMED_AFTER)].map((m) => fold(m[1] as string)).filter((n) => n.length >= 3 && !OPENERS.has(n));
  if (!names.length) return given;
  const written = given.citations.some((c) => {
    const a = index.article(c.articleId);
    if (!a) return true;
    const text = ` ${fold(`${a.title} ${a.text}`)} `;
    return names.every((n) => text.includes(` ${n} `));
  });
  if (written) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report the count would rest on names the institution asked about.', suggestionsFor(intent, index));
}
