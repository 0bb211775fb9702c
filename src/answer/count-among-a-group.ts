import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { isFunctionWord } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { countWrittenAt, leadCountOrWord } from './count-of-another-year.ts';

/** Right after a count: a noun or two, then "among" and the group ("12 deaths among the guards"). */
const AMONG_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}?among\s+((?:[\p{L}'’-]+\s*){1,4})/u;

/** Words after "among" that name no group of their own ("among them", "among those killed"). */
const NO_GROUP = /^(?:them|whom|those|these|which|others?|others'?|the\s+dead|the\s+victims)\b/i;

/**
 * "What was the league's death toll?" is not answered "12" from "there have been 12 deaths among the guards": a
 * count told among a group ("among the guards", "among police officers") counts that group only, a part of the dead;
 * it answers a question naming the group, not the toll. Declined.
 */
export function countAmongAGroup(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const count = leadCountOrWord(given.text);
  const excerpt = given.citations[0]?.excerpt ?? '';
  if (!count || !excerpt) return given;
  const at = countWrittenAt(excerpt, count);
  if (!at) return given;
  const m = AMONG_AFTER.exec(excerpt.slice(at.index + at[0].length));
  if (!m || NO_GROUP.test(m[1] ?? '')) return given;
  const group = (m[1] ?? '').split(/[,;.:()]/)[0] ?? '';
  const words = fold(group).split(/\s+/).filter((w) => w.length > 2 && !isFunctionWord(w));
  if (!words.length) return given;
  // (By the word's first four letters: "police" asked as "policemen", "guards" as "guard".)
  const asked = fold(intent.question ?? '').split(/\s+/).filter((q) => q.length > 3 && !isFunctionWord(q));
  if (words.some((w) => asked.some((q) => q.startsWith(w.slice(0, 4)) || w.startsWith(q.slice(0, 4))))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest figure counts those among ${group.trim()} only, a part of those asked.`, suggestionsFor(intent, index));
}
