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
  const object = fold((m[2] as string).trim());
  if (object.length < 3) return given;
  // (One of the people the lead lists is the one asked, "Aram Vell and Lise Orn"; a body whose name ends with the
  // words asked, "Captives for Free Varnia" to "who organized Free Varnia?", is another.)
  const lead = (given.text.split(/\s+—\s+|[:“]/)[0] ?? '').replace(/\s*\((?:according to|reported by)[^)]*\)\s*\.?\s*$/, '');
  const items = lead.split(/,|\band\b/).map((x) => fold(x).replace(/^(?:the|a|an)\s+/, ''));
  if (!items.some((x) => x === object || (x.split(' ').length >= 2 && x.split(' ').length <= 4 && x.endsWith(` ${object.split(' ').at(-1)}`) && object.split(' ').length === 1))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest sentence names ${(m[2] as string).trim()} as the one it was done to, not who did it.`, suggestionsFor(intent, index));
}
