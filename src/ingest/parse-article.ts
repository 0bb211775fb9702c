import { createHash } from 'node:crypto';
import { detectLanguage } from './language.ts';
import type { Article, DateSource, FuzzyDate, Paragraph } from '../domain/types.ts';
import { candidateYearsFromText, findDates, PAGE_DATE_FIELD, unknownFuzzyDate } from '../dates/index.ts';
import { dropOverlongRuns, removeClutter, unwrapLines } from './clean-lines.ts';
import { DEFAULT_MAX_BYTES, decodeText } from './decode.ts';
import { splitFrontMatter, type FrontMatter } from './front-matter.ts';
import { readHtml, type HtmlMeta } from './html.ts';
import { dateOnlyLine, readDateline, readHeader } from './read-header.ts';

export type ParseResult = { ok: true; article: Article } | { ok: false; file: string; reason: string };

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown']);
const HTML_EXTENSIONS = new Set(['html', 'htm']);

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function extensionOf(name: string): string | undefined {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The id of an article: sha256 (hex, first 16) of its cleaned text with whitespace runs collapsed. */
export function articleId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

/** Joins paragraphs with blank lines and records where each one sits. */
export function joinParagraphs(paras: string[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const p of paras) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, paragraphs };
}

/** Words a scraper glued together ("OppositionWith") split again; only used on titles of pages that show such gluing. */
function unglue(title: string): string {
  return title.replace(/(\p{Ll}{3,})(\p{Lu}\p{Ll})/gu, '$1 $2');
}

function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A short title for a page with no headline, from its first sentence: the sentence when short, else its first clause
 * ("In a major rally held in Paris’ Trocadero Square"), else its first words.
 */
function leadTitle(text: string): string {
  const first = /^(.{20,}?[.!?])(?:\s|$)/su.exec(text)?.[1] ?? text;
  const flat = first.replace(/\s+/g, ' ').trim();
  if (flat.length <= 80) return flat.replace(/[.]$/, '');
  const clause = /^(.{30,80}?)\s*[,;:–—]\s/u.exec(flat)?.[1];
  if (clause) return `${clause}…`;
  const cut = flat.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}

/**
 * The day a page states only in a photo caption ("… rally in support of the Iran Protests, Dec 2, 2019") or under an
 * embedded post ("— Maryam Rajavi (@Maryam_Rajavi) December 2, 2019"): used as the page's date when it has no
 * other, with its source saying where it came from.
 */
function captionDate(paragraphs: string[]): FuzzyDate | undefined {
  for (const para of paragraphs) {
    const p = para.trim();
    // (The signature may close the post's own paragraph: "… pic.twitter.com/… — Name (@handle) June 30, 2018".)
    const tweet = /(?:^|\s)[—–-]\s*\p{Lu}[^(—–]{1,60}\(@\w+\)\s*([^—–]+)$/u.exec(p);
    const caption = !tweet && p.length <= 220 && !/[.!?"”]$/.test(p) ? p : undefined;
    const where = tweet?.[1] ?? caption;
    if (!where) continue;
    const found = findDates(where, undefined, 'text');
    const last = found[found.length - 1];
    if (!last || last.date.precision !== 'day' || !last.date.yearStated) continue;
    if (where.slice(last.end).trim().length > 2) continue;
    // "… due to fighting since 1 February 2016:": the start of a span the line tells of, not the day of a photo.
    if (/\b(?:since|from|until|till|before|after|between|as at|as of)\s+$/i.test(where.slice(0, last.start))) continue;
    return { ...last.date, source: tweet ? 'tweet' : 'caption' };
  }
  return undefined;
}

/**
 * A byline set below a standfirst, not under the headline: "By Ana Vell" then, within the next lines, the day alone
 * or after the outlet ("Kessa Wire / May 2, 2031"). That day is the report's, not a caption's.
 */
function bylineBlockDate(lines: string[], bylineRead: boolean): FuzzyDate | undefined {
  // (A byline the header already took leaves its outlet's line first: "Kessa Wire / May 2, 2031".)
  if (bylineRead) {
    for (const raw of lines.slice(0, 4)) {
      const parts = raw.trim().split(/\s+[/|]\s+/);
      const day = parts.length === 2 && /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}$/u.test(parts[0] ?? '') ? dateOnlyLine(parts[1] ?? '', 'byline') : undefined;
      if (day && day.precision === 'day' && day.yearStated) return day;
    }
  }
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    if (!/^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$/u.test((lines[i] ?? '').trim())) continue;
    for (let k = i + 1; k <= i + 3 && k < lines.length; k++) {
      const line = (lines[k] ?? '').trim();
      const day = dateOnlyLine(line, 'byline') ?? dateOnlyLine(line.split(/\s+[/|]\s+/).at(-1) ?? '', 'byline');
      if (day && day.precision === 'day' && day.yearStated) return day;
    }
  }
  return undefined;
}

