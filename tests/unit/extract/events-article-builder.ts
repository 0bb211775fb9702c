/** Builds test Articles from plain text the way ingest would hand them over (one paragraph per non-empty line). */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Article, FuzzyDate, Paragraph } from '../../../src/domain/types.ts';

export const UNKNOWN_DATE: FuzzyDate = { precision: 'unknown', yearStated: false, iso: '', source: 'none', text: '' };

/** A stated day date ("2019-12-28"). */
export function dayDate(iso: string, source: FuzzyDate['source'] = 'byline'): FuzzyDate {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: m!, day: d!, precision: 'day', yearStated: true, iso, source, text: iso };
}

/** A day and month without a year ("--12-19"). */
export function dayMonthDate(month: number, day: number, source: FuzzyDate['source'] = 'dateline'): FuzzyDate {
  const iso = `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { month, day, precision: 'day', yearStated: false, iso, source, text: iso };
}

export interface BuildOptions {
  date?: FuzzyDate;
  publisher?: string;
  dateline?: string;
  title?: string;
  /** Body starts at the first line starting with this text (clutter above is dropped). */
  from?: string;
  /** Body ends before the first line equal to this text ("Latest news"). */
  until?: string;
  /** Lines dropped anywhere (page clutter such as a crawl date). */
  drop?: RegExp[];
}

/** An Article from text: non-empty lines become paragraphs joined by a blank line. */
export function articleFromText(raw: string, opts: BuildOptions = {}): Article {
  let lines = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (opts.from) {
    const i = lines.findIndex((l) => l.startsWith(opts.from!));
    if (i >= 0) lines = lines.slice(i);
  }
  if (opts.until) {
    const i = lines.findIndex((l) => l === opts.until);
    if (i >= 0) lines = lines.slice(0, i);
  }
  if (opts.drop) lines = lines.filter((l) => !opts.drop!.some((re) => re.test(l)));
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + line.length });
    text += line;
  }
  const article: Article = {
    id: createHash('sha1').update(text).digest('hex').slice(0, 12),
    files: ['test.txt'],
    title: opts.title ?? 'Test article',
    date: opts.date ?? UNKNOWN_DATE,
    text,
    paragraphs,
  };
  if (opts.publisher) article.publisher = opts.publisher;
  if (opts.dateline) article.dateline = opts.dateline;
  return article;
}

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
}
