import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What an HTML page says about itself, before any reading of its text. */
export interface HtmlMeta {
  title?: string;
  siteName?: string;
  publishedTime?: string;
  author?: string;
  url?: string;
}

export interface HtmlText {
  lines: string[];
  meta: HtmlMeta;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

interface El {
  tagName: string;
  textContent: string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  getAttribute(name: string): string | null;
  closest(sel: string): El | null;
  parentElement: El | null;
}

function meta(doc: El, ...selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

function collapse(s: string): string {
  return s.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
}

/** Block-level text of an element, one line per innermost block (paragraph, heading, list item…). */
function blockLines(root: El): string[] {
  const all = Array.from(root.querySelectorAll(BLOCKS));
  const lines: string[] = [];
  for (const el of all) {
    // Only innermost blocks, so a blockquote holding paragraphs is not read twice.
    if (el.querySelector(BLOCKS)) continue;
    const t = collapse(el.textContent ?? '');
    if (t) lines.push(t);
  }
  if (lines.length === 0) {
    for (const l of (root.textContent ?? '').split(/\n+/)) {
      const t = collapse(l);
      if (t) lines.push(t);
    }
  }
  return lines;
}

/** Reads an HTML page: metadata from head tags, main text via Readability (falling back to the body's blocks). */
export function readHtml(html: string): HtmlText {
  const { document } = parseHTML(html) as unknown as { document: El & { title?: string; body: El | null } };
  const m: HtmlMeta = {};
  const ogTitle = meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  const titleTag = collapse(document.querySelector('title')?.textContent ?? '');
  const siteName = meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const published =
    meta(document, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const author = meta(document, 'meta[name="author"]', 'meta[property="article:author"]');
  const url = meta(document, 'meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (siteName) m.siteName = siteName;
  if (published) m.publishedTime = published;
  if (author && !/^https?:/.test(author)) m.author = author;
  if (url) m.url = url;
  let lines: string[] = [];
  let readableTitle: string | undefined;
  try {
    const article = new Readability(document as never).parse();
    if (article?.content) {
      const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as { document: El };
      lines = blockLines(inner);
    }
    if (article?.title) readableTitle = collapse(article.title);
    // Readability also reads JSON-LD and bylines in the page; use them where the head tags say nothing.
    const byline = article?.byline ? collapse(article.byline).replace(/^by\s+/i, '') : '';
    if (!m.author && byline && byline.split(' ').length <= 8) m.author = byline;
    if (!m.siteName && article?.siteName) m.siteName = collapse(article.siteName);
    if (!m.publishedTime && article?.publishedTime) m.publishedTime = article.publishedTime;
  } catch {
    lines = [];
  }
  // Readability already strips "| Site" style suffixes from <title>; og:title rarely carries them.
  let title = ogTitle ?? readableTitle ?? (titleTag || undefined);
  if (title && m.siteName) {
    const stripped = title.replace(new RegExp(String.raw`\s*[|\-–—:·•]\s*${m.siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*$`, 'i'), '');
    if (stripped) title = stripped;
  }
  if (title) m.title = title;

  if (lines.length === 0) {
    // Readability gives up on short pages; take the body's own blocks without scripts, styles and navigation.
    const { document: again } = parseHTML(html) as unknown as { document: El & { body: El | null } };
    for (const el of Array.from(again.querySelectorAll('script, style, noscript, nav, header, footer, aside, form, iframe, svg'))) {
      (el as unknown as { remove(): void }).remove();
    }
    if (again.body) lines = blockLines(again.body);
  }
  return { lines, meta: m };
}
