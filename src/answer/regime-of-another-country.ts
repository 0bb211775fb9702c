import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { COUNTRIES, tokenize, type Token } from '../understand/vocabulary.ts';
import { fold } from '../understand/text.ts';
import { adjectiveOf } from './reader/candidates-statement.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Bodies a sentence ties to a country by its people's word, as a protest is against or before them. */
const BODY = /^(?:regime|regimes|embassy|embassies|government|authorities)$/;

/** The country a people's word names ("oskan" → "oska"), when it is one. */
function countryOfPeople(t: Token): string | undefined {
  if (!t.cap && !t.key.startsWith('@')) return undefined;
  for (const c of COUNTRIES) {
    const f = fold(c);
    if (adjectiveOf(t.fold, f)) return f;
  }
  return undefined;
}

/** "the Oskan regime" → the country and the body, for each such pair in a text. */
function bodiesOfCountries(tokens: Token[]): Array<{ country: string; body: string; noun: string; object: boolean }> {
  const out: Array<{ country: string; body: string; noun: string; object: boolean }> = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!next || !BODY.test(next.fold)) return;
    const country = countryOfPeople(t);
    // (Whether the body is what a protest stood against or before: "against the Varnian regime", "outside the
    // Varnian embassy", "in front of the Varnian embassy".)
    const object = tokens.slice(Math.max(0, i - 3), i).some((x) => OBJECT_OF_PROTEST.has(x.fold));
    if (country) out.push({ country, body: next.fold.replace(/(?:ies|s)$/, ''), noun: next.fold, object });
  });
  return out;
}

const OBJECT_OF_PROTEST = new Set(['against', 'outside', 'front', 'before', 'opposite', 'near', 'at', 'toward', 'towards']);

/**
 * "Where are the weekly protests against the Oskan regime held?" answered with a rally "in front of the Varnian
 * regime's embassy": a body the question ties to one country by its people's word (a regime, an embassy, a
 * government) is told of by an answering sentence that writes that body of that country; one that writes the same
 * body only of another country tells of another protest. Declined.
 */
export function regimeOfAnotherCountry(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const asked = bodiesOfCountries(tokenize(intent.question ?? ''));
  if (!asked.length) return given;
  const told = bodiesOfCountries(tokenize(given.citations.map((c) => c.excerpt ?? '').join(' ')));
  const other = asked.find((a) => {
    // (Another country's body named in passing, "urging the Varnian government to act", tells of no other protest.)
    const same = told.filter((t) => t.body === a.body && t.object);
    return same.length > 0 && !same.some((t) => t.country === a.country);
  });
  if (!other) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The sentence that answers tells of another country's ${other.noun} than the one asked.`, suggestionsFor(intent, index));
}
