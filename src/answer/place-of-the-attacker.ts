import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES, countryStem } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Nouns of an attack that an adjective of a country names the doer of: "Varnian strikes". (Not its forces: "Kessian police" act at home.) */
const ATTACK_NOUNS = /^(?:attacks?|strikes?|airstrikes?|air\s+strikes?|raids?|air\s+raids?|bombings?|bombardments?|shelling|missiles?|rockets?|drones?|jets?|warplanes?|offensive|invasion|assault)$/;

/** The country a question puts its event in ("damaged in varnia", "killed inside Kessia"), folded. */
function countryAsked(question: string): string | undefined {
  const q = fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const m of q.matchAll(/\b(?:in|inside)\s+(?:the\s+)?(\p{L}+)/gu)) {
    const w = m[1] ?? '';
    if (COUNTRIES.has(w)) return w;
  }
  return undefined;
}

/**
 * "How many schools were damaged in Varnia?" is not answered by "twelve schools were damaged in the Varnian strikes":
 * a country's adjective before an attack or a force names who struck, not where; the count is of the place struck.
 * An answer whose sentences write the country asked only that way (never its name) is declined.
 */
export function placeOfTheAttacker(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const country = countryAsked(intent.question ?? '');
  if (!country) return given;
  // (The answer's own words, not the titles of the reports it names: "reported by “… war with Varnia”".)
  const head = (given.text.split('“')[0] ?? '').replace(/\([^)]*\)?/g, ' ');
  const said = fold([head, ...given.citations.map((c) => c.excerpt ?? '')].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ');
  if (new RegExp(`\\b${country}\\b`).test(said)) return given;
  const stemOf = countryStem(country);
  const words = said.split(' ');
  const asAttacker = words.some(
    (w, i) => w !== country && w.startsWith(stemOf) && (ATTACK_NOUNS.test(words[i + 1] ?? '') || ATTACK_NOUNS.test(`${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`)),
  );
  if (!asAttacker) return given;
  // (Only when the sentence, or the title of its report, names another country: "Syrian warplanes bombed Harun in
  // Dessa province" tells of something in Syria, a country's own planes over its own towns; "… in the Varnian attacks"
  // in a report titled "Kessia says 600 killed in war with Varnia" tells of Kessia.)
  const titles = fold(given.citations.map((c) => index.article(c.articleId)?.title ?? '').join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const elsewhere = `${said} ${titles}`.split(' ').some((w) => w !== country && COUNTRIES.has(w));
  if (!elsewhere) return given;
  const name = country.replace(/^\p{L}/u, (l) => l.toUpperCase());
  return notAnswered(intent, `The archive has nothing that answers this. The sentence found tells of ${name}'s attacks elsewhere, not of something in ${name}.`, suggestionsFor(intent, index));
}
