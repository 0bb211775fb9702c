/**
 * "How many Varnians died on the ferry?": a count asked of a people by their plural name is answered only by a figure
 * written right before that name ("31 Varnians", "nine of them Varnians"); a total of everyone aboard ("212 people
 * were killed"), protesters counted elsewhere, or a figure whose clause counts another number of them first ("212
 * people, including nine Varnians" led by 212) counts other people. Declined.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { leadOf } from './count-of-another-year.ts';

/** A number as reports write one, in digits or words. */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|hundreds|dozens|thousands)`;

/** "how many Varnians", "how many of the Osks": a capitalised plural counted by itself, a verb or a preposition after. */
const ASKED = /\b[Hh]ow\s+[Mm]any\s+(?:more\s+|of\s+the\s+)?(\p{Lu}\p{Ll}{2,}s)\s+(?:were|was|are|have|had|died|killed|did|on|in|aboard|among|from|lost|perished)\b/u;

export function demonymCountedOther(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const m = ASKED.exec(intent.question ?? '');
  if (!m) return given;
  const people = m[1] as string;
  // ("Swedes", "Britons", "Varnians": the name less its plural ending, as a sentence may write it before a noun.)
  const stem = people.replace(/e?s$/, '');
  if (stem.length < 3) return given;
  // (Quoted titles set aside: "According to “…”, 212 people were killed.")
  const lead = leadOf(given.text.replace(/“[^”]*”/g, ' '));
  const number = new RegExp(`(?<![\\p{L}\\d.,])${NUMBER}(?![\\p{L}\\d])`, 'iu').exec(lead)?.[0];
  if (!number) return given;
  // (The figure, then at most six words holding no other number, then the people asked.)
  const told = new RegExp(`(?<![\\p{L}\\d.,])${escapeRe(number)}(?:\\s+(?!${NUMBER}\\b)[^\\s\\d.;:]+){0,6}?\\s+${escapeRe(stem)}`, 'iu');
  // (Or the people's name as the adjective of a noun the figure closes: "Varnian deportations from Osk, with 2,000 in May".)
  const before = new RegExp(`\\b${escapeRe(stem)}\\p{L}*(?:\\s+(?!${NUMBER}\\b)[^\\s\\d.;:]+){0,5}?\\s+${escapeRe(number)}(?![\\d.,]\\d)`, 'iu');
  const said = [given.text, ...given.citations.map((c) => c.excerpt ?? '')];
  if (said.some((s) => told.test(s) || before.test(s))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure counts the ${people} asked.`, suggestionsFor(intent, index));
}
