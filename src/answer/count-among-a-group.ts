import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { isFunctionWord } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { countWrittenAt, leadCountOrWord } from './count-of-another-year.ts';

/** Right after a count: a noun or two, then "among" and the group ("12 deaths among the guards"). */
const AMONG_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}?among\s+((?:[\p{L}'’-]+\s*){1,4})/u;

/** Right after a count: "of the dead were …", "of those killed were …": a part of those a deed befell. */
const OF_THE_DONE_TO = /^\s+of\s+(?:the|those)\s+(?:dead|killed|victims|deaths|executed|hanged|arrested|detained|detainees|injured|wounded)\s+(?:were|was|are|had\s+been)\s+((?:[\p{L}\p{N}'’-]+\s*){1,4})/u;

/** A sentence opening on those a deed befell, then the count: "Of those killed, 21 were …", "Among the dead, 9 …". */
const PART_OPENED = /(?:^|[.;:!?]\s+)(?:of|among)\s+(?:those|the)\s+(?:dead|killed|victims|executed|hanged|arrested|detained|detainees|injured|wounded)\s*,\s*(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?$/i;
/** What the part is, after its verb: "… 21 were under 18", "… 9 were students". */
const WERE_AFTER = /^\s+(?:were|was|are)\s+((?:[\p{L}\p{N}'’-]+\s*){1,4})/u;

/** Words after "among" that name no group of their own ("among them", "among those killed"). */
const NO_GROUP = /^(?:them|whom|those|these|which|others?|others'?|the\s+dead|the\s+victims)\b/i;

/**
 * "What was the league's death toll?" is not answered "12" from "there have been 12 deaths among the guards" nor from
 * "12 of the dead were guards": a count told among a group ("among the guards", "of the dead were under 18") counts
 * that group only, a part of the dead; it answers a question naming the group, not the toll. Declined.
 */
export function countAmongAGroup(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const count = leadCountOrWord(given.text);
  const excerpt = given.citations[0]?.excerpt ?? '';
  if (!count || !excerpt) return given;
  const at = countWrittenAt(excerpt, count);
  if (!at) return given;
  const after = excerpt.slice(at.index + at[0].length);
  const opened = PART_OPENED.test(excerpt.slice(0, at.index)) ? WERE_AFTER.exec(after) : null;
  const m = AMONG_AFTER.exec(after) ?? OF_THE_DONE_TO.exec(after) ?? opened;
  if (!m || NO_GROUP.test(m[1] ?? '')) return given;
  const group = (m[1] ?? '').split(/[,;.:()]/)[0] ?? '';
  const words = fold(group).split(/\s+/).filter((w) => w.length > 2 && !isFunctionWord(w));
  if (!words.length) return given;
  // (By the word's first four letters: "police" asked as "policemen", "guards" as "guard".)
  const asked = fold(intent.question ?? '').split(/\s+/).filter((q) => q.length > 3 && !isFunctionWord(q));
  if (words.some((w) => asked.some((q) => q.startsWith(w.slice(0, 4)) || w.startsWith(q.slice(0, 4))))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest figure counts only a part of those asked (${group.trim()}).`, suggestionsFor(intent, index));
}
