import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { COUNTRIES, keyOf, tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Bodies a question ties to a country by its people's word: "the Dutch court", "Norwegian police". */
const BODY_NOUNS = /^(?:court|courts|tribunal|judges?|prosecutors?|police|government|authorities|ministry|army|military|forces|parliament|embassy|officials)$/;

/**
 * "What sentence did the Dutch court give X?" answered from a report of a Swedish court's verdict: a body the question
 * ties to a country ("the Dutch court", "Norwegian police") is told of only by a report that writes that country or
 * its people's word; a report that never does tells of another country's body. Declined.
 */
export function bodyOfAnotherCountry(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const q = tokenize(intent.question ?? '');
  const countries = q
    .filter((t, i) => ((t.key.startsWith('@') && COUNTRIES.has(t.key.slice(1))) || PEOPLES_WORD[t.fold]) && BODY_NOUNS.test(q[i + 1]?.fold ?? ''))
    .map((t) => (PEOPLES_WORD[t.fold] ? t.fold : t.key));
  if (!countries.length) return given;
  const ids = [...new Set(given.citations.map((c) => c.articleId))];
  const told = (key: string) =>
    ids.some((id) => {
      const a = index.article(id);
      return tokenize([a?.title ?? '', a?.text ?? ''].join('\n')).some((t) => isCountry(t, key));
    });
  const missing = countries.find((k) => !told(k)) ?? countries.find((k) => courtOfAnotherPlace(q, k, ids, index));
  if (!missing) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The report the answer rests on tells of no body of the country asked.', suggestionsFor(intent, index));
}

/**
 * Peoples' words the word families read as a language ("French", "German" are kept for the language's words), with
 * their country's name: a body of theirs is a country's too.
 */
const PEOPLES_WORD: Readonly<Record<string, string>> = { french: 'france', german: 'germany', italian: 'italy', belgian: 'belgium', austrian: 'austria', swiss: 'switzerland' };

/** Whether a token writes the country asked: its key, or a people's word or its country's name (in any of their languages: "deutschen", "Deutschland"). */
function isCountry(t: { key: string; fold: string }, asked: string): boolean {
  const country = PEOPLES_WORD[asked];
  return country ? t.fold === asked || t.fold === country || t.key === keyOf(asked) || t.key === keyOf(country) : t.key === asked;
}

/** The bodies of a court: a report ties them to the place they sit in ("the Kessel court", "a court in Orlania"). */
const COURT_NOUNS = /^(?:court|courts|tribunal|judges?|prosecutors?)$/;

/**
 * "How long did the Orlanian court give X?" against a report that writes Orlania only as where a plot was aimed, and
 * its court as "the criminal court of Kessel": a court the question ties to a country is told of only where the
 * report ties a court to that country too ("Orlanian judges", "a court in Orlania"), within three words; a report that
 * writes courts only of another place tells of another country's court.
 */
function courtOfAnotherPlace(q: ReturnType<typeof tokenize>, key: string, ids: string[], index: ArchiveIndex): boolean {
  if (!q.some((t, i) => isCountry(t, key) && COURT_NOUNS.test(q[i + 1]?.fold ?? ''))) return false;
  let courts = 0;
  for (const id of ids) {
    const a = index.article(id);
    const toks = tokenize([a?.title ?? '', a?.text ?? ''].join('\n'));
    for (let i = 0; i < toks.length; i++) {
      if (!COURT_NOUNS.test(toks[i]?.fold ?? '')) continue;
      courts++;
      if (toks.slice(Math.max(0, i - 3), i + 4).some((t) => isCountry(t, key))) return false;
    }
  }
  return courts > 0;
}
