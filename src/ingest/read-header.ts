/**
 * The top of a scraped page: crawl dates, breadcrumbs glued to the headline, the headline itself,
 * site name, byline, and the dateline that opens the first paragraph.
 */
import type { FuzzyDate } from '../domain/types.ts';
import { findDates, PAGE_DATE_FIELD } from '../dates/index.ts';
import { isHeadlineLike } from './clean-lines.ts';

export interface HeaderInfo {
  title?: string;
  /** The title had words glued together by the scraper (seen in its breadcrumb line). */
  glued: boolean;
  publisher?: string;
  author?: string;
  date?: FuzzyDate;
  dateline?: string;
  ignoredDates: Array<{ text: string; reason: string }>;
  /** Indexes of lines that are header furniture, not article text. */
  dropped: Set<number>;
}

const CRAWL_DATE_REASON = 'printed alone at the top of the page before the headline: the day the page was viewed or crawled, not the article\'s date';

function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The date when a line holds nothing but a date ("Wednesday, July 17, 2024", "Dec 2, 2019 |"). */
export function dateOnlyLine(line: string, source: FuzzyDate['source']): FuzzyDate | undefined {
  const found = findDates(line, undefined, source);
  if (found.length !== 1) return undefined;
  const f = found[0]!;
  const rest = (line.slice(0, f.start) + line.slice(f.end)).replace(/[\s,.|:;\-–—•·]+/g, '').replace(/^(?:updated|published|posted|on)/i, '');
  // Accept a leading weekday the finder did not take (e.g. "Wed, 2019-12-28") but nothing else.
  if (rest && !/^(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|urday|sday|rsday)?$/i.test(rest)) return undefined;
  if (f.date.precision !== 'day' && f.date.precision !== 'month') return undefined;
  return f.date;
}

/** An hour printed after a date: ", 5:58 AM", " at 12:00". */
const HOUR_AFTER = /[\s,]+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*$/;

