import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * "when was X prime minister of Y", "when did X become mayor", "when did X serve as foreign minister": the person
 * named, the office asked (its qualifying words kept: "prime minister", "foreign minister").
 */
const OFFICE_WHEN =
  /^(?:and\s+|so\s+)?when\s+(?:was|were|is|did|has|had)\s+(?:mr\.?\s+|mrs\.?\s+|ms\.?\s+|dr\.?\s+)?(.+?)\s+(?:become\s+|serve\s+as\s+|served\s+as\s+|take\s+office\s+as\s+|elected\s+|appointed\s+|named\s+)?(?:the\s+|a\s+|an\s+)?(?:former\s+|ex-)?((?:(?:deputy|vice|prime|foreign|interior|justice|defen[cs]e|finance|home|first|chief)\s+)?(?:minister|president|mayor|senator|governor|chancellor|secretary|ambassador|speaker|director|chair|chairman|chairwoman|leader|spokesman|spokeswoman|spokesperson|congressman|congresswoman|mp|mep|premier|rapporteur))\b/i;

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
  const m = OFFICE_WHEN.exec(intent.question ?? '');
  if (!m) return given;
  const who = fold(m[1] as string).split(' ').filter((w) => w.length > 2);
  const surname = who.at(-1);
  // ("when was the rally held", "when was the march"): no one named, no office asked.
  if (!surname || /^(?:the|a|an|this|that|it|he|she|they)$/i.test((m[1] as string).split(/\s+/)[0] ?? '')) return given;
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
