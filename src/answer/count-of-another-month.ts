import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { answered, citeAll, notAnswered, provOf, suggestionsFor } from './reply.ts';
import { countWrittenAt, leadCountOrWord } from './count-of-another-year.ts';
import { clip, sourceOf } from './evidence.ts';
import { FRENCH_MONTHS, foldDateWord } from '../dates/calendar.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A month, with or without its year, or a year alone, as a sentence dates what it tells ("January 2031", "2031"). */
const DATED = new RegExp(`\\b(${MONTH_WORD})(?:\\s+((?:19|20)\\d{2}))?\\b|\\b((?:19|20)\\d{2})\\b`, 'gi');
/** A sentence opening on the period all it tells is of: "In May 2031, …", "During 2031, …", "Throughout March, …". */
const OPENING = new RegExp(`^\\W*(?:in|during|throughout|over)\\s+(?:the\\s+month\\s+of\\s+)?(?:(${MONTH_WORD})\\s*((?:19|20)\\d{2})?|((?:19|20)\\d{2}))\\s*,`, 'i');

interface Period { month?: number | undefined; year?: number | undefined; text: string }

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
  return i < 0 ? undefined : i + 1;
}

/** The count an answer leads with, as written ("73", "At least 1,020 people", "Six people"). */
function countOfLead(text: string): string | undefined {
  // ("According to “Monthly report”, 63 people were executed …": a report's title in quotation marks is no count's.)
  return leadCountOrWord(text.replace(/^According to “[^”]{0,200}”/, 'According to'));
}

/** The month (and year) or year asked, when the question's period is one month or one year. */
function periodAsked(intent: Intent): Period | undefined {
  const r = intent.analysis.range;
  if (!r) return undefined;
  const [fy, fm, fd] = r.from.split('-').map(Number);
  const [ty, tm] = r.to.split('-').map(Number);
  if (!fy || fy !== ty) return undefined;
  if (fm === 1 && fd === 1 && tm === 12 && r.to.endsWith('-12-31')) return { year: fy, text: String(fy) };
  if (fm === tm && fd === 1) return { month: fm, year: fy, text: `${MONTHS[(fm as number) - 1]!.replace(/^./, (c) => c.toUpperCase())} ${fy}` };
  return undefined;
}

/**
 * "In May 2031, the courts of Varn hanged 61 prisoners.": a sentence opening on a period dates every count it tells
 * that no other date stands before; the period of the count answering "how many in June 2031?" or "in 2030?".
 */
function periodOfCount(excerpt: string, start: number): Period | undefined {
  const open = OPENING.exec(excerpt);
  if (!open) return clausePeriod(excerpt, start) ?? monthReferredBack(excerpt) ?? frenchMonthOfClause(excerpt, start);
  // (Another date between the opening and the count — "compared to June 2030 when 40 …" — dates the count instead.)
  const between = excerpt.slice(open[0].length, start);
  if (new RegExp(DATED.source, 'i').test(between)) return undefined;
  if (open[3]) return { year: Number(open[3]), text: open[3] };
  const month = monthOf(open[1] as string);
  return { month, year: open[2] ? Number(open[2]) : undefined, text: `${open[1]}${open[2] ? ` ${open[2]}` : ''}` };
}

/** A word after "de", "d'", "en" or "du mois de", with a year perhaps: a French month when the calendar knows it. */
const FRENCH_MONTH_IN = /(?<!\p{L})(?:d['’]\s*|de\s+|en\s+|du\s+mois\s+d(?:e\s+|['’]\s*))(\p{L}+)(?:\s+((?:19|20)\d{2}))?(?!\p{L})/giu;

/**
 * "… au moins 48 personnes ont été pendues au cours de la première quinzaine de mai et au moins 140 …": a French
 * month told in the count's own clause (up to the next comma, full stop or the next count after "et") dates it. Only
 * one month: "entre janvier et avril" is a span, left to the other checks.
 */
