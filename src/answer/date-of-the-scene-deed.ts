import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent, QuestionTerm } from '../domain/types.ts';
import { fold, stem } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Words of a date question that ask for the date, or press the question, not what was done. */
const ASKING_WORDS = new Set([
  'when', 'what', 'which', 'year', 'years', 'date', 'dates', 'day', 'days', 'month', 'months', 'time', 'exactly', 'actually', 'really',
  'happen', 'happened', 'happens', 'take', 'took', 'place', 'held', 'first', 'last', 'again', 'ever', 'finally', 'one', 'two', 'three',
]);

/**
 * "When did the break-in at the Dorvia archive happen, the one that made Ostrava recall its envoy?" answered "May 3"
 * from "Ostrava recalled its envoy on May 3": the clause after the comma only sets the scene, and a date told of that
 * deed is not the date asked. When the cited sentences write words of the scene-setting clause and none of the words
 * of the clause that asks (names aside, which a report repeats everywhere), the date is of the other deed. Declined.
 */
export function dateOfTheSceneDeed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'when' && intent.analysis.expects !== 'date') || !given.citations.length) return given;
  const terms = intent.analysis.terms;
  const content = (t: QuestionTerm): boolean => t.fold.length >= 3 && !ASKING_WORDS.has(t.fold);
  const scene = terms.filter((t) => !t.inAsk && t.sort === 'word' && !/^\p{Lu}/u.test(t.text) && content(t));
  const asked = terms.filter((t) => t.inAsk && t.sort === 'word' && !/^\p{Lu}/u.test(t.text) && content(t));
  if (!scene.length || !asked.length) return given;
  // (Only a clause set after the question, ", the one that …": words set before it, "Brenn vigil - what time did it
  // start?", name what the question is about.)
  const lastAsked = Math.max(...asked.map((t) => t.at));
  if (scene.some((t) => t.at < lastAsked)) return given;
  const cited = fold(given.citations.map((c) => c.excerpt ?? '').join(' ')).split(' ');
  const stems = new Set(cited.map(stem));
  // (A word and its kin: "expelled" and "expulsion", "killed" and "killings" share their first letters.)
  const held = (t: QuestionTerm): boolean => {
    const k = stem(t.fold);
    return stems.has(k) || (k.length >= 5 && cited.some((w) => w.startsWith(k.slice(0, 5))));
  };
  if (!scene.some(held) || asked.some(held)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The date it holds is of the deed the question mentions only to set the scene.', suggestionsFor(intent, index));
}
