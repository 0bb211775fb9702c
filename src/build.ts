import type { ArticleExtraction, IngestResult, SkippedFile } from './domain/types.ts';
import { createNlp, type Nlp } from './extract/nlp.ts';
import { extractArticle } from './extract/extract-article.ts';
import { ReadingTooSlow } from './extract/deadline.ts';
import { ingestFiles, ingestFolder } from './ingest/index.ts';
import { buildIndex, type ArchiveIndex } from './index/archive-index.ts';

/*
 * The build half of the engine: ingest (readability, linkedom) and extraction (the wink model) are heavy to
 * import, so `engine.ts` loads this module only when a build is asked for; answering from a snapshot never does.
 */

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
  /** Time one report may take to read (default DEFAULT_REPORT_BUDGET_MS); a report over it is skipped with the reason. */
  reportBudgetMs?: number;
}

/** Ten seconds: a 5 MB report of ordinary prose reads in a few; only a pathological page takes longer. */
export const DEFAULT_REPORT_BUDGET_MS = 10_000;

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
      extractions.push(extractArticle(nlp, article, opts.reportBudgetMs ?? DEFAULT_REPORT_BUDGET_MS));
      articles.push(article);
    } catch (err) {
      // One article the extractor cannot handle, or cannot read in its time, must not take the whole archive down:
      // report it like a bad file.
      const reason = err instanceof ReadingTooSlow ? err.message : `extraction failed: ${(err as Error).message}`;
      for (const file of article.files) skipped.push({ file, reason });
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
  started: number = Date.now(),
): { index: ArchiveIndex; report: BuildReport } {
  return indexIngested(ingestFiles(files, ingestOptions(opts)), opts, started);
}

/** Builds an index from every article file in a folder. */
export async function buildArchiveFromFolder(
  dir: string,
  opts: BuildOptions = {},
  started: number = Date.now(),
): Promise<{ index: ArchiveIndex; report: BuildReport }> {
  const ingested = await ingestFolder(dir, ingestOptions(opts));
  return indexIngested(ingested, opts, started);
}
