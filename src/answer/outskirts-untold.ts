import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { citedReportsFolded } from './named-body-untold.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A question asking a place outside a city, not in it ("in the Harnau suburbs", "on the outskirts of Harnau"). */
const OUTSKIRTS_ASKED = /\b(?:suburbs?|suburban|outskirts|banlieues?|commuter belt)\b/;
/** Words a report tells a place outside a city by, in English, French and German (folded). */
const OUTSKIRTS_TOLD = /\b(?:suburbs?|suburban|outskirts|banlieues?|peripherie|periphery|environs|vorort\w*|umland|stadtrand|agglomeration|countryside|rural|rif|neighbou?rhoods?|district)\b/;

/**
 * "Where was the rally in the Harnau suburbs held?" answered by a venue from a report that never tells of anything
 * outside the city (no suburb, no outskirts, no "north of Harnau"): the venue is the city's own, not the suburb asked.
 * Declined.
 */
export function outskirtsUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'place' || !given.citations.length) return given;
  const q = ` ${fold(intent.question ?? '')} `;
  if (!OUTSKIRTS_ASKED.test(q)) return given;
  const cities = intent.analysis.terms.filter((t) => t.sort === 'name' && t.locative).map((t) => t.fold);
  const near = (c: string) => new RegExp(`\\b(?:near|outside|close to|(?:north|south|east|west)(?:-?(?:east|west))? of|(?:au )?(?:nord|sud|est|ouest) de|pres de|aux portes de|nordlich von|sudlich von|ostlich von|westlich von|bei) ${c}\\b`);
  const reports = citedReportsFolded(index, given);
  if (reports.some((r) => OUTSKIRTS_TOLD.test(r) || cities.some((c) => near(c).test(r)))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report that answers tells of a place outside the city asked.', suggestionsFor(intent, index));
}
