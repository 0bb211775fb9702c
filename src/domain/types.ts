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
  /** ISO 639-1 code of the report's language ("en", "fr", "de"), or "und" when it cannot be told. */
  language?: string;
  /** The page has no headline: `title` was made from its first sentence. */
  titleInferred?: boolean;
  /** Publication date; precision 'unknown' when none could be established. */
  date: FuzzyDate;
  /**
   * The day a "date YYYY-MM-DD" field opening the stored page gives (ISO; "YYYY-MM" when the field gives a month
   * alone), not the article's date: the page existed then, so what it tells is of that year or earlier.
   */
  storedOn?: string;
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

/** The kind of answer a question expects. */
export type AnswerType = 'count' | 'agent' | 'place' | 'date' | 'statement' | 'role' | 'fact';

/** A content word of the question. */
/** A content word of an analysed question. */
export interface QuestionTerm {
  /** As written. */
  text: string;
  fold: string;
  key: string;
  /**
   * `focus`: what is asked (the counted noun, the verb of the deed, the kind of agent) — the evidence sentence must hold it.
   * `context`: what places the event or report (its place, date, occasion, the people around it).
   */
  part: 'focus' | 'context';
  /**
   * `name`: a proper name (capitalised in the question, or a word the archive only writes capitalised);
   * `source`: the outlet the question cites ("per Top Channel", "the Voxeurop piece"), which the report may not print;
   * `number`: a figure the question states; `year`; `word`: any other content word.
   */
  sort: 'word' | 'name' | 'number' | 'year' | 'date' | 'source';
  /** A name right after "in/at/near/outside" ("a rally in Rome"): where the event was, which its report must name. */
  locative?: boolean;
  /** Written as an acronym in capitals ("IS", "US"): it matches only the same capitals, never the word "is". */
  acronym?: boolean;
  /** A word describing the event asked about ("the sarin attack", "the solidarity demo"). */
  describesEvent?: boolean;
  /** The word stands in the clause that asks (not in a clause that only sets the scene). */
  inAsk: boolean;
  /** Position in the question's token list. */
  at: number;
}

/** What an agent question (who / which group) asks for. */
export interface AgentFocus {
  kind: 'person' | 'organisation' | 'any';
  /** Folded head noun of "which <head>" ("mayors", "website", "office"), when there is one. */
  head?: string;
  /** Keys of the words around the head ("former", "us", "vice" for "which former US vice president"). */
  modifiers: string[];
  /** A list is asked ("which mayors", "who spoke"). */
  plural: boolean;
  /** The agent is the object of the deed ("who did the Observatory blame"), not its subject. */
  object: boolean;
  /**
   * The head is an office of a body ("which former speaker of the house", "which member of the Senate"): a word that
   * otherwise names anyone (a speaker, a member) must then stand by the name as that word, with the body's words
   * (in `modifiers`) near it.
   */
  office?: boolean;
}

/**
 * A question read once: the answer expected, its focus, the constraints that place the event, and every content
 * term with the key it is compared by. Every step after `understand` reads this, never the raw question.
 */
export interface QuestionAnalysis {
  /** The question as cleaned (mentions and control characters removed). */
  question: string;
  expects: AnswerType;
  agent?: AgentFocus;
  /** Keys of the noun a count question counts ("@child" for kids, "state" for US states), when it names one. */
  counted?: string[];
  /** Names or acronyms written before the counted noun ("IS" in "how many IS fighters"): whose they are. */
  countedOf?: string[];
  /** Who gives the figure asked ("what death toll did the White Helmets give"): the words naming the claimant. */
  claimant?: string[];
  /** The person or body whose words or role are asked, as written, with the keys of its words. */
  subject?: { text: string; keys: string[]; group: boolean };
  /** Keys of what the words asked are about ("about the protesters in Iran", "describe conditions in Idlib"). */
  topic?: string[];
  /** Keys of what the words asked said something of, in a clause after "say" ("say the death toll would reach"). */
  saidOf?: string[];
  /** The words asked call for something ("what did X call for / demand / urge"): a call fits them best. */
  demand?: boolean;
  /** Keys of the name the words were told to ("what did X tell CBC Toronto"): the sentence saying so fits best. */
  addressee?: string[];
  /** Folded head nouns of the place asked for ("station", "hospital", "hall", "square"). */
  placeHead?: string[];
  /** Years the question states. */
  years: number[];
  /** The date or period it states, if any. */
  range?: DateRange;
  /** Every content term, in order. */
  terms: QuestionTerm[];
  /** Values of the numbers the question states: context, never the answer. */
  numbers: number[];
  /** Folded names the question sets aside ("apart from Maryam Rajavi"). */
  excluded: string[];
  /**
   * Folded names of another occasion the question dates the asked one by ("the day before the Lindau march", "a week
   * after the Harbour Square rally"): a sentence telling of that occasion tells of it, not of the one asked.
   */
  reference?: string[];
  /**
   * Names of bodies the question writes whole, as the folded words a report must write in that order
   * ("association of iranian exiles", "women for a free iran initiative").
   */
  bodies?: string[][];
  /**
   * Words the question quotes as said, called or chanted ("called Iranians 'the resistance of our age'"), folded: the
   * evidence must write them.
   */
  quoted?: string[];
  /** A where-question asks where a march or route ends ("where will the march end") or starts, not where it was held. */
  route?: 'start' | 'end';
  /** "From where did X address the rally?": where a speaker who joined from afar was, not where the event was. */
  speakerFrom?: boolean;
  /** "Where did X tell reporters …?", "where did X brief the press?": where the words were said, not the event's place. */
  pressAt?: boolean;
  /** "What time did the rally end?": a time of day is asked, which a day or a month does not answer. */
  clock?: boolean;
}

export interface Intent {
  kind: IntentKind;
  question: string;
  /** The question analysed once (expected answer, focus, constraints, terms) for the reader. */
  analysis: QuestionAnalysis;
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
