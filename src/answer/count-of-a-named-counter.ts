import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * The counters a sentence credits its count to in so many words, as English, French and German write it (folded
 * text, punctuation kept out): the police, the organisers, the authorities.
 */
const NAMED_COUNTERS: ReadonlyArray<{ name: string; words: RegExp; credit: RegExp }> = [
  {
    name: 'the police',
    words: /^(?:police|polizei|prefecture)$/,
    credit: /\b(?:selon la (?:police|prefecture)|d apres la police|according to (?:the )?police|police (?:said|says|say|estimated|estimates|counted|put)|nach polizeiangaben|laut polizei|nach angaben der polizei)\b/,
  },
  {
    name: 'the organisers',
    words: /^(?:organi[sz]ers?|organisateurs?|veranstalter\w*)$/,
    credit: /\b(?:selon les organisateurs|according to (?:the )?organi[sz]ers|organi[sz]ers (?:said|say|says|claimed|estimated)|laut (?:den )?veranstalter\w*|nach angaben der veranstalter)\b/,
  },
  {
    name: 'the authorities',
    words: /^(?:authorities|officials|government|autorites|behorden)$/,
    credit: /\b(?:(?:authorities|officials|government)(?: \w+){0,8} (?:have |has |had )?(?:confirmed|acknowledged|announced)|according to (?:the )?(?:authorities|officials|government)|selon les autorites|laut (?:den )?behorden)\b/,
  },
];

/** Words a sentence credits a named body with ("X said", "according to X", "selon X"), after or before its name. */
function creditsTheClaimant(excerpt: string, word: string): boolean {
  const w = escapeRe(word);
  return new RegExp(`\\b(?:according to|selon|laut|per|by|d apres)(?: the| la| le| l| les| der| die| den)? ${w}\\b|\\b${w}(?: \\w+){0,3} (?:said|says|say|reported|reports|estimated|estimates|counted|counts|recorded|documented|confirmed|put|puts|gave|gives|raised|raises|claimed|announced|announces|told|tells|stated|states)\\b`).test(excerpt);
}

/**
 * "How many marched, as the Varnia League counted it?" answered "2,000" from "2,000 people, according to police,
 * marched …, backed by the Varnia League": a count asked of a body by name (the claimant) is not the one its own
 * sentence credits in so many words to the police, the organisers or the authorities, where the sentence never gives
 * it as that body's (it may name the body for something else). Declined.
 */
export function countOfANamedCounter(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const claimant = (intent.analysis.claimant ?? []).map((w) => fold(w)).filter((w) => w.length > 2);
  if (!claimant.length) return given;
  const excerpt = ` ${fold(given.citations[0]?.excerpt ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  // "How many did the organisers say came?" answered "3500" from "Selon la préfecture, la manifestation a rassemblé 3500
  // personnes": the police's count is not the organisers'. The question asking one of these counters is answered only
  // by a sentence that does not credit its count to another of them in so many words (or credits the one asked too).
  const asked = NAMED_COUNTERS.find((c) => claimant.some((w) => c.words.test(w)));
  if (asked) {
    const other = NAMED_COUNTERS.find((c) => c !== asked && c.credit.test(excerpt));
    if (!other || asked.credit.test(excerpt) || claimant.some((w) => creditsTheClaimant(excerpt, w))) return given;
    return notAnswered(intent, `The archive has nothing that answers this. The closest count is the one ${other.name} gave, not ${asked.name.endsWith('s') ? `${asked.name}'` : `${asked.name}'s`}.`, suggestionsFor(intent, index));
  }
  const counter = NAMED_COUNTERS.find((c) => c.credit.test(excerpt));
  if (!counter) return given;
  if (claimant.some((w) => creditsTheClaimant(excerpt, w))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest count is the one ${counter.name} gave, not one from the source asked.`, suggestionsFor(intent, index));
}
