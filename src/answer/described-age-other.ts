import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "a 16-year-old", "an 80-year-old man": a person told by an age. */
const AGED = /\b(\d{1,3})[- ]years?[- ]old\b/gi;

/**
 * "Where was a 16-year-old girl shot?" answered from "a 14-year-old boy was shot in Kell": a question that tells the
 * person it asks of by an age asks of someone of that age; a sentence telling someone of another age, and none of
 * the age asked, tells of another person. Declined.
 */
export function describedAgeOther(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const asked = [...(intent.question ?? '').matchAll(AGED)].map((m) => m[1]);
  if (!asked.length) return given;
  const said = [given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  const told = [...said.matchAll(AGED)].map((m) => m[1]);
  if (!told.length || told.some((a) => asked.includes(a))) return given;
  return notAnswered(
    intent,
    `The archive has nothing that answers this. The closest report tells of someone aged ${told[0]}, not ${asked[0]}.`,
    suggestionsFor(intent, index),
  );
}
