import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COMMON_PLACE_WORDS, lexiconOf } from '../understand/lexicon.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { knownCities } from './event-match.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** What asks a crowd, a day, a speaker or a speaker's words (a place asked is another question). */
const EXPECTS = new Set(['count', 'date', 'agent', 'statement']);

/**
 * "when did the harbour square sit-in begin?", "how many at the harbour square rally?": a venue of two or more words
 * the archive knows as a place ("Harbour Square", learned from its reports) places the occasion asked; an answer from
 * reports none of which writes that venue (nor its own distinctive word as a name: "Belvédère" for "Belvedere Square") tells of
 * an occasion somewhere else. Declined.
 */
export function venueUnheld(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !EXPECTS.has(intent.analysis.expects) || !given.citations.length) return given;
  const q = ` ${fold(intent.question ?? '')} `;
  const cities = knownCities(index);
  const venues = [...lexiconOf(index).places.keys()].filter(
    (p) => p.includes(' ') && q.includes(` ${p} `) && !cities.has(p) && !COUNTRIES.has(p) && !p.split(' ').some((w) => cities.has(w)),
  );
  // (The longest: "trafalgar square", not also "square".)
  const asked = venues.filter((v) => !venues.some((o) => o !== v && o.includes(v)));
  if (!asked.length) return given;
  const reports = [...new Set(given.citations.map((c) => c.articleId))].map((id) => {
    const a = index.article(id);
    const raw = [a?.title ?? '', a?.text ?? ''].join(' ');
    return { folded: ` ${fold(raw)} `, plain: raw.normalize('NFD').replace(/\p{M}/gu, '') };
  });
  // (Its own word written as a name, capitalised: "Place du Belvédère" for "Belvedere Square", not "the harbour".)
  const asName = (w: string) => new RegExp(`(?<![\\p{L}])${w.charAt(0).toUpperCase()}${w.slice(1)}(?![\\p{L}])`, 'u');
  const held = (v: string) => {
    const own = v.split(' ').filter((w) => w.length >= 4 && !COMMON_PLACE_WORDS.has(w));
    return reports.some((r) => r.folded.includes(` ${v} `) || (own.length > 0 && own.every((w) => asName(w).test(r.plain))));
  };
  const missing = asked.filter((v) => !held(v));
  if (!missing.length) return given;
  const named = lexiconOf(index).places.get(missing[0] as string) ?? missing[0];
  return notAnswered(intent, `The archive has nothing that answers this. No report that answers names ${named}.`, suggestionsFor(intent, index));
}
