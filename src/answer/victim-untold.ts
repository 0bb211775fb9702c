import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { measureOfWord } from '../extract/figure-measures.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Who was killed in the raid?", "who were arrested", "who died": a person something was done to is asked. */
const VICTIM_ASKED = /\bwho\s+(?:was|were|has\s+been|have\s+been|got|had\s+been)\s+(?:\p{Ll}+ly\s+)?(killed|shot|executed|murdered|martyred|hanged|slain|arrested|detained|jailed|injured|wounded|hurt|abducted|kidnapped)\b|\bwho\s+(died|perished)\b/iu;

/** Words of those measures a sentence may tell the deed by, beyond the figure vocabulary. */
const MORE_WORDS: Record<string, RegExp> = {
  killed: /\b(?:shot|gunned down|lost (?:his|her|their) li(?:fe|ves)|death|dead|body|bodies|murder\w*|assassinat\w*|martyr\w*|slain|perished|succumbed|fatally)\b/i,
  executed: /\b(?:execution|hanged|hanging|gallows)\b/i,
  arrested: /\b(?:arrest|detention|custody|held|seized)\b/i,
  injured: /\b(?:injur\w*|wound\w*|hospitali[sz]ed)\b/i,
};

/**
 * "Who was killed in the raid, according to the group?": only a sentence telling that someone was killed (arrested,
 * wounded …) names who was; an answer read from a sentence about the group that tells no such deed (a diplomat
 * convicted of a plot against it) names someone else. Declined.
 */
export function victimUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const m = VICTIM_ASKED.exec(intent.question ?? '');
  const verb = m?.[1] ?? m?.[2];
  if (!verb) return given;
  const asked = measureOfWord(verb.toLowerCase()) ?? (/^(?:shot|murdered|slain|died|perished)$/i.test(verb) ? 'killed' : /^(?:abducted|kidnapped)$/i.test(verb) ? 'missing' : undefined);
  if (!asked) return given;
  const said = given.citations.map((c) => c.excerpt ?? '').join(' ');
  const words = said.match(/[\p{L}]+/gu) ?? [];
  if (words.some((w) => measureOfWord(w) === asked || (asked === 'killed' && measureOfWord(w) === 'executed'))) return given;
  if (MORE_WORDS[asked]?.test(said)) return given;
  if (asked === 'missing' && /\b(?:abduct\w*|kidnap\w*|missing|disappear\w*)\b/i.test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells who was ${verb.toLowerCase()}.`, suggestionsFor(intent, index));
}
