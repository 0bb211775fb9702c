import type { EventKind, Measure, Qualifier, QuoteKind } from '../src/domain/types.ts';

/** A date as the text supports it: "2019-12-26" (day), "2019-11" (month), "--12-17" (day and month, no year stated). */
export interface TruthDate {
  iso: string;
  precision: 'day' | 'month' | 'year';
}

export interface TruthArticle {
  /** File base name without extension ("00042_3f9a0c1d2b7e4a55"): what questions and items refer to. */
  stem: string;
  file: string;
  template: string;
  title: string;
  /** Publication date (never the crawl date printed above the title). */
  date: TruthDate;
  publisher: string;
  /** Byline author: a journalist, not a speaker. */
  author?: string;
  /** Set when this file repeats another file byte for byte (ingest should keep one article). */
  duplicateOf?: string;
}

export interface TruthEvent {
  article: string;
  kind: EventKind;
  date?: TruthDate;
  venue?: string;
  city?: string;
  organisers: string[];
}

export interface TruthSpeaker {
  article: string;
  name: string;
  roles: string[];
}

export interface TruthQuote {
  article: string;
  /** The words between the quote marks (for indirect speech: the reported clause), verbatim from the file. */
  text: string;
  /** Full name of the person, or null when the words belong to a crowd (slogans, unsigned banners). */
  speaker: string | null;
  kind: QuoteKind;
}

export interface TruthFigure {
  article: string;
  measure: Measure;
  /** The amount as written, with its qualifier ("more than 12,000", "hundreds"). */
  text: string;
  value?: number;
  lower?: number;
  upper?: number;
  qualifier: Qualifier;
  /** The incident it refers to, in words ("the March 2021 protests in Shiraz"). */
  scope?: string;
}

/** A question in the shape of /work/shared/eval/seeds-public.jsonl, plus `articles` when several files may be cited. */
export interface TruthQuestion {
  id: string;
  question: string;
  kind: 'who' | 'role' | 'quote' | 'howmany' | 'when' | 'where' | 'unanswerable';
  article?: string;
  /** Other files whose citation is equally right (a person described the same way in several articles). */
  articles?: string[];
  must: string[];
  must_not?: string[];
}

export interface GroundTruth {
  seed: number;
  n: number;
  articles: TruthArticle[];
  events: TruthEvent[];
  speakers: TruthSpeaker[];
  quotes: TruthQuote[];
  figures: TruthFigure[];
  questions: TruthQuestion[];
}
