import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { isFunctionWord, tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Words of a date question that ask for the date itself, not what was done. */
const DATE_WORDS = /^(?:when|what|which|year|date|day|days|month|time|exactly|happen|happened|take|took|place|held|did|does|was|were|on|in|quand|quel|quelle|date|jour|annee|mois)$/;

/** The occasion a date question reckons from, closing it: "… after the Velm attack?", "… following the truce?". */
const OCCASION_AFTER = /\s(?:after|before|following|since|apres|avant|suite\s+a)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?[^,;?]{3,80}\??\s*$/iu;

/** Families of the occasions a question reckons from. */
const OCCASION_KEYS: ReadonlySet<string> = new Set(['@attack', '@rally', '@kill', '@uprising', '@chemical', '@execute', '@arrest']);

/**
 * "On what date did the navy shell the port after the Velm attack?" answered with the day of the Velm attack: the
 * occasion the question reckons from is dated, not the deed asked. A date whose cited sentences hold none of the
 * words of the deed asked (the clause before "after …"), only those of the occasion, is declined.
 */
export function dateOfTheOccasionAfter(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'when' || !given.citations.length) return given;
  const q = intent.question ?? '';
  const occasion = OCCASION_AFTER.exec(q);
  if (!occasion) return given;
  const main = tokenize(q.slice(0, occasion.index)).filter((t) => !t.cap && t.fold.length >= 3 && !isFunctionWord(t.fold) && !DATE_WORDS.test(t.fold));
  if (main.length < 2) return given;
  // (Only an occasion of the genre, an attack or a gathering, "after the Velm attack"; "named after Tehran" names none.)
  const told = tokenize(occasion[0]).filter((t) => t.fold.length >= 3 && !isFunctionWord(t.fold) && !DATE_WORDS.test(t.fold));
  if (!told.some((t) => OCCASION_KEYS.has(t.key))) return given;
  const cited = new Set(tokenize(given.citations.map((c) => c.excerpt ?? '').join(' ')).map((t) => t.key));
  // (The sentences cited must tell the occasion, and nothing of the deed: a sentence of the deed in another language,
  // "délégations reçues" for "delegations received", may share no word with the question.)
  if (main.some((t) => cited.has(t.key)) || !told.some((t) => !OCCASION_KEYS.has(t.key) && cited.has(t.key))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The date it holds is of the occasion the question reckons from, not of the deed asked.', suggestionsFor(intent, index));
}
