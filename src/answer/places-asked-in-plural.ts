import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent, Sentence } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { answered, citeAll, provOf } from './reply.ts';
import { sourceOf } from './evidence.ts';

/** Several places asked: "in which cities …", "what European towns …". */
const PLACES_ASKED = /\b(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:cities|towns|countries|capitals|places)\b/iu;
/** Places asked besides one the reports are about: "which other cities …". */
const OTHER_PLACES_ASKED = /\b(?:which|what)\s+other\s+(?:[\p{L}-]+\s+)?(?:cities|towns|countries|capitals|places)\b/iu;
/** A sentence telling places besides those told before: "… also broke out in A, B and C", "… as well". */
const ALSO = /\b(?:also|as well|too)\b/i;

/** One item of a list of places ("Vell", "North Ardra"). */
const ITEM = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
/** Three places or more told together: "Vell, Ardra and Kosk", "Vell, Ardra, and Kosk". */
const LIST = new RegExp(String.raw`(?:${ITEM}\s*,\s*)+${ITEM}\s*,?\s+and\s+${ITEM}`, 'u');

/**
 * "In which cities were rallies held outside the embassies?" answered with one town from a caption ("Part of the
 * protest at the embassy in Kessa") while the same report lists the towns ("… outside embassies around the region,
 * including Varn, Kessa and Orle"), or with other words of a sentence that lists them: the list answers (the one
 * holding the town given), from its own sentence.
 */
export function placesAskedInPlural(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'where' && intent.analysis.expects !== 'place') || !given.citations.length || !PLACES_ASKED.test(intent.question ?? '')) return given;
  const first = given.citations[0]!;
  const listOf = (text: string) => {
    const list = LIST.exec(text.replace(/\s*\([^)]*\)/g, ''));
    return list ? list[0].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((w) => w.trim()) : undefined;
  };
  const told = (items: string[], s: Sentence) =>
    answered(intent, `${items.slice(0, -1).join(', ')} and ${items.at(-1)} (according to ${sourceOf(index.article(first.articleId))}): “${s.text}”`, citeAll(index, [provOf(first.articleId, s)]));
  const lead = given.text.split(/\s\((?:according|reported)\b/)[0]?.trim() ?? '';
  // (The sentence answered from lists the towns, and the answer gives other words: "Dastan and Dastani".)
  const own = listOf(first.excerpt ?? '');
  if (own) {
    if (own.filter((w) => lead.includes(w)).length >= 2) return given;
    const s = index.sentencesOf(first.articleId).find((x) => listOf(x.text)?.join() === own.join());
    return s ? told(own, s) : given;
  }
  if (!lead || /,|\band\b/.test(lead)) return given;
  const folded = fold(lead);
  for (const s of index.sentencesOf(first.articleId)) {
    const items = listOf(s.text);
    if (items?.some((w) => fold(w) === folded)) return told(items, s);
  }
  // "In which other cities did protests break out?" answered with the one city the report is about, while it lists
  // the others in one sentence telling them "also": that list answers.
  if (OTHER_PLACES_ASKED.test(intent.question ?? '')) {
    const others = index.sentencesOf(first.articleId).filter((s) => ALSO.test(s.text) && listOf(s.text) && !listOf(s.text)?.some((w) => fold(w) === folded));
    if (others.length === 1) return told(listOf(others[0]!.text)!, others[0]!);
  }
  return given;
}
