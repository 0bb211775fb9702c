/**
 * Page clutter in scraped news pages, judged line by line the way a reader skips it:
 * ad slots, share/follow bars, language menus, site notices, repeated captions, and
 * "Latest news" / "Must read" / "Related" blocks with the teasers under them.
 */

const AD_SLOT = /^(?:ad(?:vertisement)?\s*[:-]?\s*)?\d{2,4}\s*[x×]\s*\d{2,4}$/i;
const AD_WORD = /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads by \w+|scroll to continue|continue reading(?: below)?)$/i;
const NAV_WORD = /^(?:like this:?|like loading\W*|skip to (?:main )?content|menu|main menu|search|advanced? search|rechercher|recherche|suche|accueil|startseite|home|home news|latest|e-?paper|close|toggle navigation|log ?in|sign ?in|register|back to top|next article|previous article|loading\W*|print(?: this)?(?: article| page)?|share(?: this)?(?: article| story| page)?:?)$/i;
/** A page's reading controls: text size buttons ("A- A A+"), "Font size", "Enable Reading Mode", "Listen to this article". */
const READING_CONTROL = /^(?:a\s*[-−–]\s*a\s*a\s*\+|a\s*\+\s*a\s*a\s*[-−–]|a\s*[-−–]\s*a\s*\+|fonts?(?:\s+size)?|text\s+size|(?:enable|disable)\s+reading\s+mode|reading\s+mode|listen(?:\s+to\s+(?:this\s+)?(?:article|story))?)$/i;
const SHARE_TOKENS = new Set([
  'share', 'shares', 'print', 'email', 'e-mail', 'mail', 'tweet', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin',
  'pinterest', 'reddit', 'messenger', 'follow', 'us', 'on', 'this', 'article', 'page', 'story', 'post', 'copy', 'link', 'save',
  'subscribe', 'comments', 'comment', 'pdf', 'friendly', '&', 'and', 'via', 'instagram', 'youtube', 'tiktok', 'rss', 'google', 'news',
]);
const SHARE_VERBS = new Set(['share', 'print', 'email', 'e-mail', 'tweet', 'follow', 'subscribe', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'instagram', 'youtube']);
const LANGUAGE_TOKENS = new Set([
  'english', 'français', 'francais', 'deutsch', 'español', 'espanol', 'italiano', 'português', 'portugues', 'русский', 'العربية', 'عربي',
  'فارسی', 'فارسي', 'türkçe', 'turkce', 'svenska', 'nederlands', 'norsk', 'dansk', 'polski', '中文', '日本語', 'kurdî', 'kurdi', 'shqip',
  'ελληνικά', 'română', 'suomi', 'magyar', 'čeština', 'עברית', 'persian', 'farsi', 'arabic', 'french', 'german', 'spanish', 'italian',
  'en', 'fr', 'de', 'es', 'it', 'ar', 'fa', 'ru', 'tr', 'sv', 'nl', 'no', 'da', 'pl', 'zh', 'ja', 'ku', 'sq',
]);
const NOTICE_WORDS = /\b(?:PAGE|UPDATED?|UPDATES|SUBSCRIBE|NEWSLETTER|COOKIES?|JAVASCRIPT|BROWSER|ADVERTISEMENT|CLICK|LOADING|DISCLAIMER|COPYRIGHT|REPRODUC\w*|REFRESH|SIGN UP)\b/;
const BLOCK_HEADINGS = [
  'latest news', 'latest stories', 'latest articles', 'latest posts', 'must read', 'must-read', 'you might also like', 'you may also like',
  'you might be interested in', 'related articles', 'related posts', 'related stories', 'related news', 'related content', 'related',
  'recommended to you', 'recommended for you', 'recommended stories', 'recommended articles', 'recommended', 'more news', 'more stories',
  'most read', 'most popular', 'most viewed', 'popular posts', 'popular stories', 'popular articles', 'popular', 'trending now', 'trending',
  'top stories', "editor's picks", 'editors picks', 'in other news', "don't miss", 'dont miss', 'more from', 'other news',
];
const INLINE_HEADINGS = ['read more', 'read also', 'also read', 'see also', 'further reading', 'more on this', 'related reading'];

