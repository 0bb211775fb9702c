import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { stem } from '../understand/text.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** States a count of people can be of, told apart from the deed that put them there ("left", "fled", "held"). */
const STATES_TOLD_APART = /^(?:unaccounted|missing|disappeared|vanished|returned|recaptured|rescued|displaced|homeless|stranded|trapped|hospitali[sz]ed|hospitali[sz]ation|identified|unidentified|buried)$/;

/** States told in other words: "missing" as "unaccounted for", "hospitalised" as "taken to hospital". */
const SAME_STATE: ReadonlyArray<{ asked: RegExp; told: RegExp }> = [
  { asked: /^(?:unaccounted|missing|disappeared|vanished)$/, told: /\b(?:unaccounted|missing|disappeared|vanished)\b/ },
  { asked: /^hospitali[sz]/, told: /\b(?:hospitali[sz]\w*|(?:taken|rushed|admitted|brought|sent)\s+to\s+(?:a\s+|the\s+)?hospitals?|in\s+hospital)\b/ },
];

/**
 * "How many inmates are unaccounted for?" is not answered by "75 inmates left the jail" told before "27 remain
 * unaccounted for": a count of people in a state (missing, unaccounted for, returned, rescued, displaced) comes from a
 * sentence telling that state. The figure of the deed before it is declined.
 */
export function countOfAnotherState(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const states = intent.analysis.terms.filter((t) => t.part === 'focus' && t.sort === 'word' && STATES_TOLD_APART.test(t.fold));
  if (!states.length) return given;
  const said = tokenize([given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' '));
  const stems = new Set(said.map((t) => stem(t.fold)));
  const keys = new Set(said.map((t) => t.key));
  const text = said.map((t) => t.fold).join(' ');
  const untold = states.filter((s) => !keys.has(s.key) && !stems.has(stem(s.fold)) && !SAME_STATE.some((g) => g.asked.test(s.fold) && g.told.test(text)));
  if (!untold.length) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure counts people ${untold.map((s) => s.text).join(' or ')}.`, suggestionsFor(intent, index));
}
