import type { Article, IngestResult, SkippedFile } from '../domain/types.ts';
import { joinParagraphs, parseArticleFile, type ParseResult } from './parse-article.ts';

/** A line is site boilerplate when it recurs verbatim in at least this many articles… */
const SHARED_LINE_MIN_ARTICLES = 3;
/** …and in at least this share of them. */
const SHARED_LINE_MIN_SHARE = 0.3;

const TALLY = /^[^:]{3,80}:\s*[^:]{0,60}\d/;

function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function paragraphTexts(a: Article): string[] {
  return a.paragraphs.map((p) => a.text.slice(p.start, p.end));
}

/**
 * Parses many files into articles: identical articles are merged (all file names kept, sorted) and
 * lines that recur across many articles are removed as site boilerplate. Ids are computed before that
 * corpus-level step, so an article keeps its id when other articles are added.
 */
export function ingestFiles(files: Array<{ name: string; bytes: Uint8Array }>, opts?: { maxBytes?: number }): IngestResult {
  return combineParsed(sortFiles(files).map((f) => parseArticleFile(f, opts)));
}

/** Files in the order ingest reads them (by name): the order `combineParsed` expects their parse results in. */
export function sortFiles<F extends { name: string }>(files: F[]): F[] {
  return [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The corpus-level half of `ingestFiles`, given each file's `parseArticleFile` result in file-name order: merges
 * identical articles and removes boilerplate lines shared by many articles. Split out so that a build can parse
 * files in parallel or reuse their stored parse results, and still get exactly what `ingestFiles` gives.
 */
export function combineParsed(parsed: ParseResult[]): IngestResult {
  const skipped: SkippedFile[] = [];
  const byId = new Map<string, Article>();
  for (const r of parsed) {
    if (!r.ok) {
      skipped.push({ file: r.file, reason: r.reason });
      continue;
    }
    const seen = byId.get(r.article.id);
    if (seen) {
      seen.files = [...new Set([...seen.files, ...r.article.files])].sort();
    } else {
      // A copy: the merge above changes `files`, and the caller's parse result (maybe a cached one) must stay as it was.
      byId.set(r.article.id, { ...r.article });
    }
  }
  const articles = [...byId.values()];

  const counts = new Map<string, number>();
  for (const a of articles) {
    for (const line of new Set(paragraphTexts(a).map(norm))) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const shared = new Set<string>();
  for (const [line, n] of counts) {
    // Tally lines ("number of detainees: 12,000") repeat across a site's daily updates but are facts, not boilerplate.
    if (TALLY.test(line)) continue;
    if (n >= SHARED_LINE_MIN_ARTICLES && n / articles.length >= SHARED_LINE_MIN_SHARE) shared.add(line);
  }
  const kept: Article[] = [];
  for (const a of articles) {
    const paras = paragraphTexts(a);
    const rest = paras.filter((p) => !shared.has(norm(p)));
    if (rest.length === paras.length) {
      kept.push(a);
      continue;
    }
    if (rest.length === 0) {
      for (const file of a.files) skipped.push({ file, reason: 'only lines that recur across many articles (site boilerplate)' });
      continue;
    }
    const { text, paragraphs } = joinParagraphs(rest);
    kept.push({ ...a, text, paragraphs });
  }
  return { articles: kept, skipped };
}
