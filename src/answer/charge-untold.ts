import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Charges a count of people hanged, jailed or held may be asked by, with the stems a report writes them by. */
const CHARGES: ReadonlyArray<{ asked: RegExp; told: RegExp }> = [
  { asked: /^rap(?:e|es|ists?)$/, told: /\brap(?:e|es|ed|ists?)\b/ },
  { asked: /^murders?$/, told: /\bmurder|\bkill/ },
  { asked: /^drugs?$/, told: /\bdrugs?\b|\bnarcotic/ },
  { asked: /^kidnapping$/, told: /\bkidnap|\babduct/ },
  { asked: /^smuggling$/, told: /\bsmuggl/ },
  { asked: /^trafficking$/, told: /\btraffick/ },
  { asked: /^homosexuality$/, told: /\bhomosexual|\bsame[ -]sex|\bsodomy/ },
  { asked: /^robbery$/, told: /\brobb/ },
  // (The others by their own word, or its stem: "blasphem", "adulter", "terroris".)
  { asked: /^(?:blasphemy|apostasy|adultery|sodomy|theft|fraud|treason|terrorism|espionage)$/, told: /$^/ },
  { asked: /^spying$/, told: /\bspy|\bespionage/ },
];

/** "executed for rape", "hanged over drug offences", "jailed on charges of spying": the charge word after the deed. */
const ASKED = /\b(?:executed|hanged|hung|put\s+to\s+death|sentenced(?:\s+to\s+death)?|jailed|imprisoned|arrested|detained|convicted|charged)\s+(?:for|over|on\s+charges?\s+of|on)\s+(?:the\s+)?(?:alleged\s+|allegedly\s+)?([a-z]+)/;

/**
 * "How many were executed for rape in Varnia in 2031?" answered "seven" from "seven people were hanged in public": a
 * count asked by a charge is told only by a sentence writing that charge; a count of the same deed told otherwise
 * (where, when, of whom) is of other people. Declined.
 */
export function chargeUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const word = ASKED.exec(fold(intent.question ?? ''))?.[1];
  if (!word) return given;
  const charge = CHARGES.find((c) => c.asked.test(word));
  if (!charge) return given;
  const said = fold([given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' '));
  if (charge.told.test(said) || new RegExp(`\\b${word.slice(0, Math.max(4, word.length - 2))}`).test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence giving a count tells of the charge asked (${word}).`, suggestionsFor(intent, index));
}
