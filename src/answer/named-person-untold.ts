/**
 * "Where did Iranians gather in Paris after Nora Vell's death?": a person the question names sets the occasion, so an
 * answer read from reports that never write that person's name is about another occasion (a rally in the same city
 * another year), however many of the question's other words they share. Declined.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { keyOf } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { profileOf, reportHas } from './reader/report-profile.ts';

export function namedPersonUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const ids = intent.slots.people ?? [];
  if (!given.answered || ids.length === 0 || given.citations.length === 0) return given;
  // (The surnames of the people matched: several ids may stand for one name asked, "Vell" for two people.)
  const q = fold(intent.question ?? '');
  const surnames = ids
    .map((id) => fold(index.speaker(id)?.name ?? '').split(' ').at(-1) ?? '')
    .filter((s) => s.length >= 3 && !standsForState(q, s));
  if (surnames.length === 0) return given;
  const written = given.citations.some((c) => {
    const p = profileOf(index, c.articleId);
    if (!p) return true;
    // (As the reader finds a name: its key among the report's, parts of hyphened words too, "al-Assad" writing
    // "Assad", or a name written a letter or two apart.)
    return surnames.some((s) => reportHas(p, keyOf(s), s, true));
  });
  if (written) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report the answer would rest on names the person the question names.', suggestionsFor(intent, index));
}

/** Nouns for a ruler's state or forces: "Assad's forces", "the Assad regime" name a side, not the person. */
const STATE_SIDE = '(?:forces|troops|army|soldiers|militias?|regime|government|administration|allies|loyalists)';

/** Whether the question writes the surname as its state or forces ("Vell's troops", "the Vell regime"). */
function standsForState(question: string, surname: string): boolean {
  return new RegExp(`\\b${escapeRe(surname)}(?:\\s*['’]s)?\\s+${STATE_SIDE}\\b`).test(question);
}
