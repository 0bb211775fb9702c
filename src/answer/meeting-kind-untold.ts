import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { citedReportsFolded } from './named-body-untold.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * Kinds of meeting held indoors with a programme, each with the words reports in English, French, German and Italian
 * write for it (German writes them inside compounds: "Sicherheitskonferenz", "Weltgipfel"). A street gathering (rally, march, demonstration, protest) is none of them.
 */
const MEETING_KINDS: ReadonlyArray<{ asked: RegExp; written: RegExp }> = [
  { asked: /\bconventions?\b/, written: /convention|konvent/ },
  { asked: /\bconferences?\b/, written: /conferen|konferenz|congres|kongress/ },
  { asked: /\bsummits?\b/, written: /summit|sommet|gipfel|vertice/ },
  { asked: /\bbriefings?\b/, written: /\bbriefing/ },
  { asked: /\bhearings?\b/, written: /hearing|audition|anhorung|audizione/ },
  { asked: /\bsymposi(?:um|a)\b/, written: /\bsymposi/ },
  { asked: /\bseminars?\b/, written: /\bseminar/ },
];

/** What asks a crowd, a day, a place, a speaker or a speaker's words at the meeting named. */
const EXPECTS = new Set(['count', 'date', 'place', 'agent', 'statement']);

/**
 * "How many attended the Free Iran Convention in Velden?": a convention, a conference, a summit or a briefing the
 * question names is told by a report that writes that kind of meeting; an answer whose reports never write it (a
 * march in the same city, a rally of the same movement) tells of another occasion. Declined.
 */
export function meetingKindUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !EXPECTS.has(intent.analysis.expects) || !given.citations.length) return given;
  const q = fold(intent.question ?? '');
  const asked = MEETING_KINDS.filter((k) => k.asked.test(q));
  if (!asked.length) return given;
  const reports = citedReportsFolded(index, given);
  if (asked.every((k) => reports.some((r) => k.written.test(r)))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report that answers tells of a meeting of the kind asked.', suggestionsFor(intent, index));
}
