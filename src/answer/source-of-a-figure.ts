import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Figure, Intent } from '../domain/types.ts';
import { measureOf } from '../understand/measures.ts';
import { fold } from '../understand/text.ts';
import { clip, sentenceAt, sourceOf } from './evidence.ts';
import { answered, citeAll } from './reply.ts';
import { writtenWhole } from './numbers-stated.ts';

/**
 * "Who gave the figure of 900 dead?", "who put the toll at 1,500?", "according to whom were 900 killed?": the body a
 * figure the question states is credited to. (A question that opens on who gave, put, reported … a number.)
 */
const SOURCE_OF_FIGURE_ASKED =
  /^(?:and\s+|so\s+)?(?:according\s+to\s+whom\b|whose\s+(?:figure|toll|count|estimate|tally|number)\b|(?:who|which\s+(?:body|group|organi[sz]ation|agency|outlet|source|officials?|ministry|monitor))\s+(?:first\s+|initially\s+|later\s+)?(?:gave|give|gives|put|puts|issued|issues|reported|reports|released|published|provided|cited|announced|estimated|counted|recorded|documented|claimed|said|says)\b)/i;

/** A word of a figure or of a count in the question: without one, "who said 40 words" asks no figure's source. */
const FIGURE_WORD = /\b(?:figure|toll|count|estimate|tally|number|dead|deaths?|killed|died|arrest(?:ed|s)?|detain(?:ed|ees)?|executed|executions|injured|wounded|casualties|victims|people|protesters|prisoners)\b/i;

/**
 * The figures whose source a question asks ("who gave the toll of 900?" → 900): numbers it writes whole in digits,
 * no years nor small numbers of names ("Ashraf 3"); none when it asks no source of a figure.
 */
export function figuresWhoseSourceIsAsked(question: string, numbers: readonly number[]): number[] {
  if (!SOURCE_OF_FIGURE_ASKED.test(question) || !FIGURE_WORD.test(question)) return [];
  return numbers.filter((n) => n >= 10 && !(n >= 1900 && n <= 2099) && writtenWhole(question, String(n)));
}

/** The question's capitalised words past its first (the names a report must hold to tell of the same toll). */
function namesAsked(question: string): string[] {
  const words = [...question.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}'’-]+/gu)].filter((m) => m.index > 0).map((m) => fold(m[0]));
  return words.filter((w) => w.length > 2 && !/^(?:who|which|whose|according|the|what)$/.test(w));
}

/** The one a question says the figure was given to: "who gave Reuters the toll", "who told the BBC", "… to Reuters". */
function recipientAsked(question: string): string | undefined {
  const m = /\b(?:gave|give|gives|provided|told|handed|leaked)\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)/u.exec(question) ?? /\b(?:provided|given|handed|leaked|told|reported)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)/u.exec(question);
  return m?.[1] ? fold(m[1]) : undefined;
}

/** People or a body told by what they are and where they are from only: "Iranian authorities", "officials", "a spokesman". */
function unnamedBody(claimant: string): boolean {
  const words = claimant.split(/\s+/);
  const head = words.at(-1) ?? '';
  return /^(?:authorities|officials?|sources?|police|activists|spokes(?:man|woman|person)|government|residents|witnesses|people|medics|doctors|lawyers|relatives|families)$/i.test(head) && words.slice(0, -1).every((w) => !/^\p{Lu}/u.test(w) || /(?:an|ese|ish|i)$/.test(w));
}

/**
 * The source a figure is credited to, when the question asks who gave a figure it states: each body credited with
 * that number in reports that hold the question's names, with the sentence it is credited in. Undefined when the
 * question asks no such thing, or no figure of that number is credited to anyone but its report.
 */
export function sourceOfAFigure(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const q = intent.question ?? '';
  const stated = figuresWhoseSourceIsAsked(q, intent.analysis.numbers);
  if (stated.length !== 1) return undefined;
  const n = stated[0] as number;
  const measure = measureOf(q.replace(/\b(?:toll|figure|count|estimate|tally|number)\b/gi, ' '));
  const names = namesAsked(q);
  const recipient = recipientAsked(q);
  const found: Array<{ figure: Figure; claimant: string }> = [];
  for (const f of index.data.figures) {
    if (f.value !== n || !f.claimant) continue;
    // ("Who gave Reuters the figure?": the outlet given it is not who gave it; nor are "Iranian authorities" a body
    // named, when the report may name the one that issued it in another sentence.)
    if ((recipient && fold(f.claimant).includes(recipient)) || unnamedBody(f.claimant)) continue;
    if (measure && f.measure !== measure && f.measure !== 'other') continue;
    const article = index.article(f.source.articleId);
    if (!article) continue;
    // (A figure its report states itself, credited to no one but its publisher, answers no "who gave it".)
    const sentence = sentenceAt(index, f.source)?.text ?? '';
    if (f.claimant === article.publisher && !sentence.includes(f.claimant)) continue;
    const text = fold(`${article.title} ${article.publisher ?? ''} ${article.text}`);
    if (!names.every((w) => text.includes(w))) continue;
    found.push({ figure: f, claimant: f.claimant });
  }
  if (!found.length) return undefined;
  const claimants = [...new Set(found.map((x) => x.claimant))];
  if (claimants.length > 3) return undefined;
  const first = found[0] as { figure: Figure; claimant: string };
  const article = index.article(first.figure.source.articleId);
  const sentence = sentenceAt(index, first.figure.source)?.text ?? '';
  const text = `${claimants.join('; ')} (according to ${sourceOf(article)}): “${clip(sentence, 400)}”`;
  return answered(intent, text, citeAll(index, found.map((x) => x.figure.source)));
}
