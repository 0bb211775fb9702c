/** Calendar arithmetic and the English month / weekday vocabulary the date finder reads. */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The span of years searched for weekday-consistent candidates when a text states no year. */
export const CANDIDATE_YEAR_FROM = 2008;
export const CANDIDATE_YEAR_TO = 2026;

/** Month number (1–12) for a full or abbreviated English month name ("Dec", "Sept.", "DECEMBER"), else undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.length < 3) return undefined;
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex((m) => {
    const ml = m.toLowerCase();
    return ml === w || (w.length === 3 && ml.startsWith(w));
  });
  return i >= 0 ? i + 1 : undefined;
}

/** Weekday number (0 = Sunday) for a full or abbreviated weekday name, else undefined. */
export function weekdayNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.length < 3) return undefined;
  const i = WEEKDAY_NAMES.findIndex((d) => {
    const dl = d.toLowerCase();
    return dl === w || (w.length >= 3 && w.length <= 4 && dl.startsWith(w)) || (w === 'tues' && dl === 'tuesday') || (w === 'thurs' && dl === 'thursday');
  });
  return i >= 0 ? i : undefined;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidDay(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // Without a year February 29 is still a possible day.
  return d <= (y === undefined ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]! : daysInMonth(y, m));
}

/** Day of the week (0 = Sunday) of a calendar date, proleptic Gregorian. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Shifts a calendar day by `delta` days. */
export function addDays(y: number, m: number, d: number, delta: number): { year: number; month: number; day: number } {
  const t = new Date(Date.UTC(y, m - 1, d + delta));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Years in [from, to] whose month/day falls on the given weekday. */
export function yearsWithWeekday(month: number, day: number, weekday: number, from = CANDIDATE_YEAR_FROM, to = CANDIDATE_YEAR_TO): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) {
    if (isValidDay(y, month, day) && weekdayOf(y, month, day) === weekday) out.push(y);
  }
  return out;
}

/** The French months, folded (no accents, lower case), January first. */
export const FRENCH_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'] as const;

/** French and German month names (folded: no accents, lower case) to the month number. */
export const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map([
  ...FRENCH_MONTHS.map((m, i) => [m, i + 1] as const),
  ['januar', 1], ['jaenner', 1], ['janner', 1], ['februar', 2], ['marz', 3], ['maerz', 3], ['april', 4], ['juni', 6], ['juli', 7], ['august', 8], ['september', 9], ['oktober', 10], ['dezember', 12],
]);

/** French and German weekday names (folded) to the weekday number (0 = Sunday). */
export const FOREIGN_WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
  ['sonntag', 0], ['montag', 1], ['dienstag', 2], ['mittwoch', 3], ['donnerstag', 4], ['freitag', 5], ['samstag', 6],
]);

/** Folds a word for the foreign month and weekday tables ("Décembre" → "decembre", "März" → "marz"). */
export function foldDateWord(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\.$/, '');
}
