import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES, isFunctionWord, keyOf } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** The town a where-question closes on: "… in varn?", "… in Varn". */
const TOWN_LAST = /\bin\s+(?:the\s+)?([\p{L}'’-]{3,})\s*\??\s*$/iu;

/**
 * "Where did people celebrate in Varn?" answered "Kundgebung in Harle, Varn" from a headline about Harle's gathering
 * and a sentence saying only that Varn celebrated too: a place the answer puts "in" another town, from a sentence
 * that never names the town asked (in any of its spellings), in a report that never puts that town inside the one
 * asked ("Harle, Varn", "Harle near Varn", "Varn's Harle"), is that other town's place. Declined.
 */
export function placeInAnotherTown(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !given.citations.length) return given;
  const q = intent.question ?? '';
  const last = TOWN_LAST.exec(q)?.[1];
  const asked = [
    ...intent.analysis.terms.filter((t) => t.sort === 'name' && t.locative && !COUNTRIES.has(t.fold)).map((t) => t.fold),
    ...(last && !COUNTRIES.has(fold(last)) && !isFunctionWord(fold(last)) ? [fold(last)] : []),
  ];
  if (!asked.length) return given;
  const askedKeys = new Set(asked.map((a) => keyOf(a)));
  const isAsked = (folded: string) => asked.includes(folded) || askedKeys.has(keyOf(folded));
  const qf = ` ${fold(q)} `;
  const lead = given.text.split(/\s\((?:according|reported)\b/)[0] ?? '';
  for (const m of lead.matchAll(/(?<![\p{L}])in\s+(\p{Lu}[\p{L}'’-]{2,})/gu)) {
    const town = fold(m[1] as string);
    if (COUNTRIES.has(town) || isFunctionWord(town) || qf.includes(` ${town} `) || isAsked(town)) continue;
    const from = given.citations.filter((c) => ` ${fold(c.excerpt ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${town} `));
    if (!from.length) continue;
    if (from.some((c) => fold(c.excerpt ?? '').split(/[^\p{L}\p{N}]+/u).some((w) => w && isAsked(w)))) continue;
    // (A report putting that place inside the town asked: "Harle, Varn", "Harle near Varn", "Varn's Harle".)
    const within = [...new Set(from.map((c) => c.articleId))].some((id) => {
      const text = ` ${fold(index.article(id)?.text ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      return asked.some((a) => new RegExp(` ${town}(?: (?:in|near|outside|of|bei))? ${a} | ${a} s? ${town} `).test(text));
    });
    if (within) continue;
    return notAnswered(intent, `The archive has nothing that answers this. The place it gives is in ${m[1]}, not in the town asked.`, suggestionsFor(intent, index));
  }
  return given;
}
