import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** The two counters a crowd's report usually credits, as English, French and German write them (folded). */
const COUNTERS: ReadonlyArray<{ name: string; words: RegExp }> = [
  { name: 'the organisers', words: /\b(?:organi[sz]ers?|organi[sz]ateurs?|organisatrices?|organisatoren|organisator(?:in|innen)?|veranstalter(?:in|innen|n)?|initiatoren)\b/ },
  // (Not the police a sentence tells of otherwise: "died in police custody", "the morality police", "la police
  // politique", as `POLICE_WORDS` of the reader's counts.)
  { name: 'the police', words: /\b(?<!(?:morality|secret|religious|riot|moral)\s)(?:police|polizei\w*|prefecture|gendarmerie|kantonspolizei|stadtpolizei)(?!\s+(?:custody|station|cells?|van|car|vehicles?|brutality|violence|headquarters|politique|secrete|des moeurs|religieuse|militaire))\b/ },
];

/**
 * "How many took part, according to the Velden Courier?" answered "2600" from "Die Veranstalter sprachen von 2600
 * Menschen": a count asked of a source named by its name (an outlet, an agency) is not the one its sentence gives as
 * the organisers' or the police's, in a sentence that never writes the source asked. Declined.
 */
export function countOfTheOtherCounter(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const source = intent.analysis.terms.filter((t) => t.sort === 'source').map((t) => t.fold);
  if (!source.length) return given;
  const q = ` ${fold(intent.question ?? '')} `;
  // (The question asking the organisers or the police themselves is the other checks' to read.)
  if (COUNTERS.some((c) => c.words.test(q))) return given;
  const excerpt = ` ${fold(given.citations[0]?.excerpt ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (source.some((w) => excerpt.includes(` ${w} `))) return given;
  const counter = COUNTERS.find((c) => c.words.test(excerpt));
  if (!counter) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest count is the one ${counter.name} gave, not one from the source asked.`, suggestionsFor(intent, index));
}
