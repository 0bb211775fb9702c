import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { isFunctionWord, tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "where did the organisers set up the stage", "where was the tent pitched": the thing put somewhere, after its verb. */
const OBJECT_PLACED =
  /\bwhere\b.*?\b(?:set\s+up|setting\s+up|put\s+up|putting\s+up|erect(?:ed)?|pitch(?:ed)?|install(?:ed)?|(?<!\b(?:take|takes|took|taking|taken)\s)place[ds]?|hung|hang|build|built|unveil(?:ed)?|park(?:ed)?|lay|laid)\s+(?:(?:the|a|an|their|its|his|her)\s+)?((?!(?:in|at|on|near)\b)[\p{L}'’-]+(?:\s+(?!(?:in|at|on|near)\b)[\p{L}'’-]+)?)/iu;
const OBJECT_PLACED_PASSIVE =
  /\bwhere\s+(?:was|were|is|are|will)\s+(?:(?:the|a|an|their|its|his|her)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+(?:be\s+)?(?:set\s+up|put\s+up|erected|pitched|installed|placed|hung|built|unveiled|parked|laid)\b/iu;

/**
 * "Where did the organisers set up the stage in Kessel Square?" answered with the place a caption says the marchers
 * gathered at: a question on where a thing was put (a stage set up, a tent pitched, a banner hung) is answered only by
 * a sentence that names that thing. Declined otherwise.
 */
export function objectPlacedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'place' || !given.citations.length) return given;
  const q = intent.question ?? '';
  const phrase = (OBJECT_PLACED_PASSIVE.exec(q) ?? OBJECT_PLACED.exec(q))?.[1];
  if (!phrase) return given;
  const things = tokenize(phrase).filter((t) => t.fold.length >= 3 && !isFunctionWord(t.fold) && !/^\d/.test(t.fold) && !t.key.startsWith('@'));
  // (Only the first noun after the verb: "the stage in the square" is about the stage.)
  const thing = things[0];
  if (!thing) return given;
  const said = given.citations.flatMap((c) => tokenize(c.excerpt ?? ''));
  if (said.some((t) => t.key === thing.key || t.parts?.includes(thing.key))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells where the ${thing.fold} was.`, suggestionsFor(intent, index));
}
