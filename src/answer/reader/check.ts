/**
 * The evidence check for an answer found another way (the structured index): the sentence it cites must belong to
 * a report that fits the question's constraints and hold the question's focus, as a reader's answer must.
 */
import type { Answer, QuestionAnalysis } from '../../domain/types.ts';
import type { ArchiveIndex } from '../../index/archive-index.ts';
import type { Candidate } from './candidate.ts';
import { score, scoreWindows, selectReports } from './evidence-windows.ts';
import { evidenceProblem, unknownToArchive } from './read.ts';

/** How well a structured answer fits its type (its text is built from records, not read from the sentence). */
const STRUCTURED_FIT = 0.75;

/** The evidence score of an answer's best cited sentence, or undefined when its evidence does not cover the question. */
export function checkAnswer(a: QuestionAnalysis, index: ArchiveIndex, answer: Answer): { score: number } | undefined {
  if (!answer.answered || answer.citations.length === 0) return undefined;
  const reports = selectReports(a, index, 8);
  if (unknownToArchive(a, index, reports).length) return undefined;
  let best: { score: number } | undefined;
  for (const cite of answer.citations.slice(0, 3)) {
    const report = reports.find((r) => r.profile.article.id === cite.articleId);
    if (!report) continue;
    const w = scoreWindows(a, index, [report]).find((x) => x.si === cite.sentence);
    if (!w) continue;
    const c: Candidate = { type: a.expects, text: answer.text, window: w, sentences: [w.si], fit: STRUCTURED_FIT };
    const s = score(w) * (0.35 + 0.65 * c.fit);
    if (evidenceProblem(a, index, c, s)) continue;
    if (!best || s > best.score) best = { score: s };
  }
  return best;
}
