import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { answered, citeAll, notAnswered, provOf, suggestionsFor } from './reply.ts';
import { clip, sourceOf } from './evidence.ts';
import { profileOf } from './reader/report-profile.ts';
import { escapeRe } from '../understand/text.ts';

/** "Which session of the assembly …", "what edition of the festival …": a numbered occasion is asked. */
const WHICH_NUMBERED = /^\s*(?:and\s+|so\s+)?(?:which|what)\s+(session|edition|anniversary|round|sitting|congress|plenary)\b/i;
const ORDINAL_WORD = String.raw`(?:\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)`;
const ORDINAL = new RegExp(String.raw`\b${ORDINAL_WORD}\b`, 'i');

/**
 * "Which session of the Assembly was the minister addressing?" asks a number ("the 81st"): an answer that writes no
 * ordinal (the sentence telling of the speech) names none. The cited report's own sentence writing an ordinal before
 * the word asked ("the 81st session of the Assembly", "the 81st Northern Assembly summit") answers instead; with none,
 * declined.
 */
export function ordinalAskedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const m = WHICH_NUMBERED.exec(intent.question ?? '');
  if (!m) return given;
  if (ORDINAL.test(given.text)) return given;
  const noun = (m[1] as string).toLowerCase();
  // ("Which session did she address?" answered from "she addressed the closing session": the answer's own sentence
  // names the one asked, by a word that is no number.)
  const named = new RegExp(String.raw`\b(?:the|its|this|that)\s+(?:[\p{L}-]+\s+){0,2}?${noun}s?\b|\b${noun}\s+of\b`, 'iu');
  if (given.citations.some((c) => named.test(c.excerpt ?? ''))) return given;
  // The ordinal before the word asked, or before the body's name the question gives after "of" ("session of the
  // General Assembly" written "the 81st General Assembly").
  const of = /\bof\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u.exec((intent.question ?? '').slice(m.index + m[0].length))?.[1]?.trim().split(/\s+/).at(-1);
  const heads = [noun, ...(of && of.length > 2 ? [escapeRe(of)] : [])];
  // (At most three words between, none of them "of", "day" or "time": "the first day of the session" numbers a day.)
  const before = new RegExp(String.raw`\b(${ORDINAL_WORD})\s+(?:(?!(?:of|day|days|time|times|week|weeks)\b)[\p{L}.'’-]+\s+){0,3}?(?:${heads.join('|')})\b`, 'iu');
  for (const id of [...new Set(given.citations.map((c) => c.articleId))]) {
    const p = profileOf(index, id, false);
    if (!p) continue;
    const s = p.sentences.find((x) => before.test(x.text));
    if (!s) continue;
    const ordinal = (before.exec(s.text)?.[1] as string).toLowerCase();
    return answered(intent, `The ${ordinal} (according to ${sourceOf(index.article(id))}): “${clip(s.text, 400)}”`, citeAll(index, [provOf(id, s)]));
  }
  return notAnswered(intent, `The archive has nothing that answers this. No sentence found numbers the ${noun} asked.`, suggestionsFor(intent, index));
}
