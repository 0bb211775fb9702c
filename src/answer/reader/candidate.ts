/** The typed answer candidates the reader extracts from evidence windows, and helpers they share. */
import type { FuzzyDate } from '../../domain/types.ts';
import type { ArchiveIndex } from '../../index/archive-index.ts';
import type { AnswerType, QuestionAnalysis } from '../../understand/analyse-question.ts';
import type { Token } from '../../understand/vocabulary.ts';
import type { EvidenceWindow } from './evidence-windows.ts';
import type { SpanJudge } from './spans.ts';

/** One possible answer, with the sentences it rests on. */
export interface Candidate {
  type: AnswerType;
  /** The answer phrase as the report writes it ("about 8,000 people", "Brandenburg Gate", "Mike Pence"). */
  text: string;
  /** Several items when a list is asked ("which mayors"). */
  items?: string[];
  window: EvidenceWindow;
  /** Sentence indices (in the window's report) the answer rests on, the window's own first. */
  sentences: number[];
  /** How well it fits the question's type and focus (0–1). */
  fit: number;
  /** A date answer's value. */
  date?: FuzzyDate;
  /** A count answer's value (its lower bound for "hundreds"). */
  value?: number;
  /** Who states a figure or said the words, when the text says. */
  attribution?: string;
  /** How much of the question's focus the candidate's evidence holds, when it rests on more than its window. */
  focus?: number;
  /** A count given as the share of a place the question names, in a breakdown ("Latakia (1,355)"). */
  share?: string;
}

/** What every extractor receives. */
export interface ExtractContext {
  index: ArchiveIndex;
  analysis: QuestionAnalysis;
  judge: SpanJudge;
}

/** The text of a sentence of a window's report. */
export function sentenceText(w: EvidenceWindow, si = w.si): string {
  return w.report.profile.sentences[si]?.text ?? '';
}

/** The text covered by tokens [from, to) of a sentence. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b) return '';
  return text.slice(a.start, b.end);
}

/** Whether the question itself names these words (so they are not the answer). */
export function inQuestion(a: QuestionAnalysis, folds: string[]): boolean {
  const q = new Set(a.terms.map((t) => t.fold));
  // (Words of two letters only count when there is nothing else: "SP" in "which SP party leader" is given.)
  const long = folds.filter((f) => f.length > 2);
  const content = long.length ? long : folds.filter((f) => f.length === 2);
  return content.length > 0 && content.every((f) => q.has(f));
}