function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function isLowerLetter(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Strips heading phrases from the start of a line (they are sometimes glued: "You might also likeRELATED"); returns what is left, or undefined when no heading starts the line. */
function stripHeadings(line: string, headings: string[]): string | undefined {
  let rest = line.trim();
  let matched = false;
  for (;;) {
    const lower = rest.toLowerCase();
    const h = headings.find((p) => lower.startsWith(p) && !isLowerLetter(rest[p.length]));
    if (!h) break;
    matched = true;
    rest = rest.slice(h.length).replace(/^[\s:»>|•·\-–—]+/, '');
  }
  return matched ? rest : undefined;
}

/** A line that is only a block heading such as "Latest news", "Must read", "You might also likeRELATED". */
export function isBlockHeading(line: string): boolean {
  if (line.length > 80) return false;
  const rest = stripHeadings(line, [...BLOCK_HEADINGS, ...INLINE_HEADINGS]);
  if (rest === undefined) return false;
  if (rest === '') return true;
  // "More from Site Name": the site name after the heading is part of it.
  return /^more from\b/i.test(line) && rest.split(/\s+/).length <= 5;
}

function isInlineHeading(line: string): { rest: string } | undefined {
  if (line.length > 200) return undefined;
  const rest = stripHeadings(line, INLINE_HEADINGS);
  return rest === undefined ? undefined : { rest };
}

function tokens(line: string): string[] {
  return line
    .toLowerCase()
    .split(/[\s|/·•,:]+/)
    .filter((t) => t && !/^[\p{P}\p{S}]+$/u.test(t) || t === '&');
}

/** Words that make up a site's menu bar. */
const MENU_WORDS = new Set([
  'home', 'menu', 'contact', 'contact us', 'about', 'about us', 'login', 'log in', 'sign in', 'register', 'subscribe', 'search', 'donate',
  'news', 'world', 'latest', 'video', 'videos', 'opinion', 'sections', 'more', 'archive', 'archives', 'privacy policy', 'terms',
]);

/**
 * A navigation bar flattened into one line: several short items (1–3 words, capitalised or menu words)
 * separated by runs of spaces, pipes, bullets or slashes, e.g. "Menu  Home  World  Iran  Contact", "Home | News | Video".
 */
export function isNavBar(raw: string): boolean {
  const line = raw.trim();
  if (line.length > 160 || /\d/.test(line) || /[.!?;:,"“”]$/.test(line)) return false;
  const items = line.split(/\s{2,}|\t+|\s*[|•·»›]\s*|\s+\/\s+/).map((x) => x.trim()).filter(Boolean);
  if (items.length < 3) return false;
  let menu = 0;
  for (const item of items) {
    if (MENU_WORDS.has(item.toLowerCase())) {
      menu++;
      continue;
    }
    const words = item.split(/\s+/);
    if (words.length > 3 || /[.!?,;:"“”]/.test(item)) return false;
    if (!words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || ['and', '&', 'of', 'the', 'in'].includes(w.toLowerCase()))) return false;
  }
  // Plain single-spaced Title Case is a headline, not a menu; the separators are what make it a bar.
  return menu >= 1 || items.length >= 4;
}

/** A line that is only a menu word ("Home", "Contact us", "Subscribe"). */
export function isMenuWord(line: string): boolean {
  return MENU_WORDS.has(line.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** A photo credit ("Photo: Reuters", "Image credit: A. Karimi/Handout", "Photo by Sam Reed via AFP"), not a descriptive caption. */
function isPhotoCredit(line: string): boolean {
  const m = /^(?:photo|photograph|picture|image|file photo)(?:\s+(?:credit|courtesy|source))?\s*(?::|by\b|©)\s*(.*)$/i.exec(line);
  if (!m) return /^(?:credit|courtesy|source)\s*:\s*\S.{0,60}$/i.test(line) && !/[.!?]$/.test(line);
  const rest = m[1]!.trim();
  if (!rest) return true;
  return rest.split(/\s+/).length <= 6 || /\/|\b(?:getty|handout|file|courtesy|via|afp|ap|reuters|epa|anadolu|social media)\b/i.test(rest);
}

/** Why a single line is page clutter wherever it stands, or undefined when it may be content. */
export function clutterReason(raw: string): string | undefined {
  const line = raw.trim();
  if (!line) return 'blank';
  if (/^[\p{P}\p{S}\s]+$/u.test(line)) return 'punctuation only';
  if (AD_SLOT.test(line) || AD_WORD.test(line)) return 'ad slot';
  if (/^https?:\/\/\S+$/.test(line)) return 'bare link';
  if (/^(?:(?:last )?updated:?\s+|posted:?\s+)?(?:about\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i.test(line)) return 'relative timestamp';
  if (NAV_WORD.test(line)) return 'navigation';
  // "- logo-icon", "hamburger-menu-icon": the names of a page's icons, left by the scraper in place of the pictures.
  if (/^(?:[-•*]\s*)?[a-z]+(?:-[a-z]+)*-(?:icon|logo|btn|button)$/.test(line)) return 'icon name';
  // "- DE", "Languages": a language switcher's entry or label.
  if (/^languages?$/i.test(line) || (/^[-•*]\s*\p{Lu}{2}$/u.test(line) && LANGUAGE_TOKENS.has(line.replace(/^[-•*]\s*/, '').toLowerCase()))) return 'language menu';
  // "A- A A+", "Font size", "Enable Reading Mode": the page's reading controls.
  if (READING_CONTROL.test(line)) return 'reading controls';
  // "1. Skip to content", "3. Skip to more DW sites": a page's skip links, numbered when scraped as a list.
  if (/^(?:\d{1,2}\.\s*|[-•*]\s*)?skip to\s[\p{L} -]{1,40}$/iu.test(line)) return 'navigation';
  if (line.length <= 120) {
    const toks = tokens(line);
    if (toks.length > 0 && toks.every((t) => SHARE_TOKENS.has(t)) && toks.some((t) => SHARE_VERBS.has(t))) return 'share / follow line';
    if (toks.length >= 2 && toks.every((t) => LANGUAGE_TOKENS.has(t)) && toks.some((t) => t.length > 2)) return 'language menu';
    if (toks.length >= 3 && toks.every((t) => t.length === 2 && LANGUAGE_TOKENS.has(t))) return 'language menu';
  }
  if (/^(?:©|\(c\)\s|copyright\b)/i.test(line) && line.length <= 250) return 'copyright line';
  if (/all rights reserved/i.test(line) && line.length <= 250) return 'copyright line';
  if (/\bcookies?\b/i.test(line) && /\b(?:we use|accept|consent|policy|settings)\b/i.test(line) && line.length <= 400) return 'cookie notice';
  if (/^(?:tags?|filed under|categories|category|posted in|topics?)\s*:/i.test(line) && line.length <= 300) return 'tag line';
  if (/^click here\b/i.test(line) && line.length <= 150) return 'link line';
  if (isNavBar(line)) return 'navigation bar';
  if (isPhotoCredit(line)) return 'photo credit';
  if (line.length <= 160 && /^(?:subscribe|sign up|join|get)\b.*\b(?:newsletter|mailing list|updates|alerts|inbox)\b/i.test(line)) return 'newsletter prompt';
  if (line.length <= 200 && /^(?:enter your email|your email address|email address\s*\*?$|required fields are marked|leave a (?:reply|comment)|comments? (?:are )?closed|\d*\s*comments?$|reply$|post a comment|add a comment|listen to this article|\d+\s*min(?:ute)?s?\s+read$|reading time\b|share (?:on|via) \w+$|(?:previous|next) (?:post|story|page)\b)/i.test(line)) return 'page widget';
  if (/\(opens in (?:a )?new window\)/i.test(line) && line.length <= 160) return 'share button';
  // An audio or video player's controls: "Play Live Radio", "Next Up:", "0:00 0:00", "Available On Air Stations".
  if (/^(?:play(?: live)? radio|live radio|listen live|now playing|next up:?|play(?:ing)? now|available on air stations|\d{1,2}:\d{2}\s+\d{1,2}:\d{2})$/i.test(line)) return 'media player';
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 15 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && NOTICE_WORDS.test(line) && !/:\s*$/.test(line)) {
    return 'site notice';
  }
  return undefined;
}

/** A paragraph a reader takes for article text: long, ends like a sentence, and is not a cut-off teaser. */
export function isProse(line: string): boolean {
  const t = line.trim();
  if (/(?:\.\.\.|…)$/.test(t)) return false;
  return t.length >= 200 && t.split(/\s+/).length >= 30 && /[.!?"”’)]$/.test(t);
}

/** A short line with no sentence ending, like a headline or teaser title. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  // "Edition: English | 中文简体 | 中文繁体", "Home | World | Video": a bar of links; "Homepage > World Video": a breadcrumb.
  if (/\s\|\s.*\s\|\s/.test(t) || /\S\s+>\s+\S/.test(t)) return false;
  return words >= 3 && t.length <= 200 && !/[.;,:]$/.test(t);
}

export interface CleanedLines {
  lines: string[];
  removed: Array<{ text: string; reason: string }>;
  /** Indexes into `lines` of lines that directly follow a removed menu or navigation bar. */
  afterNav: Set<number>;
}

/** Longest run without a space read as a word: longer runs are data (base64, a glued page), never prose. */
export const MAX_WORD_CHARS = 200;
const OVERLONG_RUN = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g');

/**
 * Drops runs of more than MAX_WORD_CHARS characters without a space from each line, and the lines they leave empty.
 * Nothing downstream reads such a run, and the tokenizer's abbreviation check costs the square of a token's length.
 */
export function dropOverlongRuns(lines: string[]): { lines: string[]; longest: number } {
  let longest = 0;
  const out: string[] = [];
  for (const line of lines) {
    if (line.length <= MAX_WORD_CHARS) {
      out.push(line);
      continue;
    }
    const kept = line.replace(OVERLONG_RUN, (run) => {
      longest = Math.max(longest, run.length);
      return ' ';
    });
    if (kept.trim() !== '') out.push(kept === line ? line : kept.replace(/ {2,}/g, ' ').trim());
  }
  return { lines: out, longest };
}

/** Fewest lines in a row that make a category list (a site's sections, one per line). */
const CATEGORY_RUN = 12;

/**
 * "Activities / Annual Grand Gathering / Free Iran 2021 / … / Women": a site's list of sections or tags printed one per
 * line above the article, a dozen or more short lines with no sentence among them before any prose. Nothing in it is
 * the report's: a section named after a past gathering is no event the report tells of. Indexes into `input`.
 */
function categoryListLines(input: string[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  // (Only at the top of the page: a run starting among its first lines; names listed one per line further down, in a
  // page of short paragraphs, are the report's.)
  let seen = 0;
  const close = () => {
    if (run.length >= CATEGORY_RUN) for (const k of run) out.add(k);
    run = [];
  };
  for (const [k, raw] of input.entries()) {
    const t = raw.trim();
    if (!t) continue;
    seen++;
    if (isProse(t) || (run.length === 0 && seen > 15)) break;
    if (t.length <= 60 && t.split(/\s+/).length <= 8 && !/[.!?,;:"“”]/.test(t)) run.push(k);
    else close();
  }
  close();
  return out;
}

/** Removes clutter lines and related-content blocks from a page's non-empty lines, keeping content lines verbatim. */
export function removeClutter(input: string[]): CleanedLines {
  const lines: string[] = [];
  const removed: Array<{ text: string; reason: string }> = [];
  const seen = new Set<string>();
  const afterNav = new Set<number>();
  let navPending = false;
  let inBlock = false;
  let skipTeaserTitle = false;
  // A "Menu" line above the article starts a menu printed one item per line; the items are short and sentence-free.
  let inMenu = false;
  let inMenuJustEnded = false;
  let proseSeen = false;
  const listed = categoryListLines(input);
  for (const [k, raw] of input.entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) continue;
    if (listed.has(k)) {
      removed.push({ text: line, reason: 'navigation' });
      navPending = true;
      continue;
    }
    if (inMenu) {
      const t = line.trim();
      if (t.length <= 30 && t.split(/\s+/).length <= 3 && !/\d/.test(t) && !/[.!?,;:"“”]/.test(t)) {
        removed.push({ text: line, reason: 'navigation' });
        continue;
      }
      inMenu = false;
      inMenuJustEnded = true;
    }
    if (!proseSeen && /^(?:menu|main menu|navigation|main navigation|toggle navigation|sections)$/i.test(line.trim())) {
      inMenu = true;
      removed.push({ text: line, reason: 'navigation' });
      continue;
    }
    if (isProse(line)) proseSeen = true;
    if (inBlock) {
      // The teasers under a "Latest news" heading run to the end of the page or until article prose resumes.
      if (isProse(line) && !isBlockHeading(line)) {
        inBlock = false;
      } else {
        removed.push({ text: line, reason: 'related-content block' });
        continue;
      }
    }
    if (isBlockHeading(line)) {
      const inline = isInlineHeading(line);
      if (inline) {
        skipTeaserTitle = true;
      } else {
        inBlock = true;
      }
      removed.push({ text: line, reason: 'related-content heading' });
      continue;
    }
    const inline = isInlineHeading(line);
    if (inline && inline.rest && line.length <= 200 && !/[.!?]["”’]?$/.test(line)) {
      removed.push({ text: line, reason: 'read-more link' });
      continue;
    }
    if (skipTeaserTitle) {
      skipTeaserTitle = false;
      if (isHeadlineLike(line) && !isProse(line)) {
        removed.push({ text: line, reason: 'read-more link' });
        continue;
      }
    }
    const reason = clutterReason(line);
    if (reason) {
      if (reason !== 'blank') removed.push({ text: line, reason });
      if (reason === 'navigation' || reason === 'navigation bar' || reason === 'language menu') navPending = true;
      continue;
    }
    const key = norm(line);
    const prev = lines[lines.length - 1];
    // A caption is often printed twice (image alt text, then caption); longer lines repeated anywhere on the page are the same.
    if ((prev !== undefined && norm(prev) === key) || (key.length >= 40 && seen.has(key))) {
      removed.push({ text: line, reason: 'repeated line (caption)' });
      continue;
    }
    seen.add(key);
    if (navPending || inMenuJustEnded) afterNav.add(lines.length);
    navPending = false;
    inMenuJustEnded = false;
    lines.push(line);
  }
  return { lines, removed, afterNav };
}

/**
 * Joins hard-wrapped paragraphs (a file whose lines never exceed ~100 characters, paragraphs separated by blank
 * lines) so that a paragraph is one line again. Scraped pages with one paragraph per line are left untouched.
 */
export function unwrapLines(text: string): string[] {
  const raw = text.split('\n');
  const nonEmpty = raw.filter((l) => l.trim());
  const longest = nonEmpty.reduce((m, l) => Math.max(m, l.trim().length), 0);
  const wrappedLines = nonEmpty.filter((l) => l.trim().length >= 50).length;
  if (longest > 100 || wrappedLines < 3) return raw;
  const out: string[] = [];
  let current: string | undefined;
  let prevLen = 0;
  for (const l of raw) {
    const t = l.trim();
    const startsItem = /^(?:[-*•–]\s|\d+[.)]\s|#)/.test(t);
    if (!t) {
      if (current !== undefined) out.push(current);
      current = undefined;
      out.push('');
      continue;
    }
    // A line continues the paragraph when the one before it ran close to the wrap width.
    if (current !== undefined && prevLen >= 50 && !startsItem) {
      current = `${current} ${t}`;
    } else {
      if (current !== undefined) out.push(current);
      current = t;
    }
    prevLen = t.length;
  }
  if (current !== undefined) out.push(current);
  return out;
}
