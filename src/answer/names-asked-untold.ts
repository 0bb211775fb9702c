import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { ORG_WORDS, PLACE_WORDS } from './reader/spans.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2, '2': 2, '3': 3, '4': 4, '5': 5 };

/** "What were the names of the two guards …", "who are the three men charged …": the people asked, and how many. */
const NAMES_ASKED = /\b(?:names?\s+of\s+(?:the\s+)?|^(?:and\s+|so\s+)?who\s+(?:are|were)\s+the\s+)(two|three|four|five|both|[2-5])\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+?)(?=\s+(?:the|a|an|who|whom|that|whose|which|charged|accused|arrested|expelled|deported|named|held|detained|sentenced|convicted|jailed|suspected|sent|from|in|at|of|over|for|by|behind)\b|\s*[?,.]|$)/iu;

/** Things a name is given to that are no person. */
const NOT_PEOPLE = /\b(?:groups?|bodies|countries|cities|towns|villages|places|channels?|outlets?|companies|firms|ships|boats|prisons?|newspapers?|papers|parties|units?|agencies|ministries|banks|cars|planes|flights|streets|roads|bridges|operations?|plots?|cases?|charges?|laws?|resolutions?|reports?|books?|films?|songs?|projects?|programmes?|programs?)\b/i;

/** A capitalised run of two words or more: a full name, a body or a place. */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:al|el|de|van|von|bin|ibn|di|da|du|la|le)\s+)?\p{Lu}[\p{L}'’.-]+)+/gu;

/** The names a sentence lists together ("Ilse Varro, Oda Lind and Jonas Tepp"), each list folded. */
function namedList(sentence: string): string[][] {
  const name = NAME_RUN.source;
  const lists = sentence.matchAll(new RegExp(`${name}(?:\\s*,\\s*${name})*,?\\s+and\\s+${name}`, 'gu'));
  return [...lists].map((m) => [...m[0].matchAll(NAME_RUN)].map((n) => fold(n[0])).filter((n) => !n.split(' ').some(notAPersonWord)));
}

/** A word no person's name holds: a body's or a place's head noun. */
const notAPersonWord = (w: string): boolean => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || w === 'service' || w === 'services';

/**
 * "What were the names of the two guards sent home from Varn?" answered "Varn (according to …)" or "the Harbour
 * Board, Ilse Marr": the people asked are named only by an answer naming that many people. An answer naming fewer
 * (a place, a body, one person beside them) is declined; its sentence tells of them without their names.
 */
export function namesAskedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'who' && intent.kind !== 'role')) return given;
  const asked = NAMES_ASKED.exec((intent.question ?? '').trim());
  if (!asked?.[1] || !asked[2]) return given;
  // ("who were the two clerks Dorvia sent home": the head ends before a name that begins the clause after it.)
  const head = asked[2].replace(/(?:\s+\p{Lu}[\p{L}'’-]*)+$/u, '') || asked[2];
  // (The head noun says what is named: "embassy workers" are people, "embassy buildings" are not.)
  const headNoun = fold(head).split(' ').at(-1) ?? '';
  if (NOT_PEOPLE.test(head) || ORG_WORDS.has(headNoun) || PLACE_WORDS.has(headNoun)) return given;
  const wanted = NUMBER_WORDS[asked[1].toLowerCase()] ?? 1;
  // (The answer's own words: quoted sentences and parenthesised sources or roles are no names it gives.)
  const own = given.text.replace(/“[^”]*”?/g, ' ').replace(/\([^)]*\)/g, ' ');
  const surnames = new Set(index.data.speakers.map((s) => fold(s.name).split(' ').at(-1) ?? '').filter((w) => w.length > 2));
  const people = new Set<string>();
  for (const m of own.matchAll(NAME_RUN)) {
    const words = fold(m[0]).split(' ');
    if (words.some(notAPersonWord)) continue;
    people.add(fold(m[0]));
  }
  // (A surname alone counts when some person of the archive bears it: "Orr and Brand".)
  for (const m of own.matchAll(/\b\p{Lu}[\p{L}'’-]{2,}\b/gu)) {
    const w = fold(m[0]);
    if (surnames.has(w) && !notAPersonWord(w) && ![...people].some((p) => p.split(' ').includes(w))) people.add(w);
  }
  if (people.size >= wanted) return given;
  // ("Jonas Tepp", from "named the two pilots as Ilse Varro and Jonas Tepp": one of a list of the names asked is a
  // short answer, not another person's name.)
  if (people.size && given.citations.some((c) => namedList(c.excerpt ?? '').some((list) => list.length >= wanted && [...people].every((p) => list.includes(p))))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence gives the names of the ${head} asked.`, suggestionsFor(intent, index));
}
