import type { DateRange, FuzzyDate } from '../domain/types.ts';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH_RE = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number | undefined, month: number): number {
  // Without a year, February 29 is a possible day.
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** An ISO day, or "--MM-DD" when the question gives no year. */
function iso(year: number | undefined, month: number, day: number): string {
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}

interface Found {
  range: DateRange;
  start: number;
  end: number;
}

/** Whether the word before "march" makes it a walk: a word that names one ("solidarity", "freedom"). */
function walkBefore(before: string): boolean {
  const w = /([a-z'-]+)\s*$/.exec(before)?.[1];
  if (!w) return false;
  // Only a word that names a walk ("solidarity march", "freedom march", "women's march"): before any other word
  // ("around march 2019", "arrested march 2019") the month is meant.
  return /^(?:solidarity|freedom|peace|silent|candle|candlelight|unity|memorial|grand|great|national|million|long|women's|womens|annual|liberty|justice|remembrance|torch|funeral)$/.test(w);
}

/**
 * Reads the date or period a question asks about: "on February 11, 2020", "11 Feb 2020", "in December 2019",
 * "late December 2019", "late 2019", "in 2018", "December 17" (no year → "--12-17"), "between X and Y".
 * Ranges are inclusive; without a year both ends are "--MM-DD" (compare day and month only).
 */
export function parseQuestionRange(question: string): DateRange | undefined {
  const q = question.toLowerCase().replace(/[’‘]/g, "'");
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const push = (range: DateRange, start: number, end: number) => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    found.push({ range, start, end });
  };
  const mod = '(?:(early|late|mid|middle of|end of|beginning of|start of)[\\s-]+)?';

  // Day-precise forms first, so a later month/year pass cannot claim their parts.
  for (const m of q.matchAll(new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,?\\s*(\\d{4}))?\\b`, 'g'))) {
    const month = MONTHS[m[1] ?? ''];
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : undefined;
    if (!month || day < 1 || day > daysIn(year, month)) continue;
    const d = iso(year, month, day);
    push({ from: d, to: d, text: m[0].trim() }, m.index, m.index + m[0].length);
  }
  for (const m of q.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:\\s*,?\\s*(\\d{4}))?\\b`, 'g'))) {
    const day = Number(m[1]);
    const month = MONTHS[m[2] ?? ''];
    const year = m[3] ? Number(m[3]) : undefined;
    if (!month || day < 1 || day > daysIn(year, month)) continue;
    const d = iso(year, month, day);
    push({ from: d, to: d, text: m[0].trim() }, m.index, m.index + m[0].length);
  }
  for (const m of q.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    push({ from: d, to: d, text: m[0] }, m.index, m.index + m[0].length);
  }
  for (const m of q.matchAll(new RegExp(`\\b${mod}${MONTH_RE}(?:\\s*,?\\s*(\\d{4}))?\\b`, 'g'))) {
    const which = m[1];
    const month = MONTHS[m[2] ?? ''];
    const year = m[3] ? Number(m[3]) : undefined;
    if (!month) continue;
    // "may" alone is far more often the verb than the month, and "march" the walk ("the Paris march").
    if ((m[2] === 'may' || m[2] === 'march') && !year && !which) continue;
    // "the solidarity march 2019", "freedom march 2031": a walk named with its year; only after a word that makes it a
    // time ("in", "of", "since", a gathering's noun: "the rally march 2019") is "march" the month.
    if (m[2] === 'march' && year && !which && walkBefore(q.slice(0, m.index))) continue;
    if (m[2] === 'mar' || m[2] === 'dec' || m[2] === 'jan') {
      if (!year && !which) continue;
    }
    const last = daysIn(year, month);
    let a = 1;
    let b = last;
    if (which === 'early' || which === 'beginning of' || which === 'start of') b = 10;
    else if (which === 'mid' || which === 'middle of') {
      a = 11;
      b = 20;
    } else if (which === 'late' || which === 'end of') a = 21;
    push({ from: iso(year, month, a), to: iso(year, month, b), text: m[0].trim() }, m.index, m.index + m[0].length);
  }
  // "the first half of 2022", "the last three months of 2030", "the third quarter of 2019": part of a year.
  const part = /\b(?:the\s+)?(first|second|third|fourth|last|final)\s+(half|quarter|(?:three|six|nine)\s+months)\s+of\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b/g;
  for (const m of q.matchAll(part)) {
    const year = Number(m[3]);
    const months = m[2] === 'half' ? 6 : m[2] === 'quarter' ? 3 : ({ three: 3, six: 6, nine: 9 } as Record<string, number>)[m[2]!.split(/\s+/)[0]!]!;
    const nth = { first: 1, second: 2, third: 3, fourth: 4 }[m[1] as 'first'];
    const startMonth = m[1] === 'last' || m[1] === 'final' ? 13 - months : (nth - 1) * months + 1;
    if (startMonth < 1 || startMonth + months - 1 > 12) continue;
    const endMonth = startMonth + months - 1;
    push({ from: iso(year, startMonth, 1), to: iso(year, endMonth, daysIn(year, endMonth)), text: m[0].trim() }, m.index, m.index + m[0].length);
  }
  for (const m of q.matchAll(new RegExp(`\\b${mod}((?:19|20)\\d{2})s?\\b`, 'g'))) {
    const which = m[1];
    const year = Number(m[2]);
    let from = `${year}-01-01`;
    let to = `${year}-12-31`;
    if (m[0].endsWith('s')) to = `${year + 9}-12-31`;
    else if (which === 'early' || which === 'beginning of' || which === 'start of') to = `${year}-04-30`;
    else if (which === 'mid' || which === 'middle of') {
      from = `${year}-05-01`;
      to = `${year}-08-31`;
    } else if (which === 'late' || which === 'end of') from = `${year}-09-01`;
    push({ from, to, text: m[0].trim() }, m.index, m.index + m[0].length);
  }
  // "the Trocadéro rally in support of the November 2019 uprising": the date of the event a gathering supports names
  // that event, not when the gathering was.
  const supported = (f: Found): boolean =>
    /^\s+(?:uprising|uprisings|protests?|revolution|strikes?|crackdown|massacre|executions?)\b/.test(q.slice(f.end)) &&
    /\b(?:in support of|in solidarity with|supporting|against|over|marking|commemorating)\s+(?:the\s+)?$/.test(q.slice(0, f.start)) &&
    /\b(?:rally|rallies|march|marches|demo|demonstration|vigil|gathering|conference|protest)\b/.test(q.slice(0, f.start));
  for (let i = found.length - 1; i >= 0; i--) if (supported(found[i] as Found)) found.splice(i, 1);
  // "how many had been killed by Oct 25 2022", "as of 3 March": a count up to that day, told on it or before it in the
  // same year.
  for (const f of found) {
    const r = f.range;
    if (r.from !== r.to || !/\b(?:by|as of|until|till|up to)\s+$/.test(q.slice(0, f.start))) continue;
    f.range = { from: r.from.startsWith('--') ? '--01-01' : `${r.from.slice(0, 4)}-01-01`, to: r.to, text: r.text };
  }
  if (found.length === 0) return undefined;
  found.sort((x, y) => x.start - y.start);
  const first = found[0] as Found;
  const last = found[found.length - 1] as Found;
  // "between December 24 and December 26, 2019": the year of the end applies to a year-less start.
  // ("2017-2018", "March–May 2019": a dash between two dates spans them.)
  // (The words between are only the joining ones: "the 2019 uprising, according to the group in early December" joins
  // nothing.)
  const between = q.slice(first.end, last.start).replace(/\baccording to\b/g, ' ');
  if (found.length >= 2 && between.trim().split(/\s+/).length <= 3 && (/\b(between|from|to|until|till|and|through)\b/.test(`${between} `) || /^\s*[-–]\s*$/.test(between))) {
    let from = first.range.from;
    let to = last.range.to;
    if (from.startsWith('--') && /^\d{4}/.test(to)) from = to.slice(0, 4) + from.slice(1);
    if (to.startsWith('--') && /^\d{4}/.test(from)) to = from.slice(0, 4) + to.slice(1);
    return { from, to, text: q.slice(first.start, last.end).trim() };
  }
  return first.range;
}

/** Years (1900–2099) written in a question. */
export function questionYears(question: string): number[] {
  const found = [...question.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => ({ year: Number(m[1]), at: m.index }));
  // "the 2023 rally marking the anniversary of the 1979 revolution": the commemorated year names what is marked,
  // not when; with another year in the question only that one dates the occasion.
  const marked = (at: number): boolean => /\banniversary of (?:the )?(?:[\p{L}-]+ )?$/iu.test(question.slice(Math.max(0, at - 40), at));
  // "how many in 2030, going by the report that counted 612 for 2031?": the year of a figure the question states is
  // that figure's, context for the one asked; with another year in the question only that one is asked.
  const ofStatedFigure = (at: number): boolean => {
    const m = /(?<![\d,.])(\d[\d,.]*)\s+(?:[\p{L}-]+\s+){0,2}?(?:for|in|of|during)\s+$/u.exec(question.slice(Math.max(0, at - 40), at));
    return !!m && !/^(?:19|20)\d{2}$/.test(m[1] as string);
  };
  const occasion = found.filter((f) => !marked(f.at));
  const asked = occasion.filter((f) => !ofStatedFigure(f.at));
  return (asked.length > 0 ? asked : occasion.length > 0 ? occasion : found).map((f) => f.year);
}

/**
 * A day as one number, month·100 + day, plus year·10,000 when known: compared as numbers, as the ISO days they stand
 * for compare as text. (Event ranking and counting test every event's and figure's date against the question's range,
 * over 12,000 dates a question at 10,000 reports: strings made for each, or kept per date, cost more than the test.)
 */
function dayNumber(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

/** A range's ends as day numbers, read once per range object (a question tests thousands of dates against one). */
interface RangeNumbers {
  hasYear: boolean;
  from: number;
  to: number;
  y1: number;
  y2: number;
}
let lastRange: DateRange | undefined;
let lastNumbers: RangeNumbers = { hasYear: false, from: 0, to: 0, y1: 0, y2: 0 };

/** "2031-03-14" or "--03-14" as a day number (the year left at 0 when the question gives none). */
function isoNumber(s: string): number {
  const [, y, m, d] = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(s) ?? [];
  return dayNumber(y && y !== '-' ? Number(y) : 0, Number(m ?? 0), Number(d ?? 0));
}

function rangeNumbers(r: DateRange): RangeNumbers {
  if (r !== lastRange) {
    const from = isoNumber(r.from);
    const to = isoNumber(r.to);
    lastNumbers = { hasYear: !r.from.startsWith('--'), from, to, y1: Math.floor(from / 10_000), y2: Math.floor(to / 10_000) };
    lastRange = r;
  }
  return lastNumbers;
}

/**
 * Whether a fuzzy date falls in (overlaps) a question's range. Year-less dates match on day and month,
 * and against a range with a year only when one of their candidate years fits.
 */
export function dateMatchesRange(d: FuzzyDate | undefined, r: DateRange): boolean {
  if (!d || d.precision === 'unknown') return false;
  const n = rangeNumbers(r);
  if (n.hasYear) {
    if (d.year) return yearDateFits(d, d.year, n);
    // A day and month whose year only the report's weekdays or dateline suggest: in range in one of those years.
    return !!d.month && (d.candidateYears ?? []).some((y) => yearDateFits(d, y, n));
  }
  if (!d.month) return false;
  return dayNumber(0, d.month, d.day ?? 1) <= n.to && dayNumber(0, d.month, d.day ?? daysIn(d.year, d.month)) >= n.from;
}

/** Whether the days a date covers in `year` (its day, its month or the whole year) overlap a range with years. */
function yearDateFits(d: FuzzyDate, year: number, n: RangeNumbers): boolean {
  if (d.precision === 'day' && d.month && d.day) return dayNumber(year, d.month, d.day) <= n.to && dayNumber(year, d.month, d.day) >= n.from;
  if (d.month) return dayNumber(year, d.month, 1) <= n.to && dayNumber(year, d.month, daysIn(year, d.month)) >= n.from;
  return dayNumber(year, 1, 1) <= n.to && dayNumber(year, 12, 31) >= n.from;
}
