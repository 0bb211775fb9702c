import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Plural nouns of what happens, capitalised in a headline's name of it ("Velora Protests"): an event, never a place. */
const EVENT_PLURALS = new Set(['protests', 'demonstrations', 'rallies', 'marches', 'uprisings', 'riots', 'killings', 'clashes', 'strikes', 'elections', 'executions', 'arrests']);

/** Words after a name that make it a body that publishes or broadcasts, not a place. */
const OUTLET_AFTER = String.raw`(?:(?:state\s+|official\s+|national\s+)?news\s+(?:agency|outlet|site|channel|network|service)|agency|newspaper|daily|broadcaster|television|TV|radio|channel|website)\b`;

/**
 * "Where was she when she spoke?", "where did the march end?": the place an answer leads with must be one. Members
 * of a body written as a plural acronym ("handed the appeal to the MEPs") are people, and a headline's capitalised
 * name of an uprising ("900 Detained in Velora Protests") is an event: neither answers where. Declined.
 */
export function placeNamedNoPlace(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'place') return given;
  const lead = /^(.+?)\s+\((?:according to|reported by)\b/.exec(given.text)?.[1];
  const last = lead?.split(/\s+/).at(-1);
  if (!lead || !last || lead.includes('“')) return given;
  const people = /^\p{Lu}{2,}s$/u.test(last);
  const event = /^\p{Lu}/u.test(last) && EVENT_PLURALS.has(fold(last));
  // ("according to the state-run Kell news agency": a name the sentences write before "news agency" is a body.)
  const outlet = new RegExp(`(?<![\\p{L}])${escapeRe(last)}\\s+${OUTLET_AFTER}`, 'u');
  const body = /^\p{Lu}/u.test(last) && given.citations.some((c) => outlet.test(c.excerpt ?? ''));
  if (!people && !event && !body) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence names the place asked.', suggestionsFor(intent, index));
}