/** A line's letters and digits alone. */
function lettersOf(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "…Breadcrumb words…Headline" or "…words glued to the Headline Starts Here..." followed by the headline on its own line. */
function isBreadcrumbOf(line: string, next: string): boolean {
  const l = line.trim();
  const n = next.trim();
  if (n.length < 15) return false;
  if (l.length > n.length && l.endsWith(n)) return true;
  // (The same headline with other quotes or apostrophes: "d'opposants" above "d’opposants", "Khamenei\":" above "Khamenei »:".)
  const ll = lettersOf(l);
  const nl = lettersOf(n);
  if (nl.length >= 15 && ll.length > nl.length && ll.endsWith(nl)) return true;
  const stem = l.replace(/\s*(?:\.\.\.|…)$/, '');
  if (stem === l) return false;
  // The cut-off headline is a suffix of the stem and a prefix of the next line.
  for (let k = Math.min(stem.length, n.length); k >= 15; k--) {
    if (n.startsWith(stem.slice(stem.length - k))) return stem.length > k;
  }
  return false;
}

/** "<Outlet> Staff": the outlet is the publisher, the staff word is not part of its name. */
const STAFF = /^(.+?)\s+(?:staff(?:\s+(?:writers?|reporters?))?|editorial\s+staff)$/i;
/** "<Outlet> News Desk", "<Outlet> Newsroom": the desk is how the outlet names itself, so the whole line is the publisher. */
const DESK = /^(.+?)\s+(?:news\s?desk|desk|newsroom|editorial\s+(?:team|board)|team|editors)$/i;
/** A credit that names neither a person nor an outlet ("Staff Writer", "Our Correspondent"). */
const ANONYMOUS = /^(?:(?:a|our)\s+)?(?:staff|staff\s+(?:writers?|reporters?)|correspondents?|reporters?|editors?|editorial\s+(?:team|board|staff)|news\s?desk|newsroom|admin|administrator|webmaster|guest|guest\s+author|contributor)$/i;
/** Words an outlet puts in its own name; they make a short line above the headline more likely to be the site name. */
const OUTLET_WORD = /\b(?:news|bulletin|update|report|monitor|daily|times|post|herald|observer|focus|review|wire|today|desk|weekly|journal|press|agency|gazette|tribune|chronicle|digest|radio|tv|television|media|network|watch|voice|magazine|online|international)\b/i;
/** Section names printed above a headline; alone they are not the site name. */
const SECTION = new Set(['home', 'news', 'latest', 'world', 'europe', 'middle', 'east', 'asia', 'africa', 'americas', 'iran', 'syria', 'politics', 'economy', 'society', 'opinion', 'analysis', 'features', 'featured', 'human', 'rights', 'breaking', 'top', 'stories', 'video', 'videos', 'photos', 'culture', 'sport', 'sports', 'editorial', 'interview', 'interviews', 'reports', 'articles', 'blog', 'updates',
  // (French and German pages' own: "Dernières Infos", "Actualités", "Neueste Nachrichten".)
  'dernières', 'dernieres', 'infos', 'info', 'actualités', 'actualites', 'actualité', 'accueil', 'monde', 'politique', 'société', 'à', 'la', 'une',
  'nachrichten', 'neueste', 'aktuell', 'aktuelles', 'politik', 'welt', 'startseite',
  // A page widget's label above the headline ("News Ticker", "Trending Now", "Most Read") is no outlet's name.
  'ticker', 'trending', 'now', 'headlines', 'live', 'most', 'read', 'popular', 'just']);

/** Who an outlet credit line ("NCRI Staff", "Levant News Desk", "Sara Nouri, Levant News Desk") names as author and publisher. */
function outletCredit(line: string): { author?: string; publisher: string } | undefined {
  const t = line.trim();
  if (t.length > 60 || /[.!?]$/.test(t)) return undefined;
  const named = /^([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}),\s+(.+)$/u.exec(t);
  if (named) {
    const outlet = outletCredit(named[2]!);
    return outlet ? { author: named[1]!, publisher: outlet.publisher } : undefined;
  }
  if (ANONYMOUS.test(t)) return undefined;
  const staff = STAFF.exec(t);
  if (staff) return { author: t, publisher: staff[1]! };
  if (DESK.test(t) && isSiteNameLine(t)) return { author: t, publisher: t };
  return undefined;
}
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'on', 'for', 'in', 'de', 'la', 'al', 'du', 'des']);

/** A site's own address as its name ("KastelDaily.com", "vardania-news.org"). */
const SITE_ADDRESS = /^[\p{L}\d-]+\.(?:com|org|net|info|news|co\.uk|com\.[a-z]{2}|[a-z]{2})$/u;

function isSiteNameLine(line: string): boolean {
  const t = line.trim();
  if (SITE_ADDRESS.test(t)) return true;
  if (t.length > 50 || /[.!?,;:]/.test(t) || /\d/.test(t)) return false;
  if (isGluedMenu(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w) => CONNECTORS.has(w.toLowerCase()) || /^[\p{Lu}]/u.test(w));
}

/**
 * "HomeNewsIran ProtestsHuman RightsOpinionVideo": a menu whose items were glued together when the page was scraped, no
 * outlet's name (which joins at most a word or two so: "IranWire", "HuffPost") and no headline.
 */
function isGluedMenu(line: string): boolean {
  const t = line.trim();
  return t.length <= 100 && !/[.!?,;:]/.test(t) && (t.match(GLUED) ?? []).length >= 3;
}

/** A lowercase letter directly followed by a capital, inside a word. */
const GLUED = /\p{Ll}\p{Lu}/gu;

