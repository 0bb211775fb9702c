import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * "Who replaced the envoy?" answered "U." from "… the U.N. mission …": a lone initial, a body's abbreviation cut at
 * its first dot, names no one. Declined.
 */
export function initialForAName(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'agent') return given;
  const lead = (given.text.split(/\s+\((?:according to|reported by)\b|\s+—\s+|[:“]/)[0] ?? '').trim();
  const items = lead.split(/,|\band\b|;/).map((x) => x.trim()).filter(Boolean);
  if (!items.length || !items.every((x) => /^\p{Lu}\.?$/u.test(x))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence names the one asked.', suggestionsFor(intent, index));
}
