import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { isFunctionWord } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "who was the elderly woman …", "who is the young man who …": a person asked by what they are, in common words. */
const DESCRIBED_ASKED =
  /^\s*who\s+(?:is|was|were|are)\s+the\s+(?:[a-z-]+\s+){0,2}?(woman|women|man|men|girl|girls|boy|boys|child|children|mother|father|widow|grandmother|grandfather|teenager|baby|infant)\b/i;

/** Each noun asked, with the words that also describe such a person. */
const ALIKE: Readonly<Record<string, RegExp>> = {
  woman: /\b(?:wom[ae]n|mother|grandmother|widow|wife|daughter|sister|she|her)\b/i,
  man: /\b(?:m[ae]n|father|grandfather|husband|son|brother|he|his)\b/i,
  girl: /\b(?:girls?|daughter|she|her)\b/i,
  boy: /\b(?:boys?|son|he|his)\b/i,
  child: /\b(?:child(?:ren)?|boy|girl|son|daughter|baby|infant|toddler)\b/i,
};
const KIND: Readonly<Record<string, string>> = {
  women: 'woman', mother: 'woman', widow: 'woman', grandmother: 'woman',
  men: 'man', father: 'man', grandfather: 'man',
  girls: 'girl', boys: 'boy', children: 'child', teenager: 'child', baby: 'child', infant: 'child',
};

/**
 * "Who was the elderly woman seen beside the graves?" is not answered by a name a sentence gives in passing ("the
 * region, to which the old president Tomas Varkos belongs"): the one asked by what they are is told by a sentence
 * that calls them so (a woman, a mother, "she"). An answer whose sentences never do names someone else. Declined.
 */
export function describedPersonUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const noun = DESCRIBED_ASKED.exec(intent.question ?? '')?.[1]?.toLowerCase();
  if (!noun) return given;
  const kind = KIND[noun] ?? noun;
  const alike = ALIKE[kind];
  if (!alike) return given;
  if (given.citations.some((c) => alike.test(c.excerpt ?? ''))) return given;
  // (Nor when the sentences tell what the question says of them, in its own common words: "the man that spoke by
  // video" against "… officer Tomas Reyl told the crowd by video link".)
  const told = (intent.question ?? '').slice((intent.question ?? '').toLowerCase().indexOf(noun) + noun.length).toLowerCase().match(/\p{Ll}{4,}/gu) ?? [];
  // (Written in lower case as the question writes it: "the Observatory", a name, tells nothing of them.)
  const cited = given.citations.map((c) => c.excerpt ?? '').join(' ');
  if (told.some((w) => !isFunctionWord(w) && new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(cited))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence names the ${noun} asked.`, suggestionsFor(intent, index));
}
