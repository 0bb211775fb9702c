import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent, Speaker } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Who spoke at …", "who addressed …", "who were the speakers": the ones who took the floor are asked. */
const SPOKE_ASKED = /\b(?:spoke|speak|speaks|speakers?|addressed|took the floor)\b/;

/**
 * "Who else spoke at the gathering where Lise Tarn read out the statement?" is not answered "Odile Marsk" from Tarn's
 * words “… these women back the charter set out by Mrs. Odile Marsk …”: a person the reports cited name only inside
 * the quoted words of someone else is spoken of, not one who spoke. A who-spoke answer naming such a person alone,
 * whom those reports never quote and never link to a gathering as its speaker, is declined.
 */
export function speakerNamedOnlyInPassing(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'who' || !given.citations.length) return given;
  if (!SPOKE_ASKED.test(fold(intent.question ?? ''))) return given;
  const lead = given.text.split(/[“:]/)[0] ?? '';
  const named = index.data.speakers.filter((s) => s.name.includes(' ') && lead.startsWith(s.name));
  if (named.length !== 1) return given;
  const person = named[0] as Speaker;
  const articles = new Set(given.citations.map((c) => c.articleId));
  if (index.data.quotes.some((q) => q.speakerId === person.id && articles.has(q.source.articleId))) return given;
  if (index.data.events.some((e) => e.speakers.includes(person.id) && e.sources.some((s) => articles.has(s.articleId)))) return given;
  const mentions = person.mentions.filter((m) => articles.has(m.articleId));
  if (!mentions.length) return given;
  const othersWords = index.data.quotes.filter((q) => q.kind === 'direct' && q.speakerId && q.speakerId !== person.id && articles.has(q.source.articleId));
  const quotedOnly = mentions.every((m) => othersWords.some((q) => q.source.articleId === m.articleId && q.source.start <= m.start && m.end <= q.source.end));
  if (!quotedOnly) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest report names ${person.name} only in the quoted words of someone else, not as one who spoke.`, suggestionsFor(intent, index));
}