function bylineOf(line: string): { author?: string; publisher?: string; date?: FuzzyDate } | undefined {
  const t = line.trim();
  if (t.length > 160) return undefined;
  // A French or German byline under the headline: "Par Léa Morin", "De Anne-Laure MONDESERT", "Von Jan Keller" — a name
  // alone after the word (an author line, not a sentence).
  const foreign = /^(?:Par|De|Von)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u.exec(t);
  // (After "De", as French agencies print it, with the surname in capitals: "De Niro Backs Exiles" is a deck.)
  if (foreign && (!/^De\s/.test(t) || /\s\p{Lu}{2,}$/u.test(t))) return { author: foreign[1]! };
  const reporting = /^(?:reporting|reported|report)\s+by\s+(.+?)\s*\.?$/i.exec(t);
  if (reporting) return { publisher: reporting[1]! };
  // "By X", "Written by X on <date>", "Posted on <date> by X", "<date> | By X".
  const looksLikeByline =
    /^(?:(?:written|posted|published|updated|reported|story|text|words)\s+)?(?:by|on)[:\s]/i.test(t) || /(?:^|[|•·]\s*)by[:\s]/i.test(t) ||
    // ("March 3, 2031- Published by Kastel Wire": the day, then the credit.)
    /\b(?:published|posted|written|reported)\s+by\s/i.test(t);
  if (!looksLikeByline) return undefined;
  const found = findDates(t, undefined, 'byline').find((f) => f.date.precision === 'day' || f.date.precision === 'month');
  const rest = found ? `${t.slice(0, found.start)} | ${t.slice(found.end)}` : t;
  const seg = rest.split(/[|•·]/).map((x) => x.trim()).find((x) => /(?:^|\s)by[:\s]/i.test(x));
  let author: string | undefined;
  if (seg) {
    author = seg
      .replace(/^.*?(?:^|\s)by[:\s]\s*/i, '')
      .replace(/\s*(?:\bon|\bat|,|-|–|—)\s*$/i, '')
      .replace(/[\s.]+$/, '')
      .trim();
    // Account names of a publishing system and anonymous credits ("By Staff Writer") are not people.
    if (!author || author.split(/\s+/).length > 8 || !/^[\p{Lu}\p{Ll}]/u.test(author) || ANONYMOUS.test(author)) {
      if (author && ANONYMOUS.test(author)) return { ...(found ? { date: found.date } : {}) };
      author = undefined;
    }
  }
  if (!author && !found) return undefined;
  // ("By Kastel Radio/Radio Vardania": an outlet's own name after "By" credits no person.)
  const outlet = author ? (outletCredit(author) ?? (OUTLET_WORD.test(author) && !author.includes(',') ? { publisher: author } : undefined)) : undefined;
  if (outlet) return { ...(outlet.author ? { author: outlet.author } : {}), publisher: outlet.publisher, ...(found ? { date: found.date } : {}) };
  return { ...(author ? { author } : {}), ...(found ? { date: found.date } : {}) };
}

/**
 * A photo's credit ending a caption: "© 2031 Ana Vell/Wire", "photo Ana Vell/CC", "Photo: Ana Vell/Wire", an agency in
 * square brackets ("… [Kastel Wire]"), "(photo credit: WIRE/ANA VELL)".
 */
const PHOTO_CREDITED = /(?:©\s*\d{4}\s+\p{Lu}|\b[Pp]hoto(?:graph)?:?\s+(?:by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*\/\s*\p{Lu}|\s\[\p{Lu}[\p{L}.&/-]*(?:\s\p{Lu}[\p{L}.&/-]*){0,2}\]$|\((?:[Pp]hoto(?:\s+credit)?|[Cc]redit)\s*:[^()]{2,80}\)$)/u;

/** "By" and a name alone: capitalised words, with the particles names carry ("By Anne de Vries", "By Omar al-Hadi"). */
const NAME_CREDIT = /^(?:By|BY|by)\s+\p{Lu}[\p{L}.'’/-]*(?:\s+(?:\p{Lu}[\p{L}.'’/-]*|de|da|van|von|der|al|el|bin|and|&)){0,5}$/u;

