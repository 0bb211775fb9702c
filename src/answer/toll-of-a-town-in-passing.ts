import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Deeds a toll counts. */
const HARM_DEEDS = new Set(['@kill', '@arrest', '@injure', '@execute']);

/** Words telling of harm done, in any of the archive's languages' common stems. */
const HARM_WORDS = /\b(?:kill|dead|death|died|dies|die|dying|toll|injur|wound|hurt|arrest|detain|detention|execut|hang|shot|shoot|fatalit|victim|casualt|bodies|body|martyr|tu[ée]s?|morts?|bless|festgenommen|getötet|tote)/i;

/** A sentence opening on those the one before told of: "These demonstrators …", "They had …". */
const POINTS_BACK = /^\W*(?:these|those|they|both|all\s+of\s+them|the\s+(?:victims|dead|men|women|protesters|demonstrators))\b/i;

/**
 * "How many were killed in Vessa?" is not answered by a country's toll from a report that names Vessa only where
 * a crowd gathered ("about 300 rallied in Vessa"): a toll asked of a town the answering report names only in passing
 * (never in its title or opening, and in no sentence telling of harm) is no toll of that town. Declined.
 */
export function tollOfATownInPassing(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (!intent.analysis.terms.some((t) => t.part === 'focus' && HARM_DEEDS.has(t.key))) return given;
  const q = intent.question ?? '';
  const towns = intent.analysis.terms.filter(
    (t) => t.sort === 'name' && t.fold.length >= 3 && !COUNTRIES.has(t.fold) && new RegExp(`(?<![\\p{L}])in\\s+(?:the\\s+)?${escapeRe(t.text)}(?![\\p{L}])`, 'iu').test(q),
  );
  if (!towns.length) return given;
  const names = (text: string) => {
    const f = ` ${fold(text)} `;
    return towns.some((t) => new RegExp(`(?<![\\p{L}])${escapeRe(t.fold)}(?![\\p{L}])`, 'u').test(f));
  };
  if (names(given.text) || given.citations.some((c) => names(c.excerpt ?? ''))) return given;
  // (A town told just after the toll by words pointing back to the dead as being there, "… three were killed. These
  // marchers had walked through Dorn …", is where the toll was counted; "to back the people of Dorn" is not.)
  const there = new RegExp(`\\b(?:in|at|through|across|into|streets\\s+of|city\\s+of|town\\s+of|from)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+(?:and|or)\\s+)?(?:${towns.map((t) => escapeRe(t.text)).join('|')})(?![\\p{L}])`, 'iu');
  const beside = given.citations.some((c) => {
    const after = index.sentencesOf(c.articleId)[c.sentence + 1]?.text ?? '';
    return POINTS_BACK.test(after) && there.test(after);
  });
  if (beside) return given;
  const ids = [...new Set(given.citations.map((c) => c.articleId))];
  const inPassing = ids.every((id) => {
    const a = index.article(id);
    if (!a) return false;
    const sentences = a.text.split(/(?<=[.!?…])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
    if (names(a.title ?? '') || sentences.slice(0, 2).some(names)) return false;
    const naming = sentences.filter(names);
    return naming.length > 0 && !naming.some((s) => HARM_WORDS.test(s));
  });
  if (!inPassing) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The report closest to it names ${towns.map((t) => t.text).join(' or ')} only in passing, with no toll there.`, suggestionsFor(intent, index));
}
