/** Dates as the text supports them: finding, weekday checks, formatting and range tests. */
export type { FoundDate } from './find-dates.ts';
export { candidateYearsFromText, DATELINE_END, dateIsScheduledFor, dateOfAnOccasionBeside, datesTold, deedBeforeDay, findDates, PAGE_DATE_FIELD, resolveDayMonth, SET_FOR_VERBS, unknownFuzzyDate } from './find-dates.ts';
export { formatDate, dateInRange, dateSpan, compareDates } from './format-date.ts';
export { weekdayOf, yearsWithWeekday, monthNumber, weekdayNumber } from './calendar.ts';
