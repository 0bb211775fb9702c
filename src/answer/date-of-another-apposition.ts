import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { FIRST_NAMES } from '../extract/first-names.ts';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A person's name: two or more capitalised words in a row. */
const NAME = /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+/gu;
/** The last word of a place's or a body's name ("Kurdistan Province", "Evin Prison", "Revolutionary Court"). */
const PLACE_OR_BODY_END = /^(?:Province|Prison|Jail|Court|Square|Street|Avenue|Road|Region|District|County|City|Camp|Airport|Hospital|University|Ministry|Council|Committee|Office|Embassy|Parliament|Assembly|Hall|Palace|Station|Base|Centre|Center|Republic|Kingdom|States|Nations|Union|Party|Front|Guards?|Army|Police|Agency|Network|Organi[sz]ation|Association|Society)$/;
const NOT_A_NAME = new RegExp(`^(?:${MONTH}|On|In|The|At|By|After|Before|Since|Around|Some|Former|Prime|Minister|President)$`);

/** The people a question names: runs of capitalised words the question writes, with their surnames. */
function surnamesAsked(intent: Intent): string[] {
  const q = intent.question ?? '';
  return [...q.matchAll(NAME)].map((m) => m[0].split(/\s+/).filter((w) => !NOT_A_NAME.test(w))).filter((ws) => ws.length >= 2).map((ws) => fold(ws.at(-1) as string));
}

/**
 * "Since when had Ana Vell been held?" answered "In May 2031" from "Ana Vell, a teacher, and Tom Brask, a cook
 * arrested in May 2031, landed home": the date stands in the apposition of another person named in the sentence
 * (between their name and its comma-bounded description), not in any clause of the one asked. Declined.
 */
export function dateOfAnotherApposition(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'date' || !given.citations.length) return given;
  const asked = surnamesAsked(intent);
  if (!asked.length) return given;
  const lead = given.text.split('“')[0] ?? '';
  const m = new RegExp(`\\b${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\b\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`).exec(lead);
  if (!m) return given;
  const dateText = m[0];
  for (const c of given.citations) {
    const text = c.excerpt ?? '';
    if (!asked.some((s) => new RegExp(`(?<![\\p{L}])${escapeRe(s)}(?![\\p{L}])`, 'u').test(fold(text)))) continue;
    const at = text.search(new RegExp(escapeRe(dateText)));
    if (at < 0) continue;
    const before = text.slice(0, at);
    const names = [...before.matchAll(NAME)].filter((n) => n[0].split(/\s+/).filter((w) => !NOT_A_NAME.test(w)).length >= 2);
    const last = names.at(-1);
    if (!last) continue;
    const after = before.slice((last.index ?? 0) + last[0].length);
    // (Only an apposition: the name, a comma, then words of its own up to the date, with no clause or sentence between.)
    if (!/^,\s/.test(after) || /[.;:]|,\s+(?:and|but|while)\s|\b(?:said|says|told|added)\b/.test(after.slice(1))) continue;
    const words = last[0].split(/\s+/).filter((w) => !NOT_A_NAME.test(w));
    const surname = fold(words.at(-1) as string);
    if (asked.includes(surname)) continue;
    // ("arrested at his home in Sanandaj, Kurdistan Province, on May 3", "Evin Prison, a jail in …": a place or a body
    // with its apposition, not another person: only a run that reads as a person's name counts.)
    if (PLACE_OR_BODY_END.test(words.at(-1) as string)) continue;
    const isPerson = FIRST_NAMES.has(fold(words[0] as string)) || index.data.speakers.some((s) => fold(s.name).endsWith(` ${surname}`));
    if (!isPerson) continue;
    return notAnswered(intent, `The archive has nothing that answers this. The date it holds is told of ${last[0]}, not of the person asked.`, suggestionsFor(intent, index));
  }
  return given;
}