/**
 * "Ana Vell 5 minutes ago Mon 3rd March 2031 | 09:15 AM": under the headline, a name and the day with nothing but
 * its hour, its weekday and a relative stamp around them is a byline without "By".
 */
function namedDayLine(line: string): { author: string; date: FuzzyDate } | undefined {
  const t = line.trim();
  if (t.length > 100) return undefined;
  const found = findDates(t, undefined, 'byline');
  const d = found[0];
  if (found.length !== 1 || !d || d.date.precision !== 'day' || !d.date.yearStated) return undefined;
  const rest = `${t.slice(0, d.start)} ${t.slice(d.end)}`
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?/g, ' ')
    .replace(/\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b/gi, ' ')
    .replace(/\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|urday|sday|rsday)?\b\.?/gi, ' ')
    .replace(/[|•·,–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(rest) && !ANONYMOUS.test(rest) && !OUTLET_WORD.test(rest) ? { author: rest, date: d.date } : undefined;
}

/** What a byline told, kept where nothing was read before. */
function takeByline(info: HeaderInfo, by: { author?: string; publisher?: string; date?: FuzzyDate }): void {
  if (by.author && !info.author) info.author = by.author;
  if (by.publisher && !info.publisher) info.publisher = by.publisher;
  if (by.date && !info.date) info.date = by.date;
}

/** A wire's lead-in naming the agency alone at a paragraph's start: "(Reuters) – After days of …". */
const WIRE_LEAD_IN = /^\((\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,2})\)\s*[-–—]\s+\p{Lu}/u;

const PLACE = String.raw`[\p{Lu}][\p{L}.'’-]*(?:[ -][\p{Lu}][\p{L}.'’-]*){0,3}`;

/**
 * Reads a dateline ("Paris, February 12, 2020—", "London, 19 Dec –", "Tehran, Iran, Dec 2 —", "BERLIN, March 6 (AFP) -",
 * "ROME (Reuters) —") or an agency lead-in ("NCRI – ") at the start of a paragraph. `knownNames` are publisher/author
 * names already read from the page, which tell an agency lead-in from a place.
 */
export function readDateline(para: string, knownNames: string[] = [], wholeText = para): { place?: string; publisher?: string; date?: FuzzyDate } | undefined {
  // "date 2031-04-02 Kessa, KR, March 30, 2031 – …": a page's date field glued before the dateline.
  const field = PAGE_DATE_FIELD.exec(para);
  if (field) return readDateline(para.slice(field[0].length), knownNames, wholeText);
  // "October 30, 2022 — State media said…": a dateline that gives the date without a place.
  const lead = findDates(para.slice(0, 60), undefined, 'dateline')[0];
  if (lead && lead.start === 0 && lead.date.precision === 'day' && /^\s*[-–—]/.test(para.slice(lead.end))) return { date: lead.date };
  // "(Reuters) – After days of …": a wire's lead-in with the agency alone, no place before it.
  const agencyOnly = WIRE_LEAD_IN.exec(para);
  if (agencyOnly?.[1]) return { publisher: agencyOnly[1] };
  const head = new RegExp(String.raw`^(${PLACE})(?:,\s*(${PLACE}))?(?:\s*\(([^)]{1,30})\))?(,\s*|\s+(?=[-–—])|(?=[–—]))`, 'u').exec(para);
  if (!head) return undefined;
  const name = head[1]!;
  const agency = head[3];
  if (head[4]!.startsWith(',')) {
    const found = findDates(para.slice(0, 100), undefined, 'dateline');
    const d = found.find((f) => f.start === head[0].length);
    if (!d) return undefined;
    const tail = /^\s*(?:\(([^)]{1,30})\))?\s*[-–—:]/.exec(para.slice(d.end));
    if (!tail) return undefined;
    const pub = agency ?? tail[1];
    return { place: name, date: d.date, ...(pub ? { publisher: pub } : {}) };
  }
  // "Stockholm, Sweden – March 1, 2026 — …": the place, a dash, then the date and another dash (the first dash may
  // touch the place: "Kessa, KR–May 3, 2031 – …").
  const dashed = /^\s*[-–—]\s*/.exec(para.slice(head[0].length));
  if (dashed) {
    const at = head[0].length + dashed[0].length;
    const d = findDates(para.slice(0, at + 40), undefined, 'dateline').find((f) => f.start === at && f.date.precision === 'day');
    if (d && /^\s*[-–—]/.test(para.slice(d.end))) return { place: name, date: d.date, ...(agency ? { publisher: agency } : {}) };
  }
  if (head[2]) return undefined;
  if (!/^\s*[-–—]\s+\S/.test(para.slice(head[0].length))) return undefined;
  if (agency) return { place: name, publisher: agency };
  const lower = name.toLowerCase();
  // "NCRI – The…" names the publisher when the page names it elsewhere (byline, staff line, "(NCRI)" in the text);
  // an all-capitals word alone could as well be a place ("ROME —"), so it is not guessed.
  if (knownNames.some((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(`${lower} `)) || wholeText.includes(`(${name})`)) {
    return { publisher: name };
  }
  if (/^[\p{Lu}][\p{Ll}]/u.test(name) && !name.includes(' ')) return { place: name };
  return undefined;
}

