import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold, escapeRe } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
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

/** Month and weekday words an event's city is sometimes mistaken for ("Attack in Aug", "in Tuesday's"). */
const CALENDAR_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*$/;

/**
 * "When did the Varn siege take place?": a date read from sentences that never name the one city asked, but name
 * another city the archive knows ("The Kessa siege took place on 4 May"), is that other city's date. Declined, unless
 * the cited reports tie the two places in one sentence (a district and its city: "Varn, outside Kessa").
 */
export function dateOfAnotherCity(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'date' || !given.citations.length) return given;
  const known = knownCities(index);
  const asked = [...new Set(intent.analysis.terms.filter((t) => t.locative && known.has(t.fold)).map((t) => t.fold))];
  if (asked.length !== 1) return given;
  const place = asked[0] as string;
  const q = ` ${fold(intent.question ?? '')} `;
  const said = ` ${fold([given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' '))} `;
  const names = (c: string) => said.includes(` ${c} `);
  if (names(place)) return given;
  const others = [...known].filter((c) => c.length > 2 && !CALENDAR_WORD.test(c) && !COUNTRIES.has(c) && !q.includes(` ${c} `) && names(c));
  if (!others.length) return given;
  const tied = [...new Set(given.citations.map((c) => c.articleId))].some((id) =>
    index.sentencesOf(id).some((s) => {
      const text = ` ${fold(s.text)} `;
      return text.includes(` ${place} `) && others.some((c) => text.includes(` ${c} `));
    }),
  );
  if (tied) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The date found is of what happened in another place than the one asked.', suggestionsFor(intent, index));
}