interface Hints {
  title?: string;
  publisher?: string;
  author?: string;
  url?: string;
  date?: FuzzyDate;
  ignoredDates: Array<{ text: string; reason: string }>;
}

/** Metadata a file states about itself (front matter, HTML meta): it overrides what the page text suggests. */
function statedHints(
  stated: { title?: string | undefined; publisher?: string | undefined; author?: string | undefined; url?: string | undefined; date?: string | undefined },
  dateSource: DateSource,
): Hints {
  const h: Hints = { ignoredDates: [] };
  if (stated.title) h.title = stated.title;
  if (stated.publisher) h.publisher = stated.publisher;
  if (stated.author) h.author = stated.author;
  if (stated.url) h.url = stated.url;
  if (stated.date) {
    const d = findDates(stated.date, undefined, dateSource)[0];
    if (d) h.date = { ...d.date, text: stated.date };
    // A front-matter date is the author's word: say when it cannot be read; HTML meta dates are often machine junk.
    else if (dateSource === 'front-matter') h.ignoredDates.push({ text: stated.date, reason: 'front matter date could not be read as a date' });
  }
  return h;
}

function hintsFromFrontMatter(fm: FrontMatter | undefined): Hints {
  if (!fm) return { ignoredDates: [] };
  return statedHints({ title: fm.title, publisher: fm.source, author: fm.author, url: fm.url, date: fm.date }, 'front-matter');
}

function hintsFromHtml(meta: HtmlMeta): Hints {
  return statedHints({ title: meta.title, publisher: meta.siteName, author: meta.author, url: meta.url, date: meta.publishedTime }, 'article-date');
}

/** A line that is one wiki heading: "= Title =", "== Background ==" (the same number of marks on both sides). */
const WIKI_HEADING = /^\s*(={1,6})\s*([^=]*[\p{L}\d][^=]*?)\s*\1\s*$/u;