/**
 * Reads the header lines of a page (those before the first paragraph of prose).
 * With a known title (front matter, HTML metadata) the lines are read as if the headline stood above them.
 * `afterNav` holds indexes of lines that followed a removed menu: a site name above a menu is the masthead, not the headline.
 */
export function readHeader(lines: string[], hintTitle: string | undefined, afterNav: Set<number> = new Set()): HeaderInfo {
  const info: HeaderInfo = { glued: false, ignoredDates: [], dropped: new Set() };
  const limit = Math.min(lines.length, 12);
  const hint = hintTitle ? norm(hintTitle) : undefined;
  let afterTitle = hint !== undefined;
  let titleAt = -1;
  const preTitle: number[] = [];
  const captions = new Set<number>();
  let keepHeadline = false;
  // Headlines can be long but do not end like a sentence; a paragraph does (or runs far longer than any headline).
  const isBody = (l: string) => {
    const words = l.split(/\s+/).length;
    // ("(Reuters) – After days of …": a wire's lead-in opens the story, whatever its length.)
    if (WIRE_LEAD_IN.test(l)) return true;
    return words >= 40 || (/[.!?"”’]$/.test(l.trim()) && words >= 8 && !/^(?:written|posted|published|reported|by)\b/i.test(l));
  };
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (hint && titleAt < 0 && norm(line) === hint) {
      info.dropped.add(i);
      titleAt = i;
      continue;
    }
    const next = lines[i + 1];
    if (titleAt < 0 && next !== undefined && isBreadcrumbOf(line, next)) {
      info.dropped.add(i);
      info.glued = /\p{Ll}\p{Lu}/u.test(line);
      continue;
    }
    if (titleAt < 0 && isGluedMenu(line)) {
      info.dropped.add(i);
      continue;
    }
    if (/^(?:press release|news release|for immediate release|media advisory)[\s:.]*$/i.test(line.trim())) {
      info.dropped.add(i);
      continue;
    }
    if (!afterTitle) {
      // (With the hour the page was viewed at: "Monday, 24 October, 2031, 5:58 AM".)
      const alone = dateOnlyLine(line.replace(HOUR_AFTER, ''), 'byline');
      // (Right above a "By <name>" credit, the day is the byline's own: "January 11, 2031" / "By Kastel Radio".)
      if (alone && NAME_CREDIT.test(lines[i + 1]?.trim() ?? '') && bylineOf(lines[i + 1]!)) {
        info.date ??= alone;
        info.dropped.add(i);
        continue;
      }
      if (alone) {
        info.ignoredDates.push({ text: line.trim(), reason: CRAWL_DATE_REASON });
        info.dropped.add(i);
        continue;
      }
      if (isBody(line)) break;
      // A logo's initials left by the scraper ("QX./") say nothing.
      if (/^\p{L}{1,3}[\p{P}\p{S}]+$/u.test(line.trim())) {
        info.dropped.add(i);
        continue;
      }
      // "By Leyla Samadi" / "By Caspian Monitor Staff" on a page without a headline: a credit, not the title (a
      // headline may open with "By" too, so the credit must be a name alone).
      if (NAME_CREDIT.test(line.trim())) {
        const by = bylineOf(line);
        if (by) {
          takeByline(info, by);
          info.dropped.add(i);
          continue;
        }
      }
      // A photo's caption signed with its credit ("… on May 3, 2031. © 2031 Ana Vell/Wire", "…, photo Ana Vell/CC") is
      // no headline; it stays above the text unless a headline follows.
      if (PHOTO_CREDITED.test(line)) {
        captions.add(i);
        preTitle.push(i);
        continue;
      }
      // Lines above may be crawl dates, breadcrumbs and section labels; a headline-like line above makes this one a deck.
      const topOfPage = lines.slice(0, i).every((x, k) => info.dropped.has(k) || (preTitle.includes(k) && (captions.has(k) || !isHeadlineLike(x))));
      if ((isHeadlineLike(line) || isShortSiteName(line)) && isMasthead(lines, i, limit, afterNav, isBody, topOfPage)) {
        if (!info.publisher) info.publisher = line.trim();
        info.dropped.add(i);
        // (Under a body's own name, the headline also stays the report's first line: a monitor's total is often told
        // there alone.)
        keepHeadline = isBodysName(line) && !isShortSiteName(line);
        continue;
      }
      if (isHeadlineLike(line)) {
        info.title = line.trim();
        titleAt = i;
        afterTitle = true;
        if (!keepHeadline) info.dropped.add(i);
        // "Tamsin Vale Center" / "for Human Rights in Vardania": a name broken over two lines is one line.
        const rest = lines[i + 1]?.trim() ?? '';
        if (/^(?:for|of|and|de|du|des|für)\s+\p{Lu}/u.test(rest) && rest.split(/\s+/).length <= 8 && !/[.;,:!?]$/.test(rest)) {
          info.title = `${info.title} ${rest}`;
          info.dropped.add(i + 1);
          titleAt = i + 1;
          i++;
        }
        // Short lines above the headline are site furniture (site name, section, tagline), not article text.
        for (const j of preTitle) info.dropped.add(j);
      } else {
        preTitle.push(i);
      }
      continue;
    }
    if (isBody(line)) break;
    // The headline printed a second time under the byline.
    if (info.title && norm(line) === norm(info.title)) {
      info.dropped.add(i);
      continue;
    }
    const d = dateOnlyLine(line, 'byline');
    if (d) {
      if (!info.date) info.date = d;
      info.dropped.add(i);
      continue;
    }
    const by = bylineOf(line) ?? namedDayLine(line);
    if (by) {
      takeByline(info, by);
      info.dropped.add(i);
      continue;
    }
    const credit = outletCredit(line);
    if (credit) {
      if (credit.author && !info.author) info.author = credit.author;
      if (!info.publisher) info.publisher = credit.publisher;
      info.dropped.add(i);
      continue;
    }
    if (!info.publisher && isSiteNameLine(line) && i === nextContentIndex(titleAt, info.dropped, i)) {
      const city = datelineCity(line, lines.slice(i + 1));
      if (city) info.dateline = city;
      else info.publisher = line.trim();
      info.dropped.add(i);
    }
  }
  if (hintTitle) info.title = hintTitle;
  return info;
}

/**
 * "TEHRAN" alone under the headline is where the report was filed, not who published it, when the report itself
 * writes it as a place ("landed at Tehran's airport", "protests in Tehran"): that place, in the report's case.
 */
function datelineCity(line: string, rest: string[]): string | undefined {
  const t = line.trim();
  if (!/^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}$/u.test(t)) return undefined;
  const name = t.toLowerCase().replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  // (The name holds letters, spaces and hyphens only: nothing to escape.)
  return new RegExp(`\\b(?:in|at|near|outside)\\s+${name}(?![\\p{L}])`, 'u').test(rest.join('\n')) ? name : undefined;
}

