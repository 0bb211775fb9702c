import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "how many people live in Varnia", "how many inhabitants does it have", "what is the population of …". */
const RESIDENTS_ASKED = /\bhow\s+many\s+(?:people|persons|ppl|inhabitants|residents|citizens)\s+(?:live|lives|living|reside|resides|dwell)\b|\bhow\s+many\s+(?:inhabitants|residents)\s+(?:does|do|did)\b|\bpopulation\s+of\b|\bhow\s+(?:big|large)\s+is\s+the\s+population\b/i;

/** Words a sentence tells how many live somewhere by: inhabitants, population, "a nation of 80 million", "home to". */
const RESIDENTS_TOLD = /\b(?:inhabitants?|populations?|populated|residents?|live\s+in|living\s+in|lives\s+in|home\s+to|(?:nation|country|city|town|state)\s+of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?\d)/i;

/**
 * "how many people live in Varnia?" asks how many live there, which a count of dead ("six people lost their lives")
 * does not tell, for all that "lives" is written like "live": only a sentence telling inhabitants, a population or
 * "a nation of N" answers. Declined otherwise.
 */
export function residentsUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !RESIDENTS_ASKED.test(intent.question ?? '')) return given;
  const said = [given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' ').replace(/\blost\s+(?:their|his|her)\s+lives\b/gi, ' ');
  if (RESIDENTS_TOLD.test(said)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells how many live there.', suggestionsFor(intent, index));
}
