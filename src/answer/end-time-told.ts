import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { CLOCK_TIME } from './reader/candidates-date.ts';
import { citeAll, provOf } from './reply.ts';
import { clip } from './evidence.ts';

/** "When did the vigil end?", "when did the march finish?": the end of one gathering is asked. */
const END_ASKED = /\bwhen\s+(?:did|does|do|was|were|will)\b.*\b(?:end|finish|conclude|wrap up|break up|disperse)\b/i;

/** "ended at 19:00", "finished around 5 p.m.": a word of ending, then the hour it gives. */
const ENDED_AT = new RegExp(`\\b(?:ended|finished|concluded|wrapped up|broke up|dispersed)\\s+(?:at|around|about|by|shortly after|just after|before)\\s+(?:about\\s+|around\\s+)?(${CLOCK_TIME.source})`, 'iu');

/**
 * "When did the demonstration end?" answered with the day it was held, although the report says "The demonstration
 * ended at 19:00": the day is right and the hour is what a single day's gathering ends at. The hour the same report
 * gives for the end is added, with its sentence.
 */
export function endTimeTold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'when' || intent.analysis.clock || !END_ASKED.test(intent.question ?? '')) return given;
  if (new RegExp(CLOCK_TIME.source, 'iu').test(given.text.split('“')[0] ?? '')) return given;
  const ids = [...new Set(given.citations.map((c) => c.articleId))];
  if (ids.length !== 1) return given;
  const id = ids[0] as string;
  const hits = index.sentencesOf(id).flatMap((s) => {
    const m = ENDED_AT.exec(s.text);
    return m ? [{ s, hour: (m[1] as string).trim() }] : [];
  });
  // (Two hours of ending in one report are two gatherings' or two tellings: none is added.)
  if (hits.length !== 1) return given;
  const { s, hour } = hits[0] as { s: (typeof hits)[number]['s']; hour: string };
  const text = `${given.text.replace(/\s*$/, '')} It ended at ${hour}: “${clip(s.text, 300)}”`;
  return { ...given, text, citations: [...given.citations, ...citeAll(index, [provOf(id, s)])] };
}
