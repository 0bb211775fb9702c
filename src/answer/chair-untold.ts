import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Who chaired / presided over / moderated / hosted …": the deed of holding a sitting asked, with the words telling it. */
const HELD_ASKED: ReadonlyArray<[RegExp, RegExp]> = [
  [/^\s*who\s+(?:chaired|presided|moderated|co-chaired)\b/i, /\b(?:chair|chairs|chaired|chairing|chairman|chairwoman|chairperson|co-chair\w*|presid(?:ed|es|ing)|moderat(?:ed|es|ing|or|ors))\b/i],
  [/^\s*who\s+hosted\b/i, /\b(?:host|hosts|hosted|hosting|co-host\w*)\b/i],
];

/**
 * "Who chaired the committee hearing?": the one who held the chair is told only by a sentence that writes the deed
 * ("chaired by", "the chairwoman", "presided"); an answer whose sentences never do (the body a guest was invited to)
 * names someone, or something, else (a title, "the President-elect", is no deed of presiding). Declined.
 */
export function chairUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const asked = HELD_ASKED.find(([q]) => q.test(intent.question ?? ''));
  if (!asked) return given;
  const said = [given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  if (asked[1].test(said)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells who held the chair.', suggestionsFor(intent, index));
}
