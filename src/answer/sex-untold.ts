import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A count asked of women or of men: "how many women …", "how many of the missing were women". */
const SEX_COUNTED = /\bhow\s+many\s+(?:[\p{L}-]+\s+){0,2}?(women|woman|females?|girls|men|males?|boys)\b|\bhow\s+many\b[^?]*?\b(?:were|are|was|is)\s+(women|females?|girls|men|males?|boys)\b/iu;

/** The words that say those counted were women, or men (in English, French and German reports). */
const SAID: Readonly<Record<'f' | 'm', RegExp>> = {
  f: /(?<![\p{L}])(?:women|woman|females?|girls?|mothers?|wives|daughters?|sisters?|femmes?|filles?|mères?|Frauen|Frau|Mädchen|Mütter)(?![\p{L}])/iu,
  m: /(?<![\p{L}])(?:men|man|males?|boys?|fathers?|husbands?|sons?|brothers?|hommes?|garçons?|pères?|Männer|Jungen|Väter)(?![\p{L}])/iu,
};

/**
 * "How many of the missing were women?" is not answered "3,500" from "the Red Crescent has registered 3,500 missing":
 * a count asked of women (or of men) is told by a sentence that says those counted were women; a total that never
 * says so counts everyone. Declined.
 */
export function sexUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const m = SEX_COUNTED.exec(intent.question ?? '');
  if (!m) return given;
  const asked = (m[1] ?? m[2] ?? '').toLowerCase();
  const sex = /^(?:women|woman|females?|girls)$/.test(asked) ? 'f' : 'm';
  const said = [given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  if (SAID[sex].test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence counts the ${sex === 'f' ? 'women' : 'men'} asked.`, suggestionsFor(intent, index));
}
