import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Who executed Aram Vell?", "who arrested the two Dunn sisters?": a deed and the one it was done to, after "who". */
const WHO_DID_TO = /^\s*[Ww]ho\s+(\p{Ll}+ed)\s+((?:\p{Lu}[\p{L}'’-]+\s*){1,4})\??\s*$/u;

/**
 * "Who executed Aram Vell?" is not answered "Aram Vell" (nor "Aram Vell and Lise Orn"): the one a deed was done to is
 * not its doer. An answer whose named people include the one the question names as the deed's object is declined.
 */
export function objectGivenBack(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'who') return given;
  const m = WHO_DID_TO.exec(intent.question ?? '');
  if (!m) return given;
  const surname = fold((m[2] as string).trim().split(/\s+/).at(-1) ?? '');
  if (surname.length < 3) return given;
  const lead = given.text.split(/\s+—\s+|[:“]/)[0] ?? '';
  if (!` ${fold(lead)} `.includes(` ${surname} `)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest sentence names ${(m[2] as string).trim()} as the one it was done to, not who did it.`, suggestionsFor(intent, index));
}
