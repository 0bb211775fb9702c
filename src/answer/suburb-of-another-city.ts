import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Which Ostrel suburb", "in which suburb of Ostrel", "what Ostrel district": the city whose part is asked. */
const PART_OF_CITY_ASKED = [
  /\b(?:which|what)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:suburb|district|neighbou?rhood|borough|quarter|commune|municipality)\b/u,
  /\b(?:which|what)\s+(?:suburb|district|neighbou?rhood|borough|quarter|commune|municipality)\s+(?:of|outside|near)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u,
];

/**
 * "In which Ostrel suburb were the pair stopped?" answered "The Lindau suburb of Kerry": a place the answer gives as a
 * part of another city ("the Lindau suburb of …", "…, a suburb of Lindau") is not the part of the city asked. Declined
 * when the answer's own words never name the city asked.
 */
export function suburbOfAnotherCity(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'where' && intent.analysis.expects !== 'place')) return given;
  const question = intent.question ?? '';
  const city = PART_OF_CITY_ASKED.map((re) => re.exec(question)?.[1]).find((c) => !!c);
  if (!city) return given;
  const lead = given.text.split('“')[0] ?? '';
  const leadFolded = ` ${fold(lead)} `;
  if (leadFolded.includes(` ${fold(city)} `)) return given;
  const other = /\b(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:suburb|district|neighbou?rhood|borough)\s+of\b|\b(?:suburbs?|outskirts|district|neighbou?rhood|borough)\s+of\s+(\p{Lu}[\p{L}'’-]+)/u.exec(lead);
  const named = other?.[1] ?? other?.[2];
  if (!named || fold(named) === fold(city)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The place it gives is part of ${named}, not of ${city}.`, suggestionsFor(intent, index));
}
