import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { answered } from './reply.ts';

/** "which Freedonian officials spoke": a people's adjective before a plural noun for people of standing. */
const KIND_ASKED = /\bwhich\s+(\p{Lu}\p{L}+(?:an|ian|ish|ese|ch|ic|i))\s+(officials|politicians|lawmakers|parliamentarians|legislators|dignitaries|figures|personalities|leaders|mps|meps|senators|mayors|speakers|guests)\b/iu;

/** A heading line of a report: a few words with no closing punctuation of a sentence. */
function isHeading(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 9 && !/[.!?:;,"”’)]$/.test(t);
}

/** The list an answer leads with ("A, B (role), C"), split at commas outside brackets. */
function listItems(lead: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of lead) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      items.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) items.push(cur.trim());
  return items;
}

/**
 * "Which Freedonian officials spoke?" answered with everyone a report quotes, from a page whose heading "Freedonian
 * Officials Express Support" sets apart those asked: the people of the kind asked are the ones the report lists under
 * that heading, up to the next one ("International Figures …"); the others (the keynote speaker, foreign guests) are
 * not of that kind. The answer keeps the list under the heading.
 */
export function listUnderTheHeadingAsked(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const asked = KIND_ASKED.exec(intent.question ?? '');
  if (!asked) return given;
  const adjective = fold(asked[1] as string);
  const noun = tokenize(asked[2] as string)[0]?.key;
  const heading = given.citations.find((c) => isHeading(c.excerpt) && fold(c.excerpt).split(/\s+/).includes(adjective) && tokenize(c.excerpt).some((t) => t.key === noun));
  if (!heading) return given;
  const cut = given.text.search(/\s\((?:according to|reported by)\b/);
  if (cut < 0) return given;
  const items = listItems(given.text.slice(0, cut));
  if (items.length < 2) return given;
  const sentences = index.sentencesOf(heading.articleId);
  let end = sentences.length;
  for (let i = heading.sentence + 1; i < sentences.length; i++) {
    if (isHeading(sentences[i]!.text)) {
      end = i;
      break;
    }
  }
  const under = given.citations.filter((c) => c.articleId === heading.articleId && c.sentence > heading.sentence && c.sentence < end);
  const name = (item: string): string => item.replace(/\s*\(.*$/, '').trim();
  const kept = items.filter((item) => under.some((c) => c.excerpt.includes(name(item))));
  if (!kept.length || kept.length === items.length) return given;
  const credit = /^\s\((?:according to|reported by)\s(?:“[^”]*”|[^)“])*?(?:\s\([^)]*\))?\)/.exec(given.text.slice(cut))?.[0] ?? '';
  const quoted = [heading, ...under].map((c) => `“${c.excerpt}”`).join(' … ');
  return answered(intent, `${kept.join(', ')}${credit}: ${quoted}`, [heading, ...under]);
}
