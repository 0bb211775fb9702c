import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Article, ArticleExtraction, SkippedFile } from './domain/types.ts';
import type { Nlp } from './extract/nlp.ts';
import { combineParsed, readArchiveFolder, sortFiles, type ParseResult } from './ingest/index.ts';
import { buildIndex, type ArchiveIndex } from './index/archive-index.ts';
import { BuildPool } from './build/pool.ts';
import { extractionKey, parseKey, readExtraction, readParseResult, type BuildCache } from './build/reuse.ts';
import type { BuildTask, ExtractOutcome } from './build/tasks.ts';

/*
 * The build half of the engine: ingest (readability, linkedom) and extraction (the wink model) are heavy to
 * import, so `engine.ts` loads this module only when a build is asked for; answering from a snapshot never does.
 *
 * A build: parse every file (in a pool of worker threads, or reused from the cache) → merge duplicates and drop
 * shared boilerplate (whole archive, cheap) → extract every article (pool, or cache) → merge and index (whole
 * archive). Results are put back in file and article order, so the index does not depend on how many workers ran
 * or which results were reused.
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
  /** Articles whose extraction was reused from an earlier build, and articles read afresh (0 and all without a cache). */
  reused?: number;
  reread?: number;
  /** Worker threads the build ran on (1: the calling thread). */
  workers?: number;
  /** Milliseconds per step: reading the cache, parsing, merging duplicates and boilerplate, extracting, merging and indexing, writing the cache; in a refresh's worker, serialising the snapshot. */
  steps?: { cacheRead: number; parse: number; combine: number; extract: number; index: number; cacheWrite: number; serialise?: number };
}

/** Options shared by the build functions. */
export interface BuildOptions {
  /** A wink instance to reuse (creating one takes about a second); used for work done in the calling thread. */
  nlp?: Nlp;
  /** Files larger than this are skipped with a reason. */
  maxBytes?: number;
  /** Called as articles are extracted (or found in the cache). */
  onProgress?: (done: number, total: number) => void;
  /** Time one report may take to read (default DEFAULT_REPORT_BUDGET_MS); a report over it is skipped with the reason. */
  reportBudgetMs?: number;
  /** Worker threads for parsing and extraction (default: `os.availableParallelism()`); 1 works in the calling thread. */
  workers?: number;
  /**
   * Fewest files or articles per worker thread worth starting one for (default 50): a thread and its wink model
   * cost about a second, so a refresh that reads a handful of new reports does it in the calling thread.
   */
  minPerWorker?: number;
  /** Heap cap of each worker thread, in MB. */
  maxMemoryMb?: number;
  /** Results of earlier builds to reuse, and where this build's results go. */
  cache?: BuildCache;
}

/** Ten seconds: a 5 MB report of ordinary prose reads in a few; only a pathological page takes longer. */
export const DEFAULT_REPORT_BUDGET_MS = 10_000;
const DEFAULT_MIN_PER_WORKER = 50;

