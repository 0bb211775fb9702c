import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { isFunctionWord, tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Who is the head of the harbour police?": an office asked of a body written in common words after it. */
const OFFICE_OF_ASKED =
  /^\s*who(?:'s|’s)?\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?(?:(?:current|former|acting|then|new|interim)\s+)?(?:head|chief|director|leader|chair(?:man|woman|person)?|president|commander|secretary|spokes(?:man|woman|person)|coordinator)\s+(?:of|for)\s+(?:the\s+)?(.+?)\s*\??\s*$/i;

/** Nouns of people acting together rather than of a body: strikers, protesters, workers, families, residents. */
const PEOPLE_NOUN = /^(?:\p{L}+(?:ers|ors|ists|ants|ents|ees|ians)|people|families|relatives|students|women|men|youth|victims|prisoners|inmates)$/u;

/** Words too general to tell one body from another ("group", "organisation"). */
const GENERAL = new Set(['group', 'groups', 'organisation', 'organization', 'body', 'movement', 'association', 'team', 'office', 'unit', 'department', 'committee', 'council', 'campaign']);

/**
 * "Who is the head of the harbour police?" answered with the head of a parliamentary delegation: an office asked of a
 * body named in words ("the harbour police", "the national police") is held by the one a sentence names only if the
 * answer or its sentences write those words; another body's head shares only the office. Declined.
 */
export function officeOfAnotherBody(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const m = OFFICE_OF_ASKED.exec(intent.question ?? '');
  if (!m) return given;
  // (The body's own noun phrase, up to the first preposition or clause: "of the police in Harl" asks "police", "for
  // the organisers of the rally" asks "organisers"; the place and the occasion are checked elsewhere.)
  const body = (m[1] as string).split(/\s+(?:in|at|during|when|who|whom|that|which|on|near|of|for|from|to|about|with|by|quoted|named|cited)\s+|,/)[0] ?? '';
  // (A body named by its own name, "Iran Human Rights", is held to it by other checks.)
  if (tokenize(body)[0]?.cap) return given;
  const words = tokenize(body).filter((t) => !t.cap && t.value === undefined && t.fold.length >= 3 && !isFunctionWord(t.fold) && !GENERAL.has(t.fold));
  // (People, not a body: "the spokesman for the strikers" may be written as the union's.)
  if (!words.length || words.every((w) => PEOPLE_NOUN.test(w.fold))) return given;
  const said = new Set(tokenize([given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' ')).flatMap((t) => [t.key, t.fold]));
  if (words.every((w) => said.has(w.key) || said.has(w.fold))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence names the ${m[0].match(/head|chief|director|leader|chair\w*|president|commander|secretary|spokes\w*|coordinator/i)?.[0]?.toLowerCase() ?? 'office'} of the ${body.trim()}.`, suggestionsFor(intent, index));
}
