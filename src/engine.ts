import type { Answer, ArticleExtraction, ConversationContext, IngestResult, SkippedFile } from './domain/types.ts';
import { createNlp, type Nlp } from './extract/nlp.ts';
import { extractArticle } from './extract/extract-article.ts';
import { ingestFiles, ingestFolder } from './ingest/index.ts';
import { ArchiveIndex, buildIndex } from './index/archive-index.ts';
import { understand } from './understand/understand.ts';
import { answerIntent } from './answer/answer.ts';

/** What a build found: counts for the CLI's `index` command and the refresh report. */
export interface BuildReport {
  articles: number;
  skipped: SkippedFile[];
  events: number;
  speakers: number;
  quotes: number;
  figures: number;
  conflicts: number;
  ms: number;
}

/** Options shared by the build functions. */
export interface BuildOptions {
  /** A wink instance to reuse (creating one takes about a second). */
  nlp?: Nlp;
  /** Files larger than this are skipped with a reason. */
  maxBytes?: number;
  /** Called after each article is extracted. */
  onProgress?: (done: number, total: number) => void;
}

function ingestOptions(opts: BuildOptions): { maxBytes?: number } {
  return opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {};
}

function indexIngested(ingested: IngestResult, opts: BuildOptions, started: number): { index: ArchiveIndex; report: BuildReport } {
  const nlp = opts.nlp ?? createNlp();
  const skipped: SkippedFile[] = [...ingested.skipped];
  const articles = [];
  const extractions: ArticleExtraction[] = [];
  const total = ingested.articles.length;
  let done = 0;
  for (const article of ingested.articles) {
    try {
      extractions.push(extractArticle(nlp, article));
      articles.push(article);
    } catch (err) {
      // One article the extractor cannot handle must not take the whole archive down: report it like a bad file.
      for (const file of article.files) skipped.push({ file, reason: `extraction failed: ${(err as Error).message}` });
    }
    done++;
    opts.onProgress?.(done, total);
  }
  const index = buildIndex(articles, extractions, skipped);
  const d = index.data;
  const report: BuildReport = {
    articles: d.articles.length,
    skipped,
    events: d.events.length,
    speakers: d.speakers.length,
    quotes: d.quotes.length,
    figures: d.figures.length,
    conflicts: d.conflicts.length,
    ms: Date.now() - started,
  };
  return { index, report };
}

/** Builds an index from in-memory files (uploads, tests): ingest → extract each article → merge and index. */
export function buildArchive(
  files: Array<{ name: string; bytes: Uint8Array }>,
  opts: BuildOptions = {},
): { index: ArchiveIndex; report: BuildReport } {
  const started = Date.now();
  return indexIngested(ingestFiles(files, ingestOptions(opts)), opts, started);
}

/** Builds an index from every article file in a folder. */
export async function buildArchiveFromFolder(
  dir: string,
  opts: BuildOptions = {},
): Promise<{ index: ArchiveIndex; report: BuildReport }> {
  const started = Date.now();
  const ingested = await ingestFolder(dir, ingestOptions(opts));
  return indexIngested(ingested, opts, started);
}

/** Answers a question (understand + answer) and returns the conversation context a follow-up question will use. */
export function ask(
  index: ArchiveIndex,
  question: string,
  context?: ConversationContext,
): { answer: Answer; context: ConversationContext } {
  const intent = understand(question, index, context);
  const answer = answerIntent(intent, index);
  return { answer, context: nextContext(index, intent.slots, answer, context) };
}

/** What the next question may refer back to: the people, places, period, measure and events of this one (else the previous ones). */
export function nextContext(
  index: ArchiveIndex,
  slots: { people?: string[]; places?: string[]; range?: ConversationContext['range']; measure?: ConversationContext['measure'] },
  answer: Answer,
  previous?: ConversationContext,
): ConversationContext {
  const cited = new Set(answer.citations.map((c) => `${c.articleId}#${c.sentence}`));
  const eventIds = answer.answered
    ? index.data.events.filter((e) => e.sources.some((s) => cited.has(`${s.articleId}#${s.sentence}`))).map((e) => e.id)
    : [];
  const pick = <T>(fresh: T[] | undefined, old: T[] | undefined): T[] | undefined => (fresh && fresh.length > 0 ? fresh : old);
  const ctx: ConversationContext = { at: Date.now() };
  const people = pick(slots.people, previous?.people);
  const places = pick(slots.places, previous?.places);
  const events = pick(eventIds, previous?.eventIds);
  const range = slots.range ?? previous?.range;
  const measure = slots.measure ?? previous?.measure;
  if (people) ctx.people = people;
  if (places) ctx.places = places;
  if (events) ctx.eventIds = events;
  if (range) ctx.range = range;
  if (measure) ctx.measure = measure;
  return ctx;
}
