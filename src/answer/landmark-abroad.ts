/**
 * "Who spoke at the protest outside the embassy in Brenn?" read in reports in another language: the reader lets
 * names and numbers carry such a report (its other words are translated), so a report of another gathering in the
 * same city answers unless the landmark the question places the gathering at is checked in the report's own words
 * ("ambassade", "Botschaft", "Rathaus"). Declined when no cited report writes it.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A landmark as an English question names it, and the words reports in English, French or German write it with. */
const LANDMARKS: ReadonlyArray<{ asked: string; written: RegExp }> = [
  { asked: 'embass(?:y|ies)', written: /(?<![\p{L}])(?:embass(?:y|ies)|ambassades?|botschaft(?:en)?)(?![\p{L}])/iu },
  { asked: 'consulates?', written: /consula(?:te|t)|konsulat/iu },
  { asked: 'parliament', written: /parliament|parlement|parlament|bundestag|assembl[ée]e nationale/iu },
  { asked: '(?:town|city) hall', written: /(?:town|city) hall|mairie|h[ôo]tel de ville|rathaus/iu },
  { asked: 'chancellery', written: /chancell|kanzleramt/iu },
];

/** Words placing a gathering at a landmark: "outside the Iranian embassy", "in front of the town hall". */
const PLACED_AT = '(?:outside|at|near|in front of|before|by)\\s+(?:the\\s+)?(?:[\\p{L}\'’-]+\\s+){0,3}?';

export function landmarkAbroad(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || given.citations.length === 0) return given;
  const q = intent.question ?? '';
  const asked = LANDMARKS.filter((l) => new RegExp(`\\b${PLACED_AT}${l.asked}\\b`, 'iu').test(q));
  if (asked.length === 0) return given;
  const reports = [...new Set(given.citations.map((c) => c.articleId))].map((id) => index.article(id));
  // (Reports in English are read word by word against the question already.)
  if (reports.some((a) => !a || (a.language ?? 'en') === 'en')) return given;
  const writes = (l: (typeof asked)[number]) => reports.some((a) => l.written.test(`${a?.title ?? ''}\n${a?.text ?? ''}`));
  if (asked.every(writes)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report that would answer names the place the question gives.', suggestionsFor(intent, index));
}