function frenchMonthOfClause(excerpt: string, start: number): Period | undefined {
  const rest = excerpt.slice(start);
  const end = rest.search(/[,;.:!?«»“”()]|\s(?:et|mais|tandis)\s+(?:(?:au\s+moins|plus\s+de|près\s+de|environ)\s+)?\d/u);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const found = [...clause.matchAll(FRENCH_MONTH_IN)].filter((m) => (FRENCH_MONTHS as readonly string[]).includes(foldDateWord(m[1] as string)));
  if (found.length !== 1 || /\bentre\b/i.test(clause)) return undefined;
  const m = found[0]!;
  const month = FRENCH_MONTHS.indexOf(foldDateWord(m[1] as string) as (typeof FRENCH_MONTHS)[number]) + 1;
  return { month, year: m[2] ? Number(m[2]) : undefined, text: `${m[1]}${m[2] ? ` ${m[2]}` : ''}` };
}

/**
 * "… compared to June 2030 when the courts hanged 33": a month and year right before the count, in its own clause (no
 * comma, no full stop between), date it.
 */
function clausePeriod(excerpt: string, start: number): Period | undefined {
  const before = excerpt.slice(Math.max(0, start - 80), start);
  const m = new RegExp(`\\b(${MONTH_WORD})\\s+((?:19|20)\\d{2}),?\\s+(?:when|as|after)\\b[^,;.:()\\d]*$`, 'i').exec(before);
  if (!m) return undefined;
  return { month: monthOf(m[1] as string), year: Number(m[2]), text: `${m[1]} ${m[2]}` };
}

/**
 * "Nine were hanged on 3 May, bringing the total that month to 70": a sentence that counts "that month's" (or "the
 * month's") total is of the one month it names, and so are its other counts (the nine of 3 May).
 */
