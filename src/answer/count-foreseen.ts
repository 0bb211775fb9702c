import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A question asking what may come, or was feared or foreseen: "how many could flee", "how many were expected". */
const FORESEEN_ASKED =
  /\b(?:could|would|might|may|will|expect\w*|anticipat\w*|forecast\w*|predict\w*|project\w*|risk\w*|fear\w*|warn\w*|possibl\w*|potential\w*|worst|scenario|at stake|threat\w*)\b/i;

/** Verbs a forecast counts by: "could see", "may reach", "would force", "will top" (not "may take part", a permission). */
const FORECAST_VERB = String.raw`(?:see|reach|rise|top|exceed|climb|increase|double|triple|flee|leave|die|lose|face|need|affect|displace|force|return|hit|surpass|grow|swell|soar|cross|head)`;

/**
 * A modal telling what may come, then the verb it governs: "could see", "may reach", "would be cut off", "is set to
 * top". ("could be", "may have": what is not yet known of what happened, a toll still uncertain, not a forecast.)
 */
const MODAL_AHEAD = String.raw`(?:(?:could|might|may|would|will)\s+(?:also\s+|well\s+|soon\s+|eventually\s+|even\s+)?${FORECAST_VERB}|(?:would|will)\s+be\s+(?:cut\s+off|displaced|affected|forced|left|uprooted|stranded|at\s+risk)|(?:is|are|was|were)\s+(?:set|likely|expected)\s+to\s+\p{L}+)\b`;

/** The words a forecast's modal opens with. */
const MODAL_WORD = /\b(?:could|might|may|would|will|set|likely|expected)\b/i;

/**
 * "How many were displaced from Kessa?" answered "640,000" from "an all-out assault could see 640,000 people flee":
 * the number is what may come, told by a modal governing it, not a count of what happened. Unless the question asks
 * what may come ("how many could flee"), declined.
 */
export function countForeseenUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (FORESEEN_ASKED.test(intent.question ?? '')) return given;
  const lead = given.text.replace(/“[^”]*”?/g, ' ').replace(/\([^)]*\)/g, ' ');
  const number = /(?<![\p{L}\d])(\d[\d,.'’ ]*\d|\d)(?![\p{L}\d])/u.exec(lead)?.[1]?.trim();
  if (!number) return given;
  const n = escapeRe(number);
  if (threatenedOnly(given, n)) return notAnswered(intent, 'The archive has nothing that answers this. The closest number counts those threatened with it, not those it was done to.', suggestionsFor(intent, index));
  // (Most sentences hold no modal at all: the patterns below are built only for those that do.)
  if (!given.citations.some((c) => MODAL_WORD.test(c.excerpt ?? ''))) return given;
  // (The modal just before the number, "could see 640,000 people", or just after what it counts, "640,000
  // people could flee": within the number's clause, a few words off.)
  const before = new RegExp(String.raw`${MODAL_AHEAD}\s+(?:(?:up\s+to|as\s+many\s+as|more\s+than|over|some|about|around|nearly|almost|at\s+least)\s+)?${n}(?![\p{L}\d])`, 'iu');
  const after = new RegExp(String.raw`(?<![\p{L}\d])${n}(?:\s+(?!(?:and|but|or|while|as|which|who|whom|whose|that|where|when|if|though|although|because|so)\b)[\p{L}'’-]+){0,5}\s+${MODAL_AHEAD}`, 'iu');
  const written = new RegExp(`(?<![\\p{L}\\d])${n}(?![\\p{L}\\d])`, 'u');
  const told = given.citations.map((c) => c.excerpt ?? '').filter((e) => written.test(e));
  // (Foreseen wherever it is written: "arrested 300 people …, and all 300 will face trial" tells the 300 arrested.)
  const foreseenOnly = (e: string) => (before.test(e) || after.test(e)) && !written.test(e.replace(new RegExp(before.source, 'giu'), ' ').replace(new RegExp(after.source, 'giu'), ' '));
  if (!told.length || !told.every(foreseenOnly)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest number is what was foreseen, not a count of what happened.', suggestionsFor(intent, index));
}

/**
 * A deed threatened, not done: "14 prisoners are at risk of execution", "face the death penalty", and in German "in
 * Gefahr, hingerichtet zu werden", "14 Gefangenen droht die Hinrichtung" (the deed's noun or participle after it).
 */
const THREATENED =
  /\b(?:at\s+(?:imminent\s+)?risk\s+of|in\s+danger\s+of|fac(?:e|es|ed|ing)\s+(?:imminent\s+|possible\s+)?(?:the\s+)?(?:execution|death\s+(?:penalty|sentences?)))|(?<![\p{L}])(?:gefahr\s*,?\s+(?:\p{L}+\s+){0,2}(?:hingerichtet|getötet|festgenommen|verhaftet)|droh\p{L}*\s+(?:\p{L}+\s+){0,4}(?:hinrichtung\p{L}*|todesstrafe\p{L}*|haft))/iu;

/**
 * "How many were executed?" answered "26" from "26 people are at risk of execution": every sentence citing the number
 * tells of a deed threatened in the number's own clause. (Asked of the threat, "how many face execution", it is the
 * answer: see `FORESEEN_ASKED`.)
 */
function threatenedOnly(given: Answer, n: string): boolean {
  // (The number's own clause: "1,400 were detained, with some of them likely to face the death penalty" tells a
  // threat of a part, after the comma, and the 1,400 detained.)
  const clause = new RegExp(String.raw`(?<![\p{L}\d])${n}(?![\p{L}\d])[^.;:]*?(?=,\s+(?:with|and|while|but|whereas|some|many|most|of\s+whom|including|among|und|wobei|darunter|von\s+denen)\b|[.;:]|$)`, 'u');
  const told = given.citations.map((c) => clause.exec(c.excerpt ?? '')?.[0]).filter((x): x is string => x !== undefined);
  return told.length > 0 && told.every((x) => THREATENED.test(x));
}
