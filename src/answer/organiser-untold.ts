import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { DOER_MARKED } from './speech-untold-abroad.ts';

/**
 * "who was behind the rally", "which group was behind the second march": an organiser asked in other words (what is
 * behind a figure or a claim asks its source, not this).
 */
const BEHIND_ASKED = /\b(?:who|which\s+[\p{L}-]+)\s+(?:was|were|is|are)\s+behind\s+(?:the|this|that|a|an)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:rall(?:y|ies)|protests?|march(?:es)?|demonstrations?|vigils?|gatherings?|events?|sit-ins?)\b/iu;
/** Words that mark who held a gathering, beside a doer's marks: "held a rally", "staged", "hosted", "the organisers". */
const ORGANISER_MARKED = /(?<![\p{L}])(?:held|holds|holding|staged|stage[sd]?|hosted|arranged|sponsored|initiators?|behind|organi[sz](?:e|es|ed|ers?|ing))(?![\p{L}])/iu;

/**
 * "Who organised the rally in Lenz?": the organiser is told by a sentence that marks one ("organised by", "called by",
 * "X, which staged the rally", "the initiators"). A body the sentence names only as being there or as the occasion
 * ("as the council convened …, exiles gathered", "supporters of the X party") organised nothing it says. Declined.
 */
export function organiserUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'agent' || !given.citations.length) return given;
  const asked = intent.analysis.terms.some((t) => t.part === 'focus' && t.key === '@organise') || BEHIND_ASKED.test(intent.question ?? '');
  if (!asked) return given;
  const marked = (text: string) => DOER_MARKED.test(text) || ORGANISER_MARKED.test(text);
  const said = (given.text.split('“')[0] ?? '').replace(/\([^)]*\)/g, ' ');
  // (Or the line announcing a list the answer is read from: "Organisers:".)
  const intro = (c: Answer['citations'][number]) => {
    const before = index.sentencesOf(c.articleId)[c.sentence - 1]?.text ?? '';
    return /:\s*$/.test(before) && marked(before);
  };
  if (marked(said) || given.citations.some((c) => marked(c.excerpt ?? '') || intro(c))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence found tells who organised it.', suggestionsFor(intent, index));
}
