import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { FRENCH_MONTHS, MONTH_NAMES } from '../dates/calendar.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Deeds done to a person that a date is told of, each by its English and French words (folded). */
const DEEDS: ReadonlyArray<{ deed: string; words: RegExp }> = [
  { deed: 'death', words: /^(?:die|dies|died|dying|death|dead|deces|decede|decedee|mort|morte|meurt|succombe|succombee)$/ },
  { deed: 'arrest', words: /^(?:arrest|arrests|arrested|arrete|arretee|arretes|arretees|interpelle|interpellee|detained|detain|detenu|detenue)$/ },
  { deed: 'release', words: /^(?:release|released|freed|libere|liberee|relache|relachee)$/ },
  { deed: 'execution', words: /^(?:execute|executed|execution|hanged|executee|pendu|pendue)$/ },
  { deed: 'sentence', words: /^(?:sentence|sentenced|convicted|condamne|condamnee)$/ },
  { deed: 'birth', words: /^(?:born|ne|nee)$/ },
];

const MONTHS_EN = MONTH_NAMES.map((m) => m.toLowerCase());
/** "march 4" in an answer's folded lead: the month and the day it gives. */
const MONTH_DAY = new RegExp(`\\b(${MONTHS_EN.join('|')})\\s+(\\d{1,2})\\b`);
const MONTH_INDEX: Record<string, number> = Object.fromEntries([...MONTHS_EN.map((m, i) => [m, i] as const), ...FRENCH_MONTHS.map((m, i) => [m, i] as const)]);

function deedOf(word: string): string | undefined {
  return DEEDS.find((d) => d.words.test(word))?.deed;
}

/**
 * "When did Lena Vost die?" answered "March 4" from "… after the death of Lena Vost, 31, arrested on 4 March …": the
 * day is told right after another deed's word (a participle, "arrested", "arrêtée le", "libéré le"), so it is the day
 * of that deed, not of the one asked. Declined when the question asks one of the deeds known here and the word just
 * before the day in the cited sentence is another of them.
 */
export function dateOfAnotherParticiple(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'when' && intent.analysis.expects !== 'date') || !given.citations.length) return given;
  const asked = new Set(fold(intent.question ?? '').split(' ').map(deedOf).filter((d): d is string => !!d));
  if (asked.size !== 1) return given;
  const lead = fold(given.text.split('“')[0] ?? '');
  const day = MONTH_DAY.exec(lead);
  if (!day) return given;
  const month = MONTH_INDEX[day[1] as string];
  const dayOfMonth = day[2] as string;
  for (const c of given.citations) {
    const words = fold(c.excerpt ?? '').split(' ');
    for (let i = 0; i < words.length; i++) {
      // ("13 septembre", "September 13", "13 September": the day given, however the sentence writes it.)
      const w = words[i] as string;
      const isDay = (w === dayOfMonth || w === `${dayOfMonth}er`) && (MONTH_INDEX[words[i + 1] ?? ''] === month || MONTH_INDEX[words[i - 1] ?? ''] === month);
      if (!isDay) continue;
      let j = MONTH_INDEX[words[i - 1] ?? ''] === month ? i - 2 : i - 1;
      // (The small words between the deed's word and its day: "arrêtée le", "arrested on the".)
      while (j >= 0 && /^(?:le|du|on|the|in|en|of|depuis|since)$/.test(words[j] as string)) j--;
      const before = deedOf(words[j] ?? '');
      if (before && !asked.has(before)) {
        return notAnswered(intent, `The archive has nothing that answers this. The day it holds is told of another deed (${before}), not of the one asked.`, suggestionsFor(intent, index));
      }
    }
  }
  return given;
}
