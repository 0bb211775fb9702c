import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { COMMON_PLACE_WORDS, lexiconOf } from '../understand/lexicon.ts';
import { knownCities } from './event-match.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** What asks a crowd, a speaker or a speaker's words (not a place, a date or a role). */
/** Deeds a sentence places in a city. */
const DEEDS = 'gathered|demonstrated|rallied|marched|protested|assembled|met|held|took place|spoke|took to the streets|turned out|came out';
const EXPECTS = new Set(['count', 'agent', 'statement']);
/** The same deeds and gatherings as French and German reports write them, folded. */
const DEEDS_ABROAD = 'rassemblement|manifestation|organise|organisee|rassembles|manifeste|defile|kundgebung|demonstration|versammelten|demonstrierten|protestierten';
/** The deeds and gatherings of both lists, as written (accents kept). */
const DEEDS_WRITTEN = `${DEEDS}|rassemblement|manifestation|organisée?|rassemblés|manifesté|défilé|Kundgebung|Demonstration|versammelten|demonstrierten|protestierten`;
/** Nouns of a gathering in German, folded, that a town's adjective stands before ("die Veldener Kundgebung"). */
const GATHERINGS_DE = 'kundgebung|kundgebungen|demonstration|demonstrationen|demo|demos|versammlung|mahnwache|protestaktion|protestkundgebung|protestmarsch|feier';
/** Nouns of a gathering a question names a town before ("the varn rally"). */
const OCCASIONS = 'rally|rallies|protest|protests|demonstration|demo|march|vigil|gathering|sit-in';