/** The worker count a build uses when none is set. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Splits work into about 8 pieces per worker (at most `max` items each): small enough to balance, big enough to be cheap to send. */
function chunks<T>(items: T[], workers: number, max: number): T[][] {
  const size = Math.max(1, Math.min(max, Math.ceil(items.length / (workers * 8))));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The pool size worth using for `items` pieces of work. */
function workersFor(items: number, opts: BuildOptions): number {
  const most = Math.max(1, Math.floor(opts.workers ?? defaultWorkers()));
  return Math.max(1, Math.min(most, Math.floor(items / (opts.minPerWorker ?? DEFAULT_MIN_PER_WORKER))));
}

/** Reads files to articles and extractions (reusing what `opts.cache` holds), then merges and indexes them. */
async function buildFiles(
  files: Array<{ name: string; bytes: Uint8Array }>,
  readSkipped: SkippedFile[],
  opts: BuildOptions,
  started: number,
): Promise<{ index: ArchiveIndex; report: BuildReport }> {
  const budgetMs = opts.reportBudgetMs ?? DEFAULT_REPORT_BUDGET_MS;
  const cache = opts.cache;
  const fresh: Array<[string, string]> = [];
  const used: string[] = [];
  const sorted = sortFiles(files);
  // Sized once, by the files to parse: a refresh that adds one file parses and extracts one.
  let pool: BuildPool | undefined;
  const poolFor = (items: number) =>
    (pool ??= new BuildPool({
      size: workersFor(items, opts),
      ...(opts.nlp ? { nlp: opts.nlp } : {}),
      ...(opts.maxMemoryMb ? { maxMemoryMb: opts.maxMemoryMb } : {}),
    }));

  const steps = { cacheRead: 0, parse: 0, combine: 0, extract: 0, index: 0, cacheWrite: 0 };
  let at = performance.now();
  const step = (name: keyof typeof steps) => {
    const now = performance.now();
    steps[name] += Math.round(now - at);
    at = now;
  };
  try {
    // 1. Parse each file, or reuse its stored parse result.
    const pKeys = sorted.map((f) => parseKey(f, opts.maxBytes));
    const pStored = cache ? await cache.get(pKeys) : [];
    step('cacheRead');
    const parsed: Array<ParseResult | undefined> = sorted.map((f, i) => readParseResult(pStored[i], f.name));
    const toParse = sorted.map((_, i) => i).filter((i) => !parsed[i]);
    if (toParse.length > 0) {
      const p = poolFor(toParse.length);
      const groups = chunks(toParse, p.size, 32);
      const tasks: BuildTask[] = groups.map((g) => ({ kind: 'parse', files: g.map((i) => sorted[i]!), ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}) }));
      const results = await p.run(tasks);
      groups.forEach((g, t) => {
        const r = results[t]!;
        if (r.kind !== 'parse') throw new Error('build: a parse task came back as something else');
        g.forEach((i, k) => {
          const json = r.json[k]!;
          parsed[i] = JSON.parse(json) as ParseResult;
          fresh.push([pKeys[i]!, json]);
        });
      });
    }
    used.push(...pKeys);
    step('parse');
    const ingested = combineParsed(parsed as ParseResult[]);
    step('combine');

    // 2. Extract each article, or reuse its stored extraction.
    const articles = ingested.articles;
    const total = articles.length;
    const xKeys = articles.map((a) => extractionKey(a, budgetMs));
    const xStored = cache ? await cache.get(xKeys) : [];
    step('cacheRead');
    const outcomes: Array<ArticleExtraction | { failed: string } | undefined> = articles.map((a, i) => readExtraction(xStored[i], a));
    const toExtract = articles.map((_, i) => i).filter((i) => !outcomes[i]);
    const reused = total - toExtract.length;
    let done = reused;
    if (reused > 0 && toExtract.length > 0) opts.onProgress?.(done, total);
    if (toExtract.length > 0) {
      const p = poolFor(toExtract.length);
      const groups = chunks(toExtract, p.size, 8);
      const tasks: BuildTask[] = groups.map((g) => ({ kind: 'extract', articles: g.map((i) => articles[i]!), budgetMs }));
      await p.run(tasks, (t, r) => {
        if (r.kind !== 'extract') throw new Error('build: an extraction task came back as something else');
        groups[t]!.forEach((i, k) => {
          const o: ExtractOutcome = r.outcomes[k]!;
          if (o.ok) {
            outcomes[i] = JSON.parse(o.json) as ArticleExtraction;
            fresh.push([xKeys[i]!, o.json]);
          } else {
            // Not stored: a report over its time budget may read in time on a quieter machine, as in a full build.
            outcomes[i] = { failed: o.reason };
          }
        });
        done += groups[t]!.length;
        if (done < total) opts.onProgress?.(done, total);
      });
    }
    if (total > 0) opts.onProgress?.(total, total);
    step('extract');

    const skipped: SkippedFile[] = [...readSkipped, ...ingested.skipped];
    const kept: Article[] = [];
    const extractions: ArticleExtraction[] = [];
    articles.forEach((article, i) => {
      const o = outcomes[i]!;
      if ('failed' in o) {
        for (const file of article.files) skipped.push({ file, reason: o.failed });
        return;
      }
      kept.push(article);
      extractions.push(o);
      used.push(xKeys[i]!);
    });

    // 3. Merge and index the whole archive.
    const index = buildIndex(kept, extractions, skipped);
    step('index');
    // A cache that cannot be written costs the next build time, not this build its result.
    if (cache) await cache.put(fresh, used).catch(() => undefined);
    step('cacheWrite');
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
      reused,
      reread: toExtract.length,
      workers: (pool as BuildPool | undefined)?.size ?? 1,
      steps,
    };
    return { index, report };
  } finally {
    await (pool as BuildPool | undefined)?.close();
  }
}

/** Builds an index from in-memory files (uploads, tests): ingest → extract each article → merge and index. */
export function buildArchive(
  files: Array<{ name: string; bytes: Uint8Array }>,
  opts: BuildOptions = {},
  started: number = Date.now(),
): Promise<{ index: ArchiveIndex; report: BuildReport }> {
  return buildFiles(files, [], opts, started);
}

/** Builds an index from every article file in a folder. */
export async function buildArchiveFromFolder(
  dir: string,
  opts: BuildOptions = {},
  started: number = Date.now(),
): Promise<{ index: ArchiveIndex; report: BuildReport }> {
  const { files, skipped } = await readArchiveFolder(dir);
  return buildFiles(files, skipped, opts, started);
}
