import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Citation, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { namesInText } from './answer-people.ts';
import { speakersInArticles } from './memo.ts';

/** Counted keys of a stretch of time ("how many years", "how many months"). */
const TIME_KEYS = new Set(['year', 'month', 'week', 'day', 'hour', 'decad']);

/** A sentence that tells of someone named just before by a pronoun: "He had spent …", "Her trial lasted …". */
const PRONOUN_OPENING = /^\W*(?:he|she|his|her|they|their)\b/i;

/**
 * "How many years had Arman Tesk been in prison?" answered "23-year" from a sentence about another prisoner ("the
 * 23-year-old Lio Marr was hanged"): a stretch of time asked of a named person is told by a sentence naming that
 * person, or opening on a pronoun right after a sentence that names them. Declined otherwise.
 */
export function spanOfAnotherPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (!(intent.analysis.counted ?? []).some((k) => TIME_KEYS.has(k))) return given;
  const q = ` ${fold(intent.question ?? '')} `;
  const surnames = (intent.slots.people ?? [])
    .map((id) => fold(index.speaker(id)?.name ?? '').split(' ').at(-1) ?? '')
    .filter((w) => w.length > 2 && q.includes(` ${w} `));
  if (!surnames.length) return given;
  const told = given.citations.some((c) => ofThePerson(index, c, surnames));
  if (told) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentence giving that figure tells of someone else than the person asked.', suggestionsFor(intent, index));
}

/**
 * Whether a cited sentence may tell of the person whose surnames are given: it names them; or it opens on a pronoun
 * right after a sentence naming them; or, opening otherwise, it names no one else ("The veteran activist had spent 12
 * years in prison", after a sentence naming him). A sentence naming another person, or taking up with "he" someone
 * the sentence before names instead, is theirs.
 */
function ofThePerson(index: ArchiveIndex, c: Citation, surnames: readonly string[]): boolean {
  const excerpt = ` ${fold(c.excerpt ?? '')} `;
  if (surnames.some((w) => excerpt.includes(` ${w} `))) return true;
  if (PRONOUN_OPENING.test(c.excerpt ?? '')) {
    const before = index.sentencesOf(c.articleId).filter((s) => s.index < c.sentence).at(-1);
    const prior = ` ${fold(before?.text ?? '')} `;
    return surnames.some((w) => prior.includes(` ${w} `));
  }
  const others = [
    ...namesInText(index, c.excerpt ?? ''),
    // (A person the report names in full elsewhere, taken up here by surname alone: "Kasimov was first given 22 years".)
    ...speakersInArticles(index, [c.articleId]).map((sp) => fold(sp.name).split(' ').at(-1) ?? '').filter((w) => w.length > 2 && excerpt.includes(` ${w} `)),
  ];
  return others.every((n) => surnames.some((w) => ` ${fold(n)} `.includes(` ${w} `)));
}
