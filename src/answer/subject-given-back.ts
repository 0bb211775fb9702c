import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * "Which bridges did Vosk close?", "what towns did the governor visit": the things the named doer acted on, after
 * "which/what <noun>"; the doer is the words between the auxiliary and the closing verb.
 */
const WHICH_DID_DOER =
  /^\s*(?:and\s+|so\s+)?(?:which|what)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:did|does|do|has|have|had|will|would)\s+((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)\s+(\p{Ll}{3,})\s*(?:(?:in|on|at|during|after|before|last|this)\b[^?]*)?\??\s*$/u;

/**
 * "Which bridges did Vosk close?" is not answered "Mayor Lena Vosk": the question names the doer and asks what the deed
 * fell on. An answer whose lead is the doer the question names (their name, or a title before it) is declined.
 */
export function subjectGivenBack(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const m = WHICH_DID_DOER.exec(intent.question ?? '');
  if (!m) return given;
  const asked = fold(m[1] as string);
  // ("what post does X hold", "which party did she join": an office or a body of the doer's own is asked.)
  if (intent.kind === 'role' || /\b(?:posts?|roles?|positions?|jobs?|titles?|offices?|party|parties|group|groups|organi[sz]ations?)\b/.test(asked)) return given;
  // ("which people did X meet", "which MPs did she thank": people are asked, and a person is the answer's kind.)
  if (/\b(?:people|persons?|men|women|officials?|leaders?|speakers?|mps?|meps?|ministers?|politicians?|members?|activists?|journalists?|who)\b/.test(asked)) return given;
  const doer = fold(m[2] as string).replace(/^(?:the|a|an)\s+/, '');
  const last = doer.split(' ').at(-1) ?? '';
  if (last.length < 3 || /^(?:they|them|he|she|it|you|we|i)$/.test(last)) return given;
  const lead = fold((given.text.split(/\s+—\s+|[:“]/)[0] ?? '').replace(/\s*\((?:according to|reported by)\b.*$/, '')).trim();
  const items = lead.split(/,|\band\b/).map((x) => x.trim()).filter(Boolean);
  if (!items.length || !items.every((x) => x === doer || x.endsWith(` ${last}`) || x === last)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest sentence names ${(m[2] as string).trim()} as the one who acted, not the ${(m[1] as string).trim()} asked.`, suggestionsFor(intent, index));
}
