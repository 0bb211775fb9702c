import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { isProperInArchive, lexiconOf } from '../understand/lexicon.ts';
import { answered } from './reply.ts';
import { sourceOf } from './evidence.ts';

/** "where did X Y <verb>", folded: the two words after the auxiliary. */
const WHERE_DID_PERSON = /^\s*where\s+(?:did|was|were|has|had|is)\s+([a-z'-]{3,})\s+([a-z'-]{3,})\s+(?:die|died|get|got|killed|arrested|detained|held|shot|executed|hanged|buried|found|born|jailed|imprisoned)\b/;

/** A folded word as a name writes it, capital first ("vost" → "Vost"). */
function capitalised(w: string): string {
  return `${(w[0] ?? '').toUpperCase()}${escapeRe(w.slice(1))}`;
}

/** A person's full name right before "in" and a capitalised place: "… of Lena Vost in Harle". */
const PLACE_AFTER_NAME = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])${words.map(capitalised).join('\\s+')}\\s+in\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})`, 'u');

/**
 * "Where did Lena Vost die?" answered from a sentence that never names her ("a prisoner in Kessa Prison told her three
 * had died"), while another sentence cited writes her name with a place ("the deaths of Omar Dal in Varn and Lena Vost
 * in Harle"): the place written with the person asked is the answer.
 */
export function placeOfAnotherPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !given.citations.length) return given;
  const lex = lexiconOf(index);
  // The person asked, as the doer of the deed: "where did lena vost die?", "Where was Omar Dal held?" — two proper
  // words of the archive right after the auxiliary, neither a place it knows.
  const m = WHERE_DID_PERSON.exec(fold(intent.question ?? ''));
  if (!m) return given;
  const [a, b] = [m[1] as string, m[2] as string];
  if (![a, b].every((w) => isProperInArchive(lex, w) && !COUNTRIES.has(w) && !lex.places.has(w) && !lex.cities.has(w))) return given;
  // (A name the archive writes for a person: some sentence writes the two words together, capitalised.)
  const written = new RegExp(`(?<![\\p{L}])${capitalised(a)}\\s+${capitalised(b)}(?![\\p{L}])`, 'u');
  if (![...index.sentencesWith(b)].some(([id, at]) => [...at].some((i) => written.test(index.sentencesOf(id)[i]?.text ?? '')))) return given;
  const name = `${a} ${b}`;
  const surname = name.split(' ')[1] as string;
  const first = given.citations[0];
  if (new RegExp(`(?<![\\p{L}])${escapeRe(surname)}(?![\\p{L}])`, 'i').test(fold(first?.excerpt ?? ''))) return given;
  const pattern = PLACE_AFTER_NAME(name.split(' '));
  for (const c of given.citations) {
    const m = pattern.exec(c.excerpt ?? '');
    if (!m) continue;
    return answered(intent, `${m[1]} (according to ${sourceOf(index.article(c.articleId))}): “${c.excerpt}”`, [c]);
  }
  // (No sentence cited writes a place with the name: the answer may rest on words pointing back, "the envoy was
  // arrested in Poland", and stands.)
  return given;
}
