import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * "Where was the consul detained after the vigil?" answered "Varnia" from "The consul to Ostrel was detained amid
 * unrest in Varnia after …": a place a sentence writes only inside an "amid …" phrase is where the backdrop happened
 * (the unrest, the protests), not where the deed asked was done. Declined.
 */
export function placeAmidUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !given.citations.length) return given;
  const place = /^(.+?) \(according to /.exec(given.text)?.[1]?.trim();
  if (!place || place.length < 3 || /^The (?:rally|protest|gathering|demonstration|march|event|meeting)\b/i.test(place)) return given;
  // (Only a country is a backdrop: "opened fire on worshippers amid protests in Varsk" was done in Varsk.)
  if (!COUNTRIES.has(fold(place))) return given;
  const name = escapeRe(place);
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  const at = new RegExp(`(?<![\\p{L}\\d])${name}(?![\\p{L}\\d])`, 'gu');
  // (The place, after "amid" and at most five words with no comma or clause word between.)
  const amid = new RegExp(`\\bamid(?:st)?\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:in|across|throughout|around)\\s+(?:the\\s+)?${name}(?![\\p{L}\\d])`, 'giu');
  const all = excerpts.reduce((n, e) => n + [...e.matchAll(at)].length, 0);
  const inAmid = excerpts.reduce((n, e) => n + [...e.matchAll(amid)].length, 0);
  if (!all || inAmid < all) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentence names that place only as where other things happened around the deed asked.', suggestionsFor(intent, index));
}
