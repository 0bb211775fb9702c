import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { familyWords } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Nouns that head a body's name in the languages of the genre ("Associazione …", "Verein …", "Committee for …"). */
const BODY_HEADS = /^(?:association|associazione|associacion|committee|comitato|comite|komitee|league|lega|society|societa|gesellschaft|verein|institute|istituto|institut|foundation|fondazione|stiftung|union|unione|federation|federazione|alliance|coalition|movement|movimento|network|council|consiglio|conseil)$/;

/** Words of a name that say nothing of which body it is. */
const GLUE = new Set(['of', 'for', 'the', 'and', 'in', 'to', 'della', 'delle', 'degli', 'dei', 'del', 'di', 'des', 'du', 'de', 'la', 'le', 'les', 'der', 'die', 'das', 'fur', 'von']);

/**
 * The bodies a question names by a capitalised name headed by a body's noun ("the Associazione Amici di Tarvel", "the
 * Velden Exiles Society"): the name as written, folded, with the initials that may stand for it.
 */
function bodiesNamed(question: string): Array<{ phrase: string; initials: string; words: string[] }> {
  const out: Array<{ phrase: string; initials: string; words: string[] }> = [];
  // A run of capitalised words (hyphened parts kept), glue words allowed between them.
  const runs = question.matchAll(/(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*)(?:\s+(?:(?:of|for|the|and|della|delle|degli|dei|del|di|des|du|de|la|der|für|von)\s+)*\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*)+/gu);
  for (const m of runs) {
    // ("the VLF's Central Council": the owner before a possessive is no part of the body's name.)
    const all = m[0].split(/\s+/);
    const owned = all.map((w) => /['’]s?$/.test(w)).lastIndexOf(true);
    const words = all.slice(owned + 1);
    const name = words.join(' ');
    if (!words.some((w) => BODY_HEADS.test(fold(w)))) continue;
    if (words.every((w) => GLUE.has(fold(w)) || BODY_HEADS.test(fold(w)))) continue;
    const phrase = fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const initials = words.filter((w) => !GLUE.has(fold(w))).map((w) => (w[0] ?? '').toLowerCase()).join('');
    out.push({ phrase, initials, words: phrase.split(' ').filter((w) => !GLUE.has(w)) });
  }
  return out;
}

/**
 * The reports an answer cites, each folded whole: title, publisher, text, and the title and source its citations give
 * (a headline the page's layout left in the source field counts: a "Published: …" line may stand as the title).
 */
export function citedReportsFolded(index: ArchiveIndex, given: Answer): string[] {
  return [...new Set(given.citations.map((c) => c.articleId))].map((id) => {
    const a = index.article(id);
    return fold([a?.title ?? '', a?.publisher ?? '', a?.text ?? '', ...given.citations.filter((c) => c.articleId === id).map((c) => `${c.title ?? ''} ${c.source ?? ''}`)].join(' '));
  });
}

/**
 * "When did the Associazione Amici di Tarvel march in Velden?": a body the question names by its name is told of only
 * by a report that writes that name (or its initials); an answer from reports that never do (a summit in the same
 * city, whose report writes the name's words apart) tells of another body's occasion. Declined.
 */
export function namedBodyUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const bodies = bodiesNamed(intent.question ?? '');
  if (!bodies.length) return given;
  const reports = citedReportsFolded(index, given).map((r) => ` ${r} `);
  // (Initials may be written in another language's order: "NCRI" asked, "CNRI" in a French report.)
  const letters = (w: string) => [...w].sort().join('');
  const initialsIn = (r: string, i: string) => r.includes(` ${i} `) || r.split(' ').some((w) => w.length === i.length && letters(w) === letters(i));
  const written = (b: { phrase: string; initials: string; words: string[] }) => reports.some((r) => r.includes(` ${b.phrase} `) || (b.initials.length >= 3 && initialsIn(r, b.initials)) || writtenInItsLanguage(r, b.words));
  if (bodies.every(written)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report that answers names the body asked.', suggestionsFor(intent, index));
}

/**
 * "the German-Varnian Society" of a report in German writing "der Deutsch-Varnischen Gesellschaft": every word of the
 * name written in the report's language, as a word of its family ("gesellschaft", "deutsch") or, for a people's
 * adjective, as the German one ("varnischen").
 */
function writtenInItsLanguage(report: string, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const held = new Set(report.split(' '));
  return words.every((w) => {
    if (held.has(w) || familyWords(w).some((x) => held.has(x))) return true;
    const stem = /^(.{4,}?)(?:ian|ean|ese|ish|an)$/.exec(w)?.[1];
    return !!stem && [...held].some((x) => x.startsWith(stem) && /isch(?:e|en|er|es|em)?$/.test(x) && x.length <= stem.length + 7);
  });
}
