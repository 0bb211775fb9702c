/**
 * Plain data types shared by every stage of the pipeline.
 * ingest → Article; extract → ArticleExtraction; index → ArchiveIndex; understand → Intent; answer → Answer.
 * Nothing here imports a library: these are the shapes that flow between stages and into snapshots.
 */

/** Where a fact comes from: a sentence of an article's cleaned text, with character offsets into `Article.text`. */
export interface Provenance {
  articleId: string;
  /** Index into `ArticleExtraction.sentences`. */
  sentence: number;
  /** Offsets into `Article.text`, `end` exclusive: the span the fact rests on (may be narrower than the sentence). */
  start: number;
  end: number;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/** Where a date was read from. */
export type DateSource =
  | 'front-matter'
  | 'byline'
  | 'dateline'
  | 'text'
  | 'tweet'
  | 'caption'
  | 'article-date'
  | 'none';

/**
 * A date as the text supports it, never more precise.
 * `precision` says how much of day/month/year is known; when the year is not stated
 * (`yearStated: false`) `year` is absent and `candidateYears` lists the years a stated weekday allows.
 */
export interface FuzzyDate {
  year?: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  yearStated: boolean;
  /** Years that agree with a stated weekday when no year is given (e.g. [2011, 2016, 2022]). */
  candidateYears?: number[];
  /** The weekday as written ("Saturday"), when one was. */
  weekday?: string;
  /** ISO form of what is known: "2019-12-26", "2019-12", "2019", "--12-17" (day and month, no year), "" when unknown. */
  iso: string;
  source: DateSource;
  /** The words it was read from ("Thursday", "On Saturday, December 17"). */
  text: string;
}

export interface Paragraph {
  start: number;
  end: number;
}

/** A cleaned article: what ingest produces from one file (or several identical files). */
export interface Article {
  /** Stable id: a hash of the cleaned body text. */
  id: string;
  /** Base names of the archive files holding this article (two files with the same content → one article). */
  files: string[];
  title: string;
  /** Publisher / site name ("Iran Focus", "NCRI"), when it can be told. */
  publisher?: string;
  author?: string;
  url?: string;
  /** Place of the dateline ("Paris" in "Paris, February 12, 2020—"). */
  dateline?: string;
  /** Publication date; precision 'unknown' when none could be established. */
  date: FuzzyDate;
  /** Dates seen and deliberately not used as the article's date (e.g. a crawl date in the page header). */
  ignoredDates?: Array<{ text: string; reason: string }>;
  /** Cleaned body text (clutter removed, title not repeated). Paragraphs separated by "\n\n". All offsets point here. */
  text: string;
  paragraphs: Paragraph[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface IngestResult {
  articles: Article[];
  skipped: SkippedFile[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  text: string;
}

export type EventKind =
  | 'rally'
  | 'demonstration'
  | 'protest'
  | 'gathering'
  | 'conference'
  | 'meeting'
  | 'commemoration'
  | 'attack'
  | 'bombardment'
  | 'uprising'
  | 'other';

/** A crowd size or other amount as stated, with bounds only where the words give them. */
export interface Amount {
  text: string;
  value?: number;
  lower?: number;
  upper?: number;
}

export interface EventRecord {
  id: string;
  kind: EventKind;
  /** A short human label built from the facts: "Rally at Place de Trocadero, Paris". */
  label: string;
  date?: FuzzyDate;
  venue?: string;
  city?: string;
  country?: string;
  organisers: string[];
  size?: Amount;
  purpose?: string;
  /** Speaker ids (after merge) of people who spoke at it. */
  speakers: string[];
  /** Sentences that describe the event (first is the main one). */
  sources: Provenance[];
}

export interface Role {
  text: string;
  source: Provenance;
}

export interface Speaker {
  /** Slug of the canonical name. */
  id: string;
  name: string;
  aliases: string[];
  roles: Role[];
  affiliations: string[];
  /** Event ids the person spoke at. */
  events: string[];
  /** Sentences that mention the person. */
  mentions: Provenance[];
}

export type QuoteKind = 'direct' | 'indirect' | 'banner' | 'tweet' | 'slogan' | 'written';

export interface Quote {
  id: string;
  /** The quoted words, without the quote marks. For 'indirect', the reported clause ("urged France to lead…"). */
  text: string;
  kind: QuoteKind;
  /** Speaker id, absent when the quote cannot be attributed (never guessed). */
  speakerId?: string;
  /** The name as the article gives it, or the crowd for slogans ("protesters"). */
  speakerName?: string;
  eventId?: string;
  source: Provenance;
}

export type Measure =
  | 'killed'
  | 'injured'
  | 'arrested'
  | 'executed'
  | 'missing'
  | 'cities'
  | 'attendance'
  | 'identified'
  | 'damaged'
  | 'displaced'
  | 'other';

export type Qualifier =
  | 'exact'
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'less-than'
  | 'about'
  | 'nearly'
  | 'vague';

export interface Figure {
  id: string;
  /** The number as written, with its qualifier ("at least 12,000", "nearly two dozen", "hundreds"). */
  text: string;
  /** The exact value when stated; for bounded figures the stated number. Vague amounts have none. */
  value?: number;
  lower?: number;
  upper?: number;
  qualifier: Qualifier;
  measure: Measure;
  /** What is counted, in the article's words ("protesters", "medical facilities", "cities"). */
  counted: string;
  /** What it refers to ("the November 2019 uprising", "the bombardment of a Damascus suburb"). */
  scope?: string;
  eventId?: string;
  /** Who claims it ("PMOI/MEK", "Syrian Observatory for Human Rights"); the publisher when the article states it itself. */
  claimant?: string;
  asOf?: FuzzyDate;
  source: Provenance;
}

/** Figures about the same measure and scope whose ranges do not overlap. */
export interface FigureConflict {
  measure: Measure;
  scope?: string;
  figureIds: string[];
}

/** What extraction found in one article; ids are unique across the archive. */
export interface ArticleExtraction {
  articleId: string;
  sentences: Sentence[];
  events: EventRecord[];
  speakers: Speaker[];
  quotes: Quote[];
  figures: Figure[];
}

export type IntentKind =
  | 'who'
  | 'role'
  | 'quote'
  | 'when'
  | 'where'
  | 'howmany'
  | 'timeline'
  | 'mentions'
  | 'search';

export interface DateRange {
  /** ISO day, inclusive. */
  from: string;
  to: string;
  text: string;
}

export interface Intent {
  kind: IntentKind;
  question: string;
  slots: {
    /** Speaker ids matched in the question, best first. */
    people?: string[];
    /** Names that look like people but match no speaker. */
    unknownPeople?: string[];
    places?: string[];
    eventKinds?: EventKind[];
    range?: DateRange;
    measure?: Measure;
    topic?: string;
    /** Content words left for passage search. */
    keywords: string[];
  };
}

export interface Citation {
  file: string;
  articleId: string;
  title: string;
  /** Publisher / site. */
  source?: string;
  /** ISO date of the article as known ("2019-12-28", "--12-19"); absent when unknown. */
  date?: string;
  url?: string;
  /** The sentence(s) the answer rests on, verbatim from the cleaned text. */
  excerpt: string;
  sentence: number;
  start: number;
  end: number;
}

export interface Answer {
  question: string;
  answered: boolean;
  intent: IntentKind;
  text: string;
  citations: Citation[];
  /** When unanswered: what the archive does hold that is closest. */
  suggestions?: string[];
}

/** Everything the index holds, as plain data: what a snapshot stores (plus the passage-search index). */
export interface ArchiveData {
  articles: Article[];
  /** Sentences per article id. */
  sentences: Record<string, Sentence[]>;
  events: EventRecord[];
  speakers: Speaker[];
  quotes: Quote[];
  figures: Figure[];
  conflicts: FigureConflict[];
  skipped: SkippedFile[];
}

/**
 * What a conversation remembers between questions of one user in one channel, so that follow-ups
 * ("what did she say?", "and how many were arrested?") reuse the previous question's slots.
 */
export interface ConversationContext {
  people?: string[];
  places?: string[];
  eventIds?: string[];
  range?: DateRange;
  measure?: Measure;
  /** Epoch ms of the question that set it. */
  at: number;
}
