import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Offices whose holder a figure or a word is credited to ("according to the province's governor"). */
const OFFICES =
  'governor|prosecutor|mayor|minister|spokesman|spokeswoman|spokesperson|police chief|police|coroner|judge|prefect|ambassador|president|prime minister|commander|general|interior ministry|health ministry|ministry|army|military|coast guard|health officials?|officials?|state media|state television|state tv';

/** "according to the province's governor", "per the police chief", "the mayor said": the office the question credits. */
const OFFICE_ASKED = new RegExp(
  `\\b(?:according\\s+to|per|as\\s+told\\s+by|as\\s+reported\\s+by)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+(?:['’]s)?\\s+){0,2}?(${OFFICES})\\b`,
  'iu',
);

/**
 * "How many were arrested in the province, according to its governor?" answered from "… according to the province's
 * chief prosecutor": an office the question credits with the figure that no cited sentence names is not the one
 * the figure is told of, and when the cited reports never write that office, another office's word is no answer.
 * Declined.
 */
export function sourceOfficeUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const m = OFFICE_ASKED.exec(intent.question ?? '');
  if (!m) return given;
  const office = (m[1] ?? '').toLowerCase().replace(/s$/, '');
  const said = given.citations.map((c) => c.excerpt ?? '').join(' ');
  // (The credit may stand in the next sentence, "… 40 were killed. The toll came from two ministry officials.": a report
  // that writes the office anywhere may tell its word.)
  const reports = given.citations.map((c) => index.article(c.articleId)?.text ?? '').join(' ');
  const writes = new RegExp(`\\b${office.replace(/\s+/g, '\\s+')}`, 'i');
  if (writes.test(said) || writes.test(reports)) return given;
  // Only a sentence that credits its figure to someone else is another office's word.
  if (!/\baccording\s+to\b|\b(?:said|says|told|reported|announced|stated)\b/i.test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence credits it to the ${office} asked.`, suggestionsFor(intent, index));
}
