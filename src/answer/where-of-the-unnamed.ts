import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { isFunctionWord } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "where is the Orm jail", "where was Vessel Hall located": the thing whose place is asked, as the question's words. */
const WHERE_IS = /^where\s+(?:is|was|are|were)\s+(?:the\s+)?([\p{L}'’ -]{3,60}?)(?:\s+(?:located|situated|found|based))?\s*\??$/iu;
/** Irregular past participles: "where was the rally held", "where were the detainees taken" ask where something was done. */
const PARTICIPLE = /\b(?:held|taken|sent|given|born|kept|put|built|hidden|shot|hit|seen|made|brought|caught|thrown|hung|beaten|fought|told|left|done|run|begun|stolen|struck|won|laid|met|set|spent|lost|driven|flown|gone|shown|known|drawn|torn|sworn|broken|spoken|chosen|frozen|bound|cut|shut|led|fed|fled)\b/i;
/** Words of a kind of place or occasion, which name no one place by themselves. */
const GENERIC =
  /^(?:prison|jail|camp|square|park|airport|base|district|province|village|town|city|rally|protest|march|demonstration|gathering|event|meeting|conference|summit|headquarters|office|embassy|building|venue|hall|center|centre|station|hospital|university|school|court|parliament|street|road|avenue|bridge|stadium|museum|memorial|monument|mosque|church|river|lake|border|region|area|site)s?$/;

/**
 * "Where is Ashgrove prison?": the place of a thing named by the question is told only by a sentence that names it;
 * an answer read from a sentence that never does ("Member States must act …", the nearest capitalised words) tells
 * the place of nothing asked. Declined.
 */
export function whereOfTheUnnamed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'place' || !given.citations.length) return given;
  const subject = WHERE_IS.exec((intent.question ?? '').trim())?.[1];
  if (!subject || /\b\p{L}+ed\b/u.test(subject) || PARTICIPLE.test(subject)) return given;
  const names = fold(subject)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !isFunctionWord(w) && !GENERIC.test(w));
  if (!names.length) return given;
  const said = ` ${fold([given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (names.some((w) => said.includes(` ${w} `))) return given;
  // ("The Paris-based aid group said …" in a report whose title names the group: the sentence speaks of it by a noun.)
  const titles = ` ${fold(given.citations.map((c) => index.article(c.articleId)?.title ?? '').join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (names.every((w) => titles.includes(` ${w} `))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence giving a place names ${subject.trim()}.`, suggestionsFor(intent, index));
}
