import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { unaccentLower } from '../index/fold.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES, tokenize } from '../understand/vocabulary.ts';
import { memo } from './memo.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Nouns a place's own name stands beside, as questions and reports write them: "camp Orla", "Orla camp". */
const PLACE_NOUNS = 'camp|square|park|prison|airport|base|district|province|village|town|city';
/** Prepositions a place is written after (folded: "à" is read as "a", the English article, and left out). */
const PLACE_PREPOSITIONS = 'in|at|near|outside|inside|across|en|bei|nach|am|vor';
/** Occasions a question may name by their place before them: "the Orlaplatz rally", "the kessel square march". */
const OCCASION_NOUNS = 'rally|march|protest|demo|demonstration|gathering|vigil|sit-in';

/**
 * Whether the archive writes a word as a place's name, capitalised: after a preposition of place or beside a place
 * noun ("at Camp Orla", "the Orla camp", "in Orla"). Folded words; memoised per index.
 */
function writtenAsPlaceName(index: ArchiveIndex, word: string): boolean {
  const seen = memo(index, 'place-asked-unwritten', () => new Map<string, boolean>());
  const known = seen.get(word);
  if (known !== undefined) return known;
  const name = String.raw`(\p{L}[\p{L}'’-]*)`;
  // (And French reports' "à Vernoult", "au Trocadéro", written as they are: folded, "à" would be the English article.)
  // (And after French prepositions of place with their article: "devant l'Orlanum", "au pied de l'Orlanum".)
  const placed = new RegExp(String.raw`(?:\b(?:${PLACE_PREPOSITIONS})\s+|(?<!\p{L})(?:au\s+pied\s+de|près\s+de|devant|derrière|aux|au|à)(?:\s+l['’]\s*|\s+la\s+|\s+))(?:the\s+)?(?:(?:${PLACE_NOUNS})\s+)?${name}|\b(?:${PLACE_NOUNS})\s+${name}|${name}(?=\s+(?:${PLACE_NOUNS})\b)`, 'giu');
  let found = false;
  outer: for (const [articleId, at] of index.sentencesWith(word)) {
    for (const i of at) {
      const raw = index.sentencesOf(articleId)[i]?.text ?? '';
      if (!capitalisedRunHolds(raw, word)) continue;
      for (const m of raw.matchAll(placed)) {
        const w = m[1] ?? m[2] ?? m[3] ?? '';
        if (/^\p{Lu}/u.test(w) && fold(w) === word) {
          found = true;
          break outer;
        }
      }
    }
  }
  seen.set(word, found);
  return found;
}

/**
 * Whether a sentence has a run of letters from a capital letter on whose lower-cased, unaccented form holds the word:
 * what a capitalised place name read by `writtenAsPlaceName` must be part of (a test fifteen times cheaper than its
 * pattern, which most sentences holding a common word such as "commemoration" fail).
 */
function capitalisedRunHolds(raw: string, word: string): boolean {
  for (const m of raw.matchAll(CAPITALISED_RUN)) if (unaccentLower(m[0]).includes(word)) return true;
  return false;
}
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * "How many died in the raid on camp Orla?", "how many shells hit the Orla camp according to its spokesman?": a place
 * the question names as a place, and the archive knows as one, is told of only by a report that writes its name; an
 * answer read from a report that never names it (the raid on another camp, the spokesman of another) tells of another
 * place. Declined.
 */
export function placeAskedUnwritten(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const q = ` ${fold(intent.question ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const asked = intent.analysis.terms.filter((t) => {
    if ((t.sort !== 'name' && t.sort !== 'word') || t.fold.length < 4 || COUNTRIES.has(t.fold)) return false;
    const w = escapeRe(t.fold);
    const asPlace = new RegExp(` (?:${PLACE_PREPOSITIONS}) (?:the )?(?:(?:${PLACE_NOUNS}) )?${w} | (?:${PLACE_NOUNS}) ${w} | ${w} (?:${PLACE_NOUNS}) | the ${w} (?:${OCCASION_NOUNS}) `);
    return asPlace.test(q);
  });
  if (!asked.length) return given;
  const first = given.citations[0];
  const a = first ? index.article(first.articleId) : undefined;
  if (!a) return given;
  const whole = [a.title ?? '', a.text ?? ''].join('\n');
  const report = ` ${fold(whole).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  // (Or by another language's name for it: "Roma" for Rome, "Köln" for Cologne.)
  let keys: Set<string> | undefined;
  const writes = (t: (typeof asked)[number]) => report.includes(` ${t.fold} `) || (t.key !== t.fold && (keys ??= new Set(tokenize(whole).map((x) => x.key))).has(t.key));
  // (Whether the archive writes a word as a place is asked last: for a word it never does, "rally" in "at the rally
  // in Orla", it reads every sentence holding it.)
  const missing = asked.find((t) => !writes(t) && writtenAsPlaceName(index, t.fold));
  if (!missing) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The report the answer rests on never names ${missing.text.replace(/^\p{Ll}/u, (l) => l.toUpperCase())}.`, suggestionsFor(intent, index));
}