/** Markdown syntax is not part of the words: heading marks, quote marks, images, link targets, emphasis. */
function markdownToText(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

/**
 * " date 2031-03-14 Vardanian exiles rally in Kastel", "Published: 2031-03-14 …": a field of the stored page opening
 * the line read as the headline is no part of the title; its day is kept as the article's `storedOn`. (The text keeps
 * it where it stands, as before: what a report's yearless days are read against does not change.)
 */
function storedField(title: string): { day: string; rest: string } | undefined {
  const m = PAGE_DATE_FIELD.exec(`${title} `);
  // (The field may give a month alone: " date 2031-10 …".)
  const day = m ? /\d{4}-\d{2}(?:-\d{2})?/.exec(m[0])?.[0] : undefined;
  return m && day ? { day, rest: `${title} `.slice(m[0].length).trim() } : undefined;
}

/** Builds an article from a page's lines, front matter / HTML hints overriding what the text shows. */
function buildArticle(file: string, pageLines: string[], overrides: Hints, fallback: Hints): ParseResult {
  const { lines: rawLines, longest } = dropOverlongRuns(pageLines);
  if (rawLines.length === 0 && longest > 0) {
    return { ok: false, file, reason: `no readable text (a run of ${longest.toLocaleString('en-US')} characters without a space is not prose)` };
  }
  const { lines, afterNav } = removeClutter(rawLines);
  // (The header is read without the stored page's field opening the first line: " date 2031-03-14 KastelDaily.com"
  // is a site name under it, as it would stand alone.)
  const fieldAtTop = lines[0] !== undefined ? storedField(lines[0]) : undefined;
  const header = readHeader(fieldAtTop?.rest ? [fieldAtTop.rest, ...lines.slice(1)] : lines, overrides.title ?? fallback.title, afterNav);
  // A headline or byline box repeated further down the page is furniture too.
  const furniture = new Set([...header.dropped].map((i) => norm(lines[i]!)));
  const body = lines.filter((l, i) => !header.dropped.has(i) && !furniture.has(norm(l)));
  if (body.length === 0) return { ok: false, file, reason: 'no article text after removing page clutter' };

  // The dateline opens the first paragraph of prose, which may follow a caption or two.
  let lead: ReturnType<typeof readDateline>;
  for (const para of body.slice(0, 3)) {
    lead = readDateline(para, [header.publisher, header.author, overrides.publisher, fallback.publisher].filter((x): x is string => !!x), body.join('\n'));
    if (lead) break;
  }
  let date: FuzzyDate | undefined = overrides.date ?? header.date;
  if (!date && lead?.date) date = lead.date;
  date ??= fallback.date;
  // Digest pages put their day in the headline after a separator ("Iran News in Brief – January 5, 2020").
  const headline = header.title;
  if (!date && headline) {
    const found = findDates(headline, undefined, 'text');
    const last = found[found.length - 1];
    if (last && last.date.precision === 'day' && last.date.yearStated && last.end === headline.trimEnd().length && /[–—|:,-]\s*$/.test(headline.slice(0, last.start))) {
      date = last.date;
    }
  }

  const { text, paragraphs } = joinParagraphs(body);
  // A yearless article date ("London, 14 Feb") can take the years a weekday-checked body date allows
  // ("On Saturday, February 11"), capped by the day the page was viewed; the year itself stays unstated.
  if (date && date.precision === 'day' && date.year === undefined && !date.candidateYears) {
    const viewedYears = header.ignoredDates.flatMap((d) => findDates(d.text)).map((f) => f.date.year).filter((y): y is number => y !== undefined);
    const years = candidateYearsFromText(date, text, viewedYears.length > 0 ? Math.min(...viewedYears) : undefined);
    if (years.length > 0) date = { ...date, candidateYears: years };
  }
  let title = overrides.title ?? header.title ?? fallback.title;
  if (title && header.glued && !overrides.title) title = unglue(title);
  const titleInferred = !title;
  title ??= leadTitle(text);
  const inTitle = storedField(title);
  const stored = fieldAtTop ?? inTitle;
  // (" date 2031-03-14 CLOSE", " date 2031-03-14 AFP": a single word in capitals after the field is a button's label
  // or an agency's initials, no headline; the lead stands for it.)
  if (inTitle?.rest) title = inTitle.rest;
  if (stored && title === stored.rest && /^\p{Lu}{2,12}$/u.test(title)) title = leadTitle(text);
  date ??= bylineBlockDate(body, !!header.author);
  date ??= captionDate(body);
  const publisher = overrides.publisher ?? header.publisher ?? lead?.publisher ?? fallback.publisher;
  const author = overrides.author ?? header.author ?? fallback.author;
  const url = overrides.url ?? fallback.url;
  const ignoredDates = [...overrides.ignoredDates, ...header.ignoredDates];

  const article: Article = {
    id: articleId(text),
    files: [file],
    title,
    date: date ?? unknownFuzzyDate(),
    text,
    paragraphs,
  };
  if (publisher) article.publisher = publisher;
  if (author) article.author = author;
  if (url) article.url = url;
  const dateline = lead?.place ?? header.dateline;
  if (dateline) article.dateline = dateline;
  if (ignoredDates.length > 0) article.ignoredDates = ignoredDates;
  if (stored) article.storedOn = stored.day;
  article.language = detectLanguage(text);
  if (titleInferred) article.titleInferred = true;
  return { ok: true, article };
}

/** Parses one archive file (.txt, .md with optional YAML front matter, .html) into a cleaned article, or a reason it was skipped. Pure. */
export function parseArticleFile(file: { name: string; bytes: Uint8Array }, opts?: { maxBytes?: number }): ParseResult {
  const name = baseName(file.name);
  const ext = extensionOf(name);
  if (!ext || (!TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext))) {
    return { ok: false, file: name, reason: `unsupported file type (${ext ? `.${ext}` : 'no extension'}); expected .txt, .md or .html` };
  }
  const decoded = decodeText(file.bytes, opts?.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) return { ok: false, file: name, reason: decoded.reason };

  if (HTML_EXTENSIONS.has(ext)) {
    const html = readHtml(decoded.text);
    return buildArticle(name, html.lines, { ignoredDates: [] }, hintsFromHtml(html.meta));
  }
  const fm = splitFrontMatter(decoded.text);
  if (!fm.ok) return { ok: false, file: name, reason: fm.reason };
  let lines = unwrapLines(fm.body);
  if (ext === 'md' || ext === 'markdown') lines = lines.map(markdownToText);
  // A wiki page's headings keep their marks in a text dump ("= Title =", "==Background=="): the words alone are read.
  lines = lines.map((l) => WIKI_HEADING.exec(l)?.[2] ?? l);
  return buildArticle(name, lines, hintsFromFrontMatter(fm.frontMatter), { ignoredDates: [] });
}
