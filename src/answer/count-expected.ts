import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "how many had the organisers expected", "how many were anticipated": a count asked as it was foreseen. */
const EXPECTED_ASKED = /\b(?:expect|expected|expecting|anticipat\w*|forecast\w*|predict\w*)\b/i;
/** Words of foreseeing, in English, French and German ("erwartet", "attendu"). */
const EXPECT_WORD = /\b(?:expect\w*|anticipat\w*|forecast\w*|predict\w*|erwart\w*|attendu\w*|attendai\w*|prévu\w*)/iu;
/** A count told as what may come: "could return", "will reach", "is likely to". */
const MODAL = /\b(?:could|would|will|may|might|likely|set to)\b/i;
/** Words comparing a count with what was foreseen: "more than the organisers had expected", "exceeded". */
const COMPARED = /(?<![\p{L}])(?:than|exceed\w*|surpass\w*|beyond|outnumber\w*|als|wie|übertr\p{L}*|überstieg\p{L}*|que)(?![\p{L}])/iu;
/** A bound just before the number, which compares nothing with what was foreseen: "expect more than 5,000". */
const BOUND_BEFORE = /\b(?:more|fewer|less)\s+than\s*$|\b(?:mehr|weniger)\s+als\s*$|\b(?:plus|moins)\s+(?:de|que)\s*$/iu;

/**
 * "How many had the organisers expected?": a count foreseen is told by a sentence tying its number to the foreseeing
 * ("expected 5,000 people", "had 5,000 marchers expected", "5'000 Teilnehmer erwartet"), or told as what may come
 * ("could return"). A count of those who came, even in a sentence saying it was "more than the organisers had
 * expected", is another number. Declined.
 */
export function countExpectedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (!EXPECTED_ASKED.test(intent.question ?? '')) return given;
  const lead = given.text.replace(/“[^”]*”?/g, ' ').replace(/\([^)]*\)/g, ' ');
  const number = /(?<![\p{L}\d])(\d[\d,.'’]*\d|\d)(?![\p{L}\d])/u.exec(lead)?.[1];
  if (!number) return given;
  const numberRe = new RegExp(`(?<![\\p{L}\\d])${escapeRe(number)}(?![\\p{L}\\d])`, 'u');
  for (const c of given.citations) {
    const excerpt = c.excerpt ?? '';
    const at = excerpt.search(numberRe);
    if (at < 0) continue;
    // ("250,000 could return home next year": a forecast told by its modal, with no word of expecting to compare.)
    if (!EXPECT_WORD.test(excerpt) && MODAL.test(excerpt)) return given;
    for (const clause of clausesAround(excerpt, at, number.length)) {
      const before = clause.before.match(/(\S+\s*){0,6}$/)?.[0] ?? '';
      const after = clause.after.match(/^(\s*\S+){0,6}/)?.[0] ?? '';
      const expectBefore = EXPECT_WORD.exec(before);
      if (expectBefore && !COMPARED.test(before.slice(expectBefore.index).replace(BOUND_BEFORE, ''))) return given;
      const expectAfter = EXPECT_WORD.exec(after);
      if (expectAfter && !COMPARED.test(after.slice(0, expectAfter.index))) return given;
    }
  }
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence gives the number that was expected.', suggestionsFor(intent, index));
}

/** The words of the number's own clause before and after it (a clause ends at ";", ":" or a full stop). */
function clausesAround(text: string, at: number, length: number): Array<{ before: string; after: string }> {
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at), text.lastIndexOf('. ', at)) + 1;
  const ends = [';', ':', '. '].map((m) => text.indexOf(m, at + length)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : text.length;
  return [{ before: text.slice(start, at), after: text.slice(at + length, end) }];
}
