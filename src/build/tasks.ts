import type { Article } from '../domain/types.ts';
import { ReadingTooSlow } from '../extract/deadline.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { createNlp, type Nlp } from '../extract/nlp.ts';
import { parseArticleFile } from '../ingest/index.ts';

/*
 * The per-file and per-article work of a build, as plain data in and out so that it runs the same in a pool worker
 * and in the calling thread. Results are JSON text: what the extraction cache stores, and what the build parses back,
 * so a reused result and a fresh one reach the merge step through the same JSON round trip (identical by construction).
 */

/** Work for one pool worker: parse some files, or extract some articles. */
export type BuildTask =
  | { kind: 'parse'; files: Array<{ name: string; bytes: Uint8Array }>; maxBytes?: number }
  | { kind: 'extract'; articles: Article[]; budgetMs: number };

/** One article's extraction: its JSON text, or why it could not be read (reported like a bad file, never cached). */
export type ExtractOutcome = { ok: true; json: string } | { ok: false; reason: string };

/** Per task: the JSON of each file's ParseResult (parse), or each article's outcome (extract), in input order. */
export type TaskResult = { kind: 'parse'; json: string[] } | { kind: 'extract'; outcomes: ExtractOutcome[] };

/** Runs one task; `nlp` is asked for only when there is something to extract (loading wink takes a while). */
export function runTask(task: BuildTask, nlp: () => Nlp): TaskResult {
  if (task.kind === 'parse') {
    const opts = task.maxBytes !== undefined ? { maxBytes: task.maxBytes } : {};
    return { kind: 'parse', json: task.files.map((f) => JSON.stringify(parseArticleFile(f, opts))) };
  }
  const outcomes = task.articles.map((article): ExtractOutcome => {
    try {
      return { ok: true, json: JSON.stringify(extractArticle(nlp(), article, task.budgetMs)) };
    } catch (err) {
      // One article the extractor cannot handle, or cannot read in its time, must not take the whole archive down:
      // it is reported like a bad file.
      return { ok: false, reason: err instanceof ReadingTooSlow ? err.message : `extraction failed: ${(err as Error).message}` };
    }
  });
  return { kind: 'extract', outcomes };
}

/** A lazily created wink instance (or the one given). */
export function lazyNlp(given?: Nlp): () => Nlp {
  let nlp = given;
  return () => (nlp ??= createNlp());
}
