import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { isFunctionWord } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "the assembly briefing", "the Lyon rally": the word naming which of several occasions is asked, then the occasion. */
const QUALIFIED_OCCASION =
  /\b(?:the|a)\s+([\p{L}][\p{L}'’-]{2,})\s+(?:briefings?|hearings?|rall(?:y|ies)|meetings?|conferences?|sessions?|march(?:es)?|protests?|demonstrations?|events?|summits?|vigils?|gatherings?|debates?)\b/iu;

/**
 * What may stand between two places each told of its own occasion: the joining word alone, with at most a day ("in A &
 * 3/9 in B", "in A and on March 9 in B", "in A, while in B"). ("in Brenn and in Ostra, with the Brenn crowd gathering
 * at the Harbour Gate": more between, and the gate is Brenn's.)
 */
const COORDINATED = /^[\s,]*(?:&|and|while|whereas|;)[\s,]*(?:(?:on\s+)?(?:\p{Lu}\p{Ll}+\.?\s+)?\d[\d/.]*(?:st|nd|rd|th)?[\s,]*)?$/u;

/**
 * "Where was the Assembly briefing held?" answered "the Senate" from "Held 3/4 in the Senate & 3/9 in Assembly, the
 * briefings …": the sentence gives each occasion its own place, joined by "&" or "and", and the one answered is the
 * other occasion's. Declined. ("at the Harbour Gate in Kessa" places the gate in the town asked: no join, kept.)
 */
export function placeOfTheOtherOne(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !given.citations.length) return given;
  const which = QUALIFIED_OCCASION.exec(intent.question ?? '')?.[1];
  if (!which || isFunctionWord(fold(which))) return given;
  const lead = (given.text.split(/ \(according|[:“]/)[0] ?? '').replace(/^the\s+/i, '').trim();
  if (!lead || fold(lead).split(' ').includes(fold(which))) return given;
  const other = given.citations.some((c) => {
    const s = c.excerpt ?? '';
    const asked = new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?${escapeRe(which)}\\b`, 'i').exec(s);
    const answered = new RegExp(`\\b${escapeRe(lead)}\\b`, 'i').exec(s);
    if (!asked || !answered) return false;
    const [from, to] = asked.index < answered.index ? [asked.index + asked[0].length, answered.index] : [answered.index + answered[0].length, asked.index];
    return COORDINATED.test(s.slice(from, to));
  });
  if (!other) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The place the sentence gives is of the other occasion it names, not of the ${which} one.`, suggestionsFor(intent, index));
}
