import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

const BODY_WORDS = /\b(?:council|rat|committee|organi[sz]ation|party|union|front|resistance|widerstand\w*|association|group|movement|ministry|office|court|agency)\b/;

/**
 * "Who was the first witness at the Vell trial?", "who did Ostrana free in exchange for Mira Vell?": a question that
 * names a person and asks for someone else is not answered by that person — by their name ("Vell: the defendant"),
 * or by the words standing before it in the cited sentence ("Former Ostranian" of "Former Ostranian official Mira
 * Vell was freed"). Declined.
 */
export function personAskedGivenBack(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'agent' || intent.kind !== 'who' || !given.citations.length) return given;
  const people = (intent.slots.people ?? []).map((id) => index.speaker(id)).filter((s) => s !== undefined);
  // (A body on record as a speaker, "Council of Iran", or a place, is not the person named.)
  const places = new Set((intent.slots.places ?? []).map((p) => fold(p)));
  const lasts = new Set(
    people
      .filter((s) => !BODY_WORDS.test(fold(s.name)))
      .flatMap((s) => [s.name, ...s.aliases])
      .map((n) => fold(n).split(' ').at(-1) ?? '')
      .filter((w) => w.length >= 3 && !places.has(w)),
  );
  if (!lasts.size) return given;
  const lead = (given.text.split(/\s+—\s+|[:“]|\s+\((?:according to|reported by)\b/)[0] ?? '').trim();
  const items = lead.split(/,|\band\b|;/).map((x) => fold(x)).filter(Boolean);
  if (!items.length) return given;
  // (Kept with its punctuation: "Marten Quist, Orrin's lawyer" is another person beside the one named, while
  // "Former Ostranian official Orrin" is the title written before the name.)
  const cited = given.citations.map((c) => ` ${(c.excerpt ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()} `);
  const fulls = people.filter((s) => !BODY_WORDS.test(fold(s.name))).flatMap((s) => [s.name, ...s.aliases]).map((n) => fold(n));
  const named = (item: string): boolean => {
    // (The name itself, its surname alone, or a title before it; "Captives for Free Varnia" is a body of its own.)
    if (lasts.has(item) || fulls.some((f) => item === f || (item.endsWith(` ${f}`) && !/\b(?:for|of|de|du|des|der|von)\b/.test(item)))) return true;
    return [...lasts].some((last) =>
      cited.some((c) => {
        const gap = new RegExp(`[\\s(“"]${escapeRe(item)} ((?:[\\p{L}-]+ ){0,4}?)${escapeRe(last)}(?![\\p{L}])`, 'u').exec(c)?.[1];
        // ("Captives for Free Varnia": a body named for the person or cause, not a title before a name.)
        // (Nor a deed between, "the Dorn Medical Union told the Morrow Courier": the one who did it, to the one named.)
        return gap !== undefined && !/\b(?:for|of|de|du|des|der|von|against|with|told|tells|said|says|gave|gives|to)\b/.test(gap) && !/\p{L}{3,}ed\b/u.test(gap);
      }),
    );
  };
  if (!items.every(named)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest sentences name ${people[0]?.name ?? 'the person the question names'}, whom the question already names, not the one asked.`, suggestionsFor(intent, index));
}
