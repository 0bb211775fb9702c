import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { isFunctionWord, tokenize, type Token } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** The glosses the figure records are told by ("were killed", "were arrested or detained"): a harm done to people. */
const HARM_GLOSS = /\b(?:were killed|were injured|were arrested or detained|were executed|are missing|were displaced)\b/;

/** Words after a counted noun that are no verb of its own: auxiliaries, adverbs, prepositions. */
const NO_OWN_VERB = /^(?:were|was|are|is|be|been|being|have|has|had|did|do|does|will|would|could|can|may|might|must|should|shall|got|get|remain|remained|still|now|reportedly|allegedly|in|at|on|from|of|for|by|with|during|after|before|since|according|per|total|overall|altogether|exactly|so|far)$/;

/** Verbs that tell a harm in other words than the glosses ("died", "perished", "lost their lives", "were hanged"). */
const HARM_VERB = /^(?:die|died|dies|dying|dead|perish\w*|lost|lose|loses|losing|hang\w*|hung|execut\w*|kill\w*|murder\w*|slain|slaughter\w*|massacr\w*|shot|shoot\w*|arrest\w*|detain\w*|held|hold|jail\w*|imprison\w*|injur\w*|wound\w*|hurt|tortur\w*|disappear\w*|vanish\w*|sentenc\w*|convict\w*|condemn\w*|behead\w*|abduct\w*|kidnap\w*|seiz\w*|captur\w*|drown\w*|burn\w*|fell|fall\w*|displac\w*|fled|flee\w*|evacuat\w*|miss\w*|gone|went|taken)$/;

/**
 * The question's own verb after the noun it counts ("how many people visited …", "how many former prisoners live
 * at …"), when it is a verb of some doing that is no harm: none for "how many people were killed", "how many died".
 */
function ownVerbAsked(intent: Intent): Token | undefined {
  const tokens = tokenize(intent.question ?? '');
  const many = tokens.findIndex((t, i) => t.fold === 'many' && tokens[i - 1]?.fold === 'how');
  if (many < 0) return undefined;
  const counted = new Set(intent.analysis.counted ?? []);
  if (!counted.size) return undefined;
  // (The last word of the noun counted, within the few words after "how many".)
  let last = -1;
  for (let i = many + 1; i < Math.min(tokens.length, many + 6); i++) if (counted.has(tokens[i]?.key ?? '')) last = i;
  const verb = last >= 0 ? tokens[last + 1] : undefined;
  if (!verb || verb.cap || verb.value !== undefined || /\d/.test(verb.fold) || isFunctionWord(verb.fold)) return undefined;
  if (NO_OWN_VERB.test(verb.fold) || HARM_VERB.test(verb.fold) || HARM_VERB.test(verb.key.replace(/^@/, ''))) return undefined;
  return verb;
}

/**
 * The verb a count is asked by when the answer tells the figure as a harm (its record's gloss) and no sentence it
 * cites writes that verb: the figure counts people harmed, not people who did what is asked.
 */
export function tollForAnotherVerb(intent: Intent, given: Answer): string | undefined {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return undefined;
  const own = given.text.replace(/“[^”]*”?/g, ' ');
  if (!HARM_GLOSS.test(own)) return undefined;
  const verb = ownVerbAsked(intent);
  if (!verb) return undefined;
  const written = new Set(given.citations.flatMap((c) => tokenize(c.excerpt ?? '')).map((t) => t.key));
  return written.has(verb.key) ? undefined : verb.raw;
}

/**
 * "How many people toured the exhibit on the old massacre?" is not answered by "hundreds of prisoners were killed" read
 * from "the exhibit remembers the hundreds of prisoners who died": a count the question asks by a verb of its own
 * (toured, live, signed) that is no harm is not the toll of the occasion it names, told in a record's words ("were
 * killed", "were arrested or detained") from sentences that never write that verb. Declined.
 */
export function countAskedByAnotherVerb(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const verb = tollForAnotherVerb(intent, given);
  if (!verb) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest figure counts people harmed, not people who ${verb}.`, suggestionsFor(intent, index));
}
