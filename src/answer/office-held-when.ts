import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** The office asked, its qualifying words kept ("prime minister", "foreign minister"). */
const OFFICE = String.raw`((?:(?:deputy|vice|prime|foreign|interior|justice|defen[cs]e|finance|home|first|chief)\s+)?(?:minister|president|mayor|senator|governor|chancellor|secretary|ambassador|speaker|director|chair|chairman|chairwoman|leader|spokesman|spokeswoman|spokesperson|congressman|congresswoman|mp|mep|premier|rapporteur))\b`;
/** A person's name, as users type it too ("tova rask"): up to four words, none a function word (see `NOT_A_NAME`). */
const NAME = String.raw`(.+?)`;
/** Words no name holds: "when was the rally outside the mayor's office", "when was it". */
const NOT_A_NAME = /^(?:the|a|an|this|that|it|he|she|they|of|at|in|on|outside|near|with|by|for|to|from|and|or|his|her|their|its|rally|protest|march|meeting|summit|conference)$/i;
const TITLE = String.raw`(?:(?:mr|mrs|ms|dr)\.?\s+)?`;
/**
 * "when was X prime minister of Y", "when was X elected mayor", "when did X become mayor", "when did X serve as
 * foreign minister": a person named, then the office (not "when did X meet the mayor", "when did exiles protest
 * outside the prime minister's office": the time of a meeting or a protest, which other checks judge).
 */
const OFFICE_WHEN = [
  new RegExp(String.raw`^(?:and\s+|so\s+)?when\s+(?:was|were|is)\s+${TITLE}${NAME}\s+(?:elected\s+|appointed\s+|named\s+|sworn\s+in\s+as\s+)?(?:the\s+|a\s+|an\s+)?(?:former\s+|ex-)?${OFFICE}`, 'iu'),
  new RegExp(String.raw`^(?:and\s+|so\s+)?when\s+(?:did|has|had)\s+${TITLE}${NAME}\s+(?:become|serve\s+as|served\s+as|take\s+office\s+as|took\s+office\s+as|get\s+elected|be\s+elected|elected|appointed|named)\s+(?:the\s+|a\s+|an\s+)?${OFFICE}`, 'iu'),
];

/** A year written out ("2011"), or a span's word ("from", "until", "since"). */
const TENURE_WORDS = /\b(?:1[89]\d\d|20\d\d)\b|\b(?:from|until|since|between|served|became|elected|appointed|sworn)\b/i;

/**
 * "When was Ada Lenz prime minister of Norvia?" answered with the day of a summit she spoke at (or of a protest
 * outside a prime minister's office): the time someone held an office is told by a sentence naming them with that
 * office and a year or a span — a report calling her "former foreign minister" at a rally tells no term, and the
 * rally's date is none. Declined.
 */
export function officeHeldWhenUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const asked = intent.question ?? '';
  const m = OFFICE_WHEN.map((re) => re.exec(asked)).find((x) => x !== null);
  if (!m) return given;
  const who = fold(m[1] as string).split(' ').filter((w) => w.length > 2);
  const surname = who.at(-1);
  // ("when was the rally held", "when was the march"): no one named, no office asked.
  const words = (m[1] as string).split(/\s+/);
  if (!surname || words.length > 4 || words.some((w) => NOT_A_NAME.test(w))) return given;
  const office = fold(m[2] as string);
  // (Name, office and term in one sentence: a year of the excerpt's next sentence is of something else.)
  const told = given.citations.some((c) =>
    (c.excerpt ?? '').split(/(?<=[.!?])\s+(?=\p{Lu})/u).some((sentence) => {
      const s = ` ${fold(sentence)} `;
      return s.includes(` ${surname} `) && s.includes(` ${office}`) && TENURE_WORDS.test(sentence);
    }),
  );
  if (told) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells when that person was ${office}.`, suggestionsFor(intent, index));
}