function monthReferredBack(excerpt: string): Period | undefined {
  const before = excerpt;
  if (!/\b(?:that|the|this)\s+month(?:'s|’s)?\b/i.test(before)) return undefined;
  const named = [...before.matchAll(new RegExp(`\\b(${MONTH_WORD})(?:\\s+((?:19|20)\\d{2}))?(?=[\\s\\d,.;]|$)`, 'gi'))]
    // ("May" and "march" are words too: only with a day or a year beside them.)
    .filter((m) => /^(?:may|march)$/i.test(m[1] as string) ? /^\s*\d|\d\s*$/.test(`${before.slice(m.index + m[0].length, m.index + m[0].length + 3)}`) || /\d\s*$/.test(before.slice(Math.max(0, m.index - 3), m.index)) || !!m[2] : true);
  const months = new Set(named.map((m) => monthOf(m[1] as string)));
  if (months.size !== 1) return undefined;
  const m = named[0]!;
  return { month: monthOf(m[1] as string), year: m[2] ? Number(m[2]) : undefined, text: `${m[1]}${m[2] ? ` ${m[2]}` : ''}` };
}

/** Whether the excerpt writes the period asked itself (its month with the year, or the year alone when asked so). */
function writesAsked(excerpt: string, asked: Period): boolean {
  for (const m of excerpt.matchAll(new RegExp(DATED.source, 'gi'))) {
    if (m[3]) {
      if (asked.month === undefined && Number(m[3]) === asked.year) return true;
      continue;
    }
    if (asked.month !== undefined && monthOf(m[1] as string) === asked.month && (!m[2] || Number(m[2]) === asked.year)) return true;
  }
  return false;
}

/**
 * "How many were hanged in June 2031?" answered "61" from "In May 2031, the courts hanged 61 prisoners", or "how many
 * in 2030?" from "In 2031, …": the sentence dates its count to another month or year than the one asked, and never
 * writes the one asked — it is that other period's count. Declined, saying which period the count is of.
 */
export function countOfAnotherMonth(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const asked = periodAsked(intent);
  if (!asked?.year) return given;
  const excerpt = given.citations[0]?.excerpt ?? '';
  const count = countOfLead(given.text);
  // (The month asked counted in a "when" clause of the cited report: that count, unless the answer gives it alone.)
  const own = countOfTheMonthAsked(intent, index, given, asked);
  if (own && (countOfLead(own.text) !== count || /\b(?:more than one figure|different figures)\b/.test(given.text))) return own;
  if (!excerpt || !count || writesAsked(excerpt, asked)) return given;
  const at = countWrittenAt(excerpt, count);
  if (!at) return given;
  const of = periodOfCount(excerpt, at.index);
  if (!of) return given;
  const otherYear = of.year !== undefined && of.year !== asked.year;
  const otherMonth = asked.month !== undefined && of.month !== undefined && of.month !== asked.month;
  // ("How many in 2031?" answered by "In May 2031, … 61": one month's count is not the year's, unless the sentence
  // counts from further back: "since", "so far", "in total".)
  const monthOfYear = asked.month === undefined && of.month !== undefined && !otherYear && !/\b(?:since|so\s+far|in\s+total|total|overall|altogether|to\s+date|for\s+the\s+year|this\s+year|that\s+year|annual(?:ly)?|yearly)\b/i.test(excerpt);
  if (!otherYear && !otherMonth && !monthOfYear) return given;
  return notAnswered(
    intent,
    `The archive has nothing that answers this. The closest count it holds is of ${of.text}, not of ${monthOfYear ? `the whole of ${asked.text}` : asked.text}.`,
    suggestionsFor(intent, index),
  );
}

/** Words a clause counts a measure's deed by ("executed 63 people", "when 46 were hanged"). */
const DEED_OF: Partial<Record<string, RegExp>> = {
  executed: /\b(?:execut\w*|hang(?:ed|ings?)|hanged)\b/i,
  killed: /\b(?:kill\w*|dead|deaths?|died)\b/i,
  arrested: /\b(?:arrest\w*|detain\w*|detention\w*)\b/i,
  injured: /\b(?:injur\w*|wounded)\b/i,
};

/** "… compared to June 2030 when the courts hanged 33 people": a month and year, then its own count in a "when" clause. */
const MONTH_CLAUSE = new RegExp(`\\b(${MONTH_WORD})\\s+((?:19|20)\\d{2}),?\\s+(?:when|as)\\b([^,;.:()\\d]*)(\\d[\\d,]*)\\s+([\\p{L}-]+)([^,;.:()]*)`, 'giu');

/**
 * "How many were hanged in June 2030?" answered from "In July 2031 the courts hanged 88, up from June 2030 when they
 * hanged 33 people" (with 88, or with both counts of the comparison): the count of the month asked stands in the
 * report, in the clause dating it. That count is the answer, cited, rather than another month's.
 */
function countOfTheMonthAsked(intent: Intent, index: ArchiveIndex, given: Answer, asked: Period): Answer | undefined {
  const deed = DEED_OF[intent.slots.measure ?? ''];
  if (!deed || asked.month === undefined) return undefined;
  for (const id of [...new Set(given.citations.map((c) => c.articleId))]) {
    for (const s of index.sentencesOf(id)) {
      for (const m of s.text.matchAll(MONTH_CLAUSE)) {
        if (monthOf(m[1] as string) !== asked.month || Number(m[2]) !== asked.year) continue;
        // (Its own words only: "when 24 people were arrested and 3 executed" counts arrests with the 24.)
        const rest = (m[6] as string).split(/\s+(?:and|while|whereas|but)\s+/i)[0] ?? '';
        if (!deed.test(`${m[3]} ${m[5]} ${rest}`)) continue;
        const text = `${`${m[4]} ${m[5]}${rest}`.trim()} in ${asked.text} (reported by ${sourceOf(index.article(id))}): “${clip(s.text, 400)}”`;
        return answered(intent, text, citeAll(index, [provOf(id, s)]));
      }
    }
  }
  return undefined;
}
