import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Who executed Aram Vell?", "who arrested the two Dunn sisters?": a deed and the one it was done to, after "who". */
const WHO_DID_TO = /^\s*[Ww]ho\s+(\p{Ll}+ed|shot|hit|struck|beat|hung|slew|stabbed|caught|took|held)\s+((?:[\p{L}'’-]+\s*){1,4})\??\s*$/u;

/**
 * "Who executed Aram Vell?" is not answered "Aram Vell" (nor "Aram Vell and Lise Orn"): the one a deed was done to is
 * not its doer. An answer whose named people include the one the question names as the deed's object is declined.
 */
export function objectGivenBack(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'who') return given;
  const m = WHO_DID_TO.exec(intent.question ?? '');
  if (!m) return given;
  const object = fold((m[2] as string).trim());
  if (object.length < 3) return given;
  // (One of the people the lead lists is the one asked, "Aram Vell and Lise Orn"; a body whose name ends with the
  // words asked, "Captives for Free Varnia" to "who organized Free Varnia?", is another.)
  const lead = (given.text.split(/\s+—\s+|[:“]/)[0] ?? '').replace(/\s*\((?:according to|reported by)[^)]*\)\s*\.?\s*$/, '');
  const items = lead.split(/,|\band\b/).map((x) => fold(x).replace(/^(?:the|a|an)\s+/, ''));
  if (!items.some((x) => x === object || (x.split(' ').length >= 2 && x.split(' ').length <= 4 && x.endsWith(` ${object.split(' ').at(-1)}`) && object.split(' ').length === 1))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest sentence names ${(m[2] as string).trim()} as the one it was done to, not who did it.`, suggestionsFor(intent, index));
}

/** "Who shot the imam?", "who arrested the two editors in Tarn?": a deed and the one it was done to, named by a noun. */
const WHO_DID_TO_THE = /^\s*(?:and\s+|so\s+)?[Ww]ho\s+(\p{Ll}{3,}(?:ed|t|ot|ung|ew|ook|ove|eld|ept))\s+(?:the|that|this)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]{2,}))(?:\s+(?:in|at|on|near|outside|during|after|last)\b[^?]*)?\s*\??\s*$/u;

/**
 * "Who shot the imam?" is not answered "Oren Dask" from "imam Oren Dask … was shot by unknown men": the one the noun
 * asked stands beside (the imam's name) is the one the deed was done to, not its doer. An answer whose lead is only
 * people the cited sentence calls by that noun is declined.
 */
export function describedObjectGivenBack(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'who') return given;
  const m = WHO_DID_TO_THE.exec(intent.question ?? '');
  if (!m) return given;
  const noun = fold(m[3] as string);
  // (A gathering is no one a deed befalls: "who hosted the second meeting?".)
  if (/^(?:people|persons?|protesters|demonstrators|crowd|rally|march|protest|event|attack|strike|bomb|bombing|raid|meeting|conference|gathering|vigil|summit|exhibition|ceremony|session|hearing|debate|seminar|forum)$/.test(noun)) return given;
  const lead = (given.text.split(/\s+—\s+|[:“]/)[0] ?? '').replace(/\s*\((?:according to|reported by)\b.*$/, '');
  const people = lead.split(/,|\band\b/).map((x) => x.trim()).filter((x) => /^\p{Lu}/u.test(x));
  if (!people.length) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '').join(' ');
  // (The noun in either case, letter by letter: the pattern's other parts keep their case, "\\p{Lu}" a capital.)
  const nounRe = escapeRe(noun).replace(/s$/, '').replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`) + 's?';
  // (Every person named at once, one pattern of each shape: a pattern made per person cost more than the answer.)
  const name = `(?:${people.map((person) => escapeRe(person.split(/\s+of\s+/)[0]?.trim() || person)).join('|')})`;
  const described =
    new RegExp(`(?<![\\p{L}])${nounRe}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,1}${name}`, 'u').test(excerpts) ||
    new RegExp(`${name}\\s*,\\s*(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{L}-]+\\s+){0,2}${nounRe}(?![\\p{L}])`, 'u').test(excerpts) ||
    // ("An Oskan police officer was shot": a word before the noun asked, read as a name, is the one it befell.)
    new RegExp(`(?<![\\p{L}])${name}\\s+(?:[\\p{Ll}-]+\\s+){0,2}${nounRe}\\s+(?:was|were|had\\s+been|has\\s+been)\\s+\\p{Ll}+`, 'u').test(excerpts);
  if (!described) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest sentence names the ${m[2]} as the one it was done to, not who did it.`, suggestionsFor(intent, index));
}