/** Whether the archive writes a word after a preposition of place somewhere ("in Varn", "à Varn", "nach Varn"). */
function writtenAsPlace(index: ArchiveIndex, word: string): boolean {
  for (const [articleId, at] of index.sentencesWith(word)) {
    for (const i of at) {
      const raw = index.sentencesOf(articleId)[i]?.text ?? '';
      const text = ` ${fold(raw)} `;
      if (new RegExp(` (?:in|at|en|near|outside|from|nach|bei|aus) ${word} `).test(text)) return true;
      // (French "à Varn", read before folding: folded, "à" is the English article "a", and "a VLF spokesman" no town.)
      if ([...raw.matchAll(/(?<![\p{L}])à\s+(\p{L}[\p{L}'’-]*)/giu)].some((m) => fold(m[1] ?? '') === word && !/^\p{Lu}{2,}$/u.test(m[1] ?? ''))) return true;
    }
  }
  return false;
}

/**
 * "How many gathered in Orvel?", "who spoke at the orvel rally?" answered from a sentence that puts what it tells in
 * another city the archive knows ("In Kessa, more than 300 gathered …", "Thousands marched in Kessa …") and never names
 * the town asked: it tells of Kessa's gathering, not Orvel's (a report often names both cities, one sentence each).
 * A place asked by a landmark ("the harbour gate rally") may stand in a city the sentence names, and is left alone.
 * Declined.
 */
export function otherCityOfTheSentence(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !EXPECTS.has(intent.analysis.expects) || !given.citations.length) return given;
  const q = ` ${fold(intent.question ?? '')} `;
  const asked = intent.analysis.terms.filter((t) => {
    if (t.sort !== 'name') return false;
    // ("who organised the varn rally": a town named before the gathering, as reports write a town, is asked too.)
    // (Not a country: "the Free Iran rally" is no town's.)
    // (Nor a country beside a town, "the Kessa rally … in Iran": the sentence naming the country need not name the town.)
    if (COUNTRIES.has(t.fold)) return false;
    if (!t.locative) return new RegExp(` ${t.fold} (?:${OCCASIONS}) `).test(q) && writtenAsPlace(index, t.fold);
    // The word after the place's words: a venue noun makes it a landmark ("the arno gate rally").
    const after = new RegExp(`\\b${t.fold}((?: [a-z]+){0,2}?) ([a-z]+)\\b`).exec(q);
    return !after || !COMMON_PLACE_WORDS.has(after[2] as string) || ['rally', 'protest'].includes(after[2] as string);
  });
  if (!asked.length) return given;
  const known = knownCities(index);
  const excerpts = given.citations.map((c) => ` ${fold(c.excerpt ?? '')} `);
  if (excerpts.some((e) => asked.some((t) => e.includes(` ${t.fold} `) || e.includes(` ${t.key} `)))) return given;
  // The city the sentence puts what it tells in: opening it ("In Kessa, …") or after the deed ("marched in Kessa",
  // "gathered near the consulate in Kessa"),
  // not a city named for something else ("the regime in Kessa").
  // (In French or German: "un rassemblement organisé à Kessa", "die Kundgebung in Kessa".)
  // (German names a town's gathering by the town's adjective, "-er" after its name: "die Kessaer Kundgebung", "die
  // Harner Demo" of Harne.)
  const placedIn = (c: string) =>
    new RegExp(`^ (?:in|at) ${c} | (?:${DEEDS})(?: [a-z]+){0,3}(?: (?:near|outside|opposite|by) the(?: [a-z]+){1,3})? (?:in|at) ${c} | (?:${DEEDS_ABROAD})(?: [a-z]+){0,3} (?:a|in) ${c} | ${c.replace(/e$/, '')}er (?:${GATHERINGS_DE}) `);
  // (Or, the town asked being one the question names before its gathering, any capitalised name the sentence puts a
  // gathering in, as written: "un rassemblement organisé à Kessa" names Kessa a town whether or not an event holds it.)
  const townFirst = asked.some((t) => !t.locative);
  const placedRaw = townFirst
    ? given.citations.flatMap((c) => [...(c.excerpt ?? '').matchAll(new RegExp(`\\b(?:${DEEDS_WRITTEN})\\b(?:\\s+\\S+){0,3}?\\s+(?:à|in|at)\\s+(\\p{Lu}[\\p{L}’'-]+)`, 'giu'))].map((m) => fold(m[1] as string)))
        // (A name, never a word the archive writes in lower case: "in Der Nacht" places nothing.)
        .filter((c) => !lexiconOf(index).lowerSeen.has(c))
    : [];
  // (A town's German adjective before a gathering, "die Veldener Kundgebung", names the town when the archive writes
  // it as a place: "in Velden".)
  const adjectival = given.citations.flatMap((c) =>
    [...` ${fold(c.excerpt ?? '')} `.matchAll(new RegExp(` ([a-z]{3,})er (?:${GATHERINGS_DE}) `, 'g'))].flatMap((m) => [m[1] as string, `${m[1]}e`]),
  ).filter((c) => writtenAsPlace(index, c));
  placedRaw.push(...adjectival);
  // (A sentence that does not write the name, nor its stem before "-er", is not tested: most known cities are not in it.)
  const other = [...known, ...placedRaw].find((c) => !q.includes(` ${c} `) && !COUNTRIES.has(c) && excerpts.some((e) => e.includes(c.replace(/e$/, '')) && placedIn(c).test(e)));
  if (!other) return given;
  // A place the reports put inside that city ("Kessa's Arno Square", "Arno Square in Kessa") is no other town.
  // (Folded, "Kessa's Arno Square" is "kessa arno square"; "in Kessa and Arno" names two towns.)
  // (Not across "and": "in Tarnow und in Velden" names two towns.)
  const within = (t: string) => new RegExp(` ${other} ${t} | ${t}(?: (?!and |und |et )[a-z]+){0,3} (?:in|of) ${other} `);
  const reports = [...new Set(given.citations.map((c) => c.articleId))].map((id) => ` ${fold(index.article(id)?.text ?? '')} `);
  if (asked.some((t) => reports.some((r) => within(t.fold).test(r)))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The sentence that answers tells of ${other.replace(/\b\p{L}/gu, (l) => l.toUpperCase())}, not of the place asked.`, suggestionsFor(intent, index));
}
