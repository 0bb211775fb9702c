import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES, countryStem } from '../understand/vocabulary.ts';
import { citedReportsFolded } from './named-body-untold.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Deeds of force a question asks someone did, as the question writes them, with the forms a sentence tells them in. */
const DEEDS: Record<string, string> = {
  kill: 'kill(?:ed|s|ing)?',
  bomb: 'bomb(?:ed|s|ing)?',
  attack: 'attack(?:ed|s|ing)?',
  shell: 'shell(?:ed|s|ing)?',
  strike: 'str(?:ike|ikes|uck|iking)',
  arrest: 'arrest(?:ed|s|ing)?',
  detain: 'detain(?:ed|s|ing)?',
  execute: 'execut(?:e|ed|es|ing)',
  hang: 'hang(?:ed|s|ing)?|hung',
  shoot: 'shoot(?:s|ing)?|shot',
  injure: 'injur(?:e|ed|es|ing)',
  wound: 'wound(?:ed|s|ing)?',
  destroy: 'destroy(?:ed|s|ing)?',
  target: 'target(?:ed|s|ing)?',
  raid: 'raid(?:ed|s|ing)?',
};
const ASKED = new RegExp(String.raw`\b(?:did|does|do|has|have|had|will)\s+(?:the\s+)?([\p{L}.'’-]+)\s+(${Object.keys(DEEDS).join('|')})\b`, 'iu');

/** Days and months, which a sentence writes capitalised but which name no doer. */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** The doer a question asks of a deed of force, when it is one a report would write by name (a country, a name, initials). */
function doerAsked(intent: Intent): { doer: string; forms: string; deed: string } | undefined {
  const m = ASKED.exec(intent.question ?? '');
  if (!m) return undefined;
  const raw = m[1] ?? '';
  const doer = fold(raw);
  const deed = (m[2] ?? '').toLowerCase();
  const named =
    COUNTRIES.has(doer) ||
    /^\p{Lu}{2,6}$/u.test(raw) ||
    (/^\p{Lu}/u.test(raw) && intent.analysis.terms.some((t) => t.fold === doer && t.sort === 'name')) ||
    (/^[a-z]{2,5}$/.test(raw) && intent.analysis.terms.some((t) => t.fold === doer && t.sort === 'name'));
  if (!named || doer.length < 2) return undefined;
  return { doer, forms: DEEDS[deed] ?? deed, deed };
}

/** Whether folded text writes the doer: its name, or (a country) its adjective ("Varnian" for Varnia). */
function writes(text: string, doer: string): boolean {
  if (new RegExp(`\\b${escapeRe(doer)}\\b`).test(text)) return true;
  if (!COUNTRIES.has(doer)) return false;
  const stem = countryStem(doer);
  return new RegExp(`\\b${escapeRe(stem)}\\p{L}*`, 'u').test(text);
}

/**
 * "When did Varnia shell Tovel?", "how many soldiers did the KLF kill?": a deed asked of a doer named by the question
 * is told only by a report that names that doer; a report that never does, or a sentence telling the deed as another's
 * ("Kessian jets killed 40 soldiers"), tells of someone else's deed. Declined.
 */
export function doerAskedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const asked = doerAsked(intent);
  if (!asked) return given;
  const reports = citedReportsFolded(index, given);
  if (!reports.some((r) => writes(r, asked.doer))) {
    return notAnswered(intent, `The archive has nothing that answers this. The report found never names ${asked.doer.toUpperCase() === asked.doer ? asked.doer : asked.doer.replace(/^\p{L}/u, (l) => l.toUpperCase())} as doing it.`, suggestionsFor(intent, index));
  }
  if (intent.analysis.expects !== 'count') return given;
  const excerpt = given.citations[0]?.excerpt ?? '';
  if (writes(fold(excerpt), asked.doer)) return given;
  // The sentence tells the deed in the active voice, after a subject naming someone (a capitalised word within it).
  // (Only its own clause's words: "On Monday night, they killed 40": a day's name, or a pronoun pointing back, names
  // no other doer; nor does a place after "in".)
  const deedAt = new RegExp(String.raw`((?:\S+\s+){0,6})\b(?:${asked.forms})\b`, 'giu');
  const other = [...excerpt.matchAll(deedAt)].some((m) => {
    const before = (m[1] ?? '').trim();
    if (!before || /\b(?:was|were|been|be|being|is|are|had|have|has|by|of|to)$/i.test(before)) return false;
    const clause = (before.split(/[,;:–—]/).pop() ?? '').trim();
    const words = clause.split(/\s+/).filter(Boolean);
    if (!words.length || /^(?:they|he|she|it|we|who|which|that)$/i.test(words.at(-1) ?? '')) return false;
    const opensSentence = clause === before && (m.index ?? 0) === 0;
    return words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && opensSentence) && !TIME_WORD.test(w.replace(/[^\p{L}]/gu, '')) && !/^(?:in|at|on|of|from|near|outside)$/i.test(words[i - 1] ?? ''));
  });
  if (!other) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentence found tells the deed as someone else’s, not the one asked.', suggestionsFor(intent, index));
}