/** The site name stands directly under the headline (after other furniture lines), not among captions further down. */
function nextContentIndex(titleAt: number, dropped: Set<number>, i: number): number {
  let j = titleAt + 1;
  while (j < i && dropped.has(j)) j++;
  return j;
}

/** The site name printed above the page's menu, with the real headline below the menu. */
function isMasthead(lines: string[], i: number, limit: number, afterNav: Set<number>, isBody: (l: string) => boolean, topOfPage: boolean): boolean {
  if (!isSiteNameLine(lines[i]!)) return false;
  let menuSeen = false;
  for (let j = i + 1; j < limit; j++) {
    if (afterNav.has(j)) menuSeen = true;
    const l = lines[j]!;
    if (isBody(l) || bylineOf(l)) return false;
    if (dateOnlyLine(l, 'byline')) continue;
    // Without a menu between them, a Title Case headline displaces the name above it, and so does a longer sentence-case
    // headline under a line that reads like an outlet's name (a short headline over its deck stays the title).
    if (isHeadlineLike(l)) {
      if (isSiteNameLine(l)) return false;
      return menuSeen || (topOfPage && (isTitleCase(l) || ((isShortSiteName(lines[i]!) || isBodysName(lines[i]!)) && isLongerHeadline(l, lines[i]!))));
    }
  }
  return false;
}

