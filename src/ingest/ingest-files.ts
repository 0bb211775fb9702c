import type { Article, IngestResult, SkippedFile } from '../domain/types.ts';
import { joinParagraphs, parseArticleFile } from './parse-article.ts';

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
  const skipped: SkippedFile[] = [];
  const byId = new Map<string, Article>();
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of sorted) {
    const r = parseArticleFile(f, opts);
    if (!r.ok) {
      skipped.push({ file: r.file, reason: r.reason });
      continue;
    }
    const seen = byId.get(r.article.id);
    if (seen) {
      seen.files = [...new Set([...seen.files, ...r.article.files])].sort();
    } else {
      byId.set(r.article.id, r.article);
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
