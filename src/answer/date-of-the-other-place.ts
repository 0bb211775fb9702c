import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold, escapeRe } from '../understand/text.ts';
import { knownCities } from './event-match.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * "When is the Varna protest that follows the Kessel rally?": of two cities the question names, the first is where the
 * thing asked happens; the other only points to it. A date from sentences naming only that other city (the Kessel
 * rally's own day) is the date of the other event, not of the one asked. Declined.
 */
export function dateOfTheOtherPlace(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'date' || !given.citations.length) return given;
  const known = knownCities(index);
  const cities = [...new Set(intent.analysis.terms.filter((t) => t.locative && known.has(t.fold)).map((t) => t.fold))];
  if (cities.length < 2) return given;
  const q = ` ${fold(intent.question ?? '')} `;
  cities.sort((a, b) => q.indexOf(` ${a}`) - q.indexOf(` ${b}`));
  const [asked, ...others] = cities;
  const said = ` ${fold([given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' '))} `;
  const names = (c: string) => new RegExp(`[^\\p{L}]${escapeRe(c)}[^\\p{L}]`, 'u').test(said);
  if (!asked || names(asked) || !others.some(names)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The date found is of what happened in the other place the question names.', suggestionsFor(intent, index));
}
