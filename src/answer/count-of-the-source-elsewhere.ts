import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { acronymAskedFor, claimIsAcronym } from '../understand/analyse-question.ts';
import { fold } from '../understand/text.ts';
import { MONTH_NAMES } from '../dates/calendar.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

const MONTH_WORDS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

/**
 * "What toll did the KRO give?" answered "12 dead" from a sentence crediting no one ("three villages were hit
 * today, leaving 12 dead"), when the same report gives a count of the same kind credited to the KRO in another
 * sentence ("the toll rose to 410, the KRO said"): the uncredited number is a part, a day's count or the report's
 * own, not the toll the body gave. Declined, unless the number's sentence writes a place or name the question
 * names ("how many died in Varn according to the KRO": the town's share, told apart).
 */
export function countOfTheSourceElsewhere(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || given.citations.length !== 1) return given;
  const measure = intent.slots.measure;
  if (!measure) return given;
  const claimant = intent.analysis.claimant ?? [];
  const acronym = acronymAskedFor(intent.question) ?? (claimant.length === 1 && /^\p{Lu}{2,7}$/u.test(claimant[0] as string) ? claimant[0] : undefined);
  if (!acronym) return given;
  const cite = given.citations[0]!;
  const figures = index.data.figures.filter((f) => f.source.articleId === cite.articleId && f.measure === measure);
  // (A number its own sentence credits to someone is the other checks' to weigh.)
  if (figures.some((f) => f.source.sentence === cite.sentence && !!f.claimant)) return given;
  const credited = figures.filter((f) => f.source.sentence !== cite.sentence && !!f.claimant && claimIsAcronym(f.claimant, acronym) === true);
  if (!credited.length) return given;
  const sentences = index.sentencesOf(cite.articleId);
  const own = ` ${fold(cite.excerpt ?? '')} ${fold(sentences[cite.sentence]?.text ?? '')} `;
  // (A place may be one the archive does not know as such: any name the question writes, but the source's.)
  const names = intent.analysis.terms.filter((t) => t.sort === 'name' && t.text !== acronym).map((t) => t.fold);
  const places = [...(intent.slots.places ?? []).map((p) => fold(p)), ...names].filter(Boolean);
  if (places.some((p) => own.includes(` ${p}`))) return given;
  // (Nor when the number's sentence writes the body asked itself, "32 were children, the … (HRANA) said", or every
  // month the question names: "executed in November and December" asked, that sentence's count is the one asked.)
  if (own.includes(` ${fold(acronym)} `)) return given;
  const months = fold(intent.question ?? '').split(' ').filter((w) => MONTH_WORDS.has(w));
  if (months.length && months.every((m) => own.includes(` ${m} `))) return given;
  return notAnswered(
    intent,
    `The archive has nothing that answers this as asked. The closest number is not the one the report credits to ${acronym}; that count is given in another sentence.`,
    suggestionsFor(intent, index),
  );
}
