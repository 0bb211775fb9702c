import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "where did they come from", "where had the marchers travelled from", "which countries did they come from", "from which city did the convoy drive". */
const ORIGIN_ASKED = /^(?:and\s+)?(?:where|which\s+\w+|what\s+\w+)\b.*\b(?:come|came|travel(?:l)?ed|travel|arrive[ds]?|journeyed|flew|fled)\s+(?:in\s+)?from\b|^\s*(?:and\s+|so\s+)?from\s+(?:which|what)\s+(?:city|town|village|country|state|province|region|place|camp)\b/i;

/**
 * "where did protesters come from for the rally?" asks where they set out from: the place answered must be written,
 * in a sentence cited, after "from" (or "de", "aus", "von") a few words on; the place the rally was held, or a place
 * told of anything else, is not where anyone came from. Declined.
 */
export function originUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !ORIGIN_ASKED.test(intent.question ?? '')) return given;
  const lead = given.text.split(/\s\((?:according|reported)|[:“]/)[0] ?? '';
  // (An article opening the place's name, "The Grand Palace", is no part of it to find after "from": "walked from the
  // Harbour Green … to the Grand Palace" tells of no one coming from the Grand Palace.)
  const places = (lead.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => w.length >= 3 && !/^(?:the|and|les|der|die|das)$/i.test(w));
  if (!places.length) return given;
  const said = given.citations.map((c) => c.excerpt ?? '').join(' ');
  const fromPlace = places.some((p) => new RegExp(`\\b(?:from|de|d['’]|aus|von)\\s+(?:[\\p{L}'’-]+[\\s,]+){0,4}?${escapeRe(p)}`, 'iu').test(said));
  if (fromPlace) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells where they came from.', suggestionsFor(intent, index));
}
