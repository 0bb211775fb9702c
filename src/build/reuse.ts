import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleExtraction } from '../domain/types.ts';
import type { ParseResult } from '../ingest/index.ts';
import { bundle } from '../runtime.ts';

/*
 * Reusing earlier builds' work. A file's parse result is stored under a hash of its name and bytes; an article's
 * extraction under a hash of the article as ingest hands it to the extractor (after duplicates are merged and site
 * boilerplate shared with other articles is removed: that step looks at the whole archive, so the file bytes alone
 * cannot say what the extractor will read). Both keys also hold the options that change the result and a
 * fingerprint of the code that produced it, so a stored result is reused only where a fresh one would be identical.
 */

/**
 * Bump when parsing or extraction changes what it produces in a way the code fingerprint below cannot see
 * (the fingerprint already changes with any edit to src/ingest, src/extract, src/dates or src/domain).
 */
export const EXTRACTOR_VERSION = 1;

/** Where a build keeps and finds results of earlier builds (the store's extraction cache, or a worker's proxy to it). */
export interface BuildCache {
  /** The JSON bodies stored under `keys`, in order; undefined where absent or unusable. */
  get(keys: string[]): Promise<Array<string | undefined>>;
  /**
   * Stores what this build computed afresh (`entries`: key → JSON body) and lets go of every stored result this
   * build did not use (`used`), so removed and changed files do not pile up.
   */
  put(entries: Array<[string, string]>, used: string[]): Promise<void>;
}

const SOURCE_DIRS = ['ingest', 'extract', 'dates', 'domain'];
const PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', '@mozilla/readability', 'linkedom'];
let fingerprint: string | undefined;

/**
 * A hash of the code a parse or an extraction depends on: the sources of the stages involved and the versions of
 * the libraries they run. Computed once per process (a few milliseconds). A constant alone would be forgotten.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  // The bundle carries the fingerprint of the sources it was made from: the same value as running them.
  if (bundle) return (fingerprint = bundle.fingerprint);
  const hash = createHash('sha256').update(`v${EXTRACTOR_VERSION}\n`);
  const src = fileURLToPath(new URL('..', import.meta.url));
  for (const dir of SOURCE_DIRS) {
    for (const name of readdirSync(join(src, dir)).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(`${dir}/${name}\n`).update(readFileSync(join(src, dir, name)));
    }
  }
  const require = createRequire(import.meta.url);
  for (const pkg of PACKAGES) {
    let version = 'unknown';
    try {
      version = (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
    } catch {
      // A package whose exports hide package.json: its version cannot be read, the sources above still count.
    }
    hash.update(`${pkg}@${version}\n`);
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}

/** Key of a file's parse result: its name (the extension and the article's file list come from it), bytes and size limit. */
export function parseKey(file: { name: string; bytes: Uint8Array }, maxBytes: number | undefined): string {
  const h = createHash('sha256').update(`${codeFingerprint()}\0${maxBytes ?? 'default'}\0${file.name}\0`).update(file.bytes);
  return `p:${h.digest('hex')}`;
}

/** Key of an article's extraction: the whole article as the extractor gets it, and the time budget it gets. */
export function extractionKey(article: Article, budgetMs: number): string {
  const h = createHash('sha256').update(`${codeFingerprint()}\0${budgetMs}\0`).update(JSON.stringify(article));
  return `x:${h.digest('hex')}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored parse result, or undefined when the body is not one (then the file is parsed again). */
export function readParseResult(json: string | undefined, file: string): ParseResult | undefined {
  const r = parseJson(json);
  if (!isObject(r)) return undefined;
  if (r['ok'] === false) return typeof r['file'] === 'string' && typeof r['reason'] === 'string' ? (r as unknown as ParseResult) : undefined;
  const a = r['article'];
  if (r['ok'] !== true || !isObject(a)) return undefined;
  const fine = typeof a['id'] === 'string' && typeof a['text'] === 'string' && Array.isArray(a['paragraphs']) && Array.isArray(a['files']) && a['files'].includes(file.split(/[\\/]/).pop());
  return fine ? (r as unknown as ParseResult) : undefined;
}

/** A stored extraction of `article`, or undefined when the body is not one (then the article is extracted again). */
export function readExtraction(json: string | undefined, article: Article): ArticleExtraction | undefined {
  const x = parseJson(json);
  if (!isObject(x) || x['articleId'] !== article.id) return undefined;
  for (const field of ['sentences', 'events', 'speakers', 'quotes', 'figures']) if (!Array.isArray(x[field])) return undefined;
  return x as unknown as ArticleExtraction;
}

function parseJson(json: string | undefined): unknown {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