/** 1–4 capitalised words that read like an outlet's name ("Iran Rights Bulletin", "Campus Watch", "IranWire"), not a section label or a short headline. */
function isShortSiteName(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/);
  if (words.length > 4) return false;
  const content = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (content.length === 0 || content.every((w) => SECTION.has(w.toLowerCase()))) return false;
  if (OUTLET_WORD.test(t)) return true;
  if (SITE_ADDRESS.test(t)) return true;
  if (words.length === 1) return /^\p{Lu}[\p{Ll}]+(?:-?\p{Lu}[\p{L}]+)+$/u.test(t);
  // A lowercase preposition ("Teachers Rally in Mashhad") is how a short headline reads, not a name.
  return content.length === words.length;
}

/** Words naming a monitor, a rights group or another body that publishes its own pages. */
const BODY_WORD = /\b(?:observatory|rights|council|committee|coalition|foundation|institute|centre|center|association|organi[sz]ation|network|monitor|news|press|agency)\b/i;

/**
 * "The Kestrel Observatory For Civil Rights": a body's name of up to six capitalised words (its small words too, "For",
 * "Of") printed above a page's headline, as a monitor's own site prints it; a headline has a word in lower case or
 * tells a deed, which no such name does.
 */
function isBodysName(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6 || !BODY_WORD.test(t)) return false;
  // ("Rights Council Extends Kessa Mission" is a headline: after a name's last body word only "for/of/on …" follows.)
  const last = words.findLastIndex((w) => BODY_WORD.test(w));
  if (last < words.length - 1 && !/^(?:for|of|on|in|and|against|de|du|des|für)$/i.test(words[last + 1] ?? '')) return false;
  return words.every((w) => /^\p{Lu}/u.test(w)) && !words.some((w) => /^(?:condemns?|calls?|says?|urges?|warns?|reports?|rall(?:y|ies)|marks?|demands?|holds?|killed|kills?)$/i.test(w));
}

/** A headline of at least five words, clearly longer than the short line above it. */
function isLongerHeadline(line: string, site: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length >= 5 && t.length >= site.trim().length + 12;
}

/** Most longer words capitalised, as in a headline ("Vigil in Rome Remembers Prisoners of the 1988 Massacre"). */
function isTitleCase(line: string): boolean {
  const words = line.trim().split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}
