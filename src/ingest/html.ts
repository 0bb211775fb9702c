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

/** Deepest nesting and element count Readability is given; real news pages stay far below both (depth ~30, a few thousand elements). */
export const MAX_HTML_DEPTH = 400;
export const MAX_HTML_ELEMENTS = 40_000;

interface Node0 {
  firstElementChild: Node0 | null;
  nextElementSibling: Node0 | null;
}

/** The page's body; null for a "page" with no root element at all (linkedom's getter throws on one: "!"). */
function bodyOf(document: { body: El | null }): El | null {
  try {
    return document.body;
  } catch {
    return null;
  }
}

/** Depth and element count of a tree, walked without recursion so a deep page cannot overflow the stack. */
function treeShape(root: El | null): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: Array<[Node0, number]> = root ? [[root as unknown as Node0, 1]] : [];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { depth, elements };
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
/** Elements that never nest (void) or that the parser closes by itself (p, li, cells…): they add no depth. */
const FLAT_TAGS = new Set('area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option'.split(' '));
const BREAK_TAGS = new Set('p div br h1 h2 h3 h4 h5 h6 li blockquote pre tr section article header footer figcaption dt dd table ul ol'.split(' '));

/** The deepest nesting of a page's markup, read from its tags without parsing (linear in its length). */
export function markupDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (FLAT_TAGS.has(name) || m[0].endsWith('/>')) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** Cuts every `<tag>…</tag>` block of these names out of a page, by index (a regex would be quadratic on unclosed tags). */
function dropBlocks(html: string, names: string[]): string {
  let out = html;
  for (const name of names) {
    const lower = out.toLowerCase();
    const parts: string[] = [];
    let from = 0;
    for (let at = lower.indexOf(`<${name}`, from); at >= 0; at = lower.indexOf(`<${name}`, from)) {
      const end = lower.indexOf(`</${name}>`, at);
      parts.push(out.slice(from, at));
      from = end < 0 ? out.length : end + name.length + 3;
    }
    parts.push(out.slice(from));
    out = parts.join(' ');
  }
  return out;
}

/**
 * A page nested too deep for the DOM parser (its cost grows with the square of the depth) keeps its head and, from
 * its body, only text broken into paragraphs where block tags stood.
 */
function flattenHtml(html: string): string {
  const bodyAt = html.search(/<body[\s>]/i);
  const head = bodyAt >= 0 ? html.slice(0, bodyAt) : '';
  const body = dropBlocks(bodyAt >= 0 ? html.slice(bodyAt) : html, ['script', 'style', 'noscript', 'svg']);
  const text = body.replace(TAG, (_m, _close: string, name: string) => (BREAK_TAGS.has(name.toLowerCase()) ? '\n<p>' : ' ')).replace(/\n<p>(?:\s*\n<p>)*/g, '\n<p>');
  return `${markupDepth(head) > MAX_HTML_DEPTH ? '' : head}<body>${text}</body></html>`;
}

/** Reads an HTML page: metadata from head tags, main text via Readability (falling back to the body's blocks). */
export function readHtml(html: string): HtmlText {
  if (markupDepth(html) > MAX_HTML_DEPTH) html = flattenHtml(html);
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
  // Readability walks the tree recursively and re-scores it for each attempt: on a page nested thousands deep or of
  // tens of thousands of elements it overflows the stack or runs for minutes. Such a page is read from its blocks.
  const shape = treeShape(bodyOf(document));
  const tooBig = shape.depth > MAX_HTML_DEPTH || shape.elements > MAX_HTML_ELEMENTS;
  if (!tooBig) try {
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
    const { document: again } = (tooBig ? { document } : parseHTML(html)) as unknown as { document: El & { body: El | null } };
    for (const el of Array.from(again.querySelectorAll('script, style, noscript, nav, header, footer, aside, form, iframe, svg'))) {
      (el as unknown as { remove(): void }).remove();
    }
    const body = bodyOf(again);
    if (body) lines = blockLines(body);
  }
  return { lines, meta: m };
}
