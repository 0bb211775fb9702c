import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { answered, citeAll, provOf } from './reply.ts';
import { clip, sourceOf } from './evidence.ts';
import { profileOf } from './reader/report-profile.ts';

/** "how many rallies like this had there been", "how many such marches so far": a series of gatherings is counted. */
const SERIES_ASKED = /\bhow\s+many\s+(?:\w+\s+){0,2}?(?:rallies|marches|protests|demonstrations|vigils|gatherings)\b.*\b(?:had\s+there\s+been|have\s+there\s+been|so\s+far|like\s+(?:this|it|that)|such|in\s+a\s+row|counting)\b/i;
const ORDINAL_WORD = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth)`;
/** "the fifth such rally", "the third weekly march", "the 10th consecutive protest". */
const NTH_OF_SERIES = new RegExp(String.raw`\b(${ORDINAL_WORD})\s+(?:such\s+|weekly\s+|consecutive\s+|straight\s+)+(?:\w+\s+)?(?:rally|march|protest|demonstration|vigil|gathering)\b`, 'i');

/**
 * "How many rallies like this had there been in Korvik?" answered by counting the archive's own records ("The archive
 * holds 1 rally event in Korvik") says how many the archive keeps, not how many there had been: a cited report that
 * numbers the gathering in its series ("this was the third such march in Korvik") answers instead.
 */
export function seriesCountTold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !/^The archive holds \d+ /.test(given.text) || !SERIES_ASKED.test(intent.question ?? '')) return given;
  for (const id of [...new Set(given.citations.map((c) => c.articleId))]) {
    const p = profileOf(index, id, false);
    const s = p?.sentences.find((x) => NTH_OF_SERIES.test(x.text));
    if (!s) continue;
    const ordinal = (NTH_OF_SERIES.exec(s.text)?.[1] as string).toLowerCase();
    return answered(intent, `The ${ordinal} of its kind (according to ${sourceOf(index.article(id))}): “${clip(s.text, 400)}”`, citeAll(index, [provOf(id, s)]));
  }
  return given;
}
