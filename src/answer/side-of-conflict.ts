import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** The two sides of a civil war as reports qualify what is theirs: the rebels' and the government's. */
const SIDES: ReadonlyArray<RegExp> = [
  /^(?:rebel|rebels|rebel-held|rebel-run|rebel-controlled|opposition|opposition-held|opposition-controlled|insurgent|insurgents|insurgent-held)$/,
  /^(?:government|governments|regime|regime-held|regime-run|government-held|government-run|government-controlled|regime-controlled|state-run|loyalist|pro-government|pro-regime)$/,
];
/** Kinds of thing a side holds or runs, each a family of nouns: its jails, its ground, its fighters, its bombing. */
const KINDS: ReadonlyArray<RegExp> = [
  /^(?:prison|prisons|jail|jails|gaol|gaols|detention|custody|dungeons?|cells?|detention-centres?|detention-centers?)$/,
  /^(?:area|areas|territory|territories|zone|zones|district|districts|parts|neighbourhoods?|neighborhoods?|towns?|enclaves?|pockets?)$/,
  /^(?:forces|fighters|troops|militias?|soldiers|army|gunmen)$/,
  /^(?:airstrikes?|air-strikes?|strikes|shelling|bombardment|bombing|raids)$/,
];

/** The (side, kind) pairs a text writes: a side's word with a kind's noun up to three words after it ("Syrian government jails"). */
function sidesHeld(text: string): Array<[number, number]> {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const out: Array<[number, number]> = [];
  words.forEach((w, i) => {
    const side = SIDES.findIndex((re) => re.test(w));
    if (side < 0) return;
    for (const next of words.slice(i + 1, i + 4)) {
      const kind = KINDS.findIndex((re) => re.test(next));
      if (kind >= 0) {
        out.push([side, kind]);
        return;
      }
    }
  });
  return out;
}

/**
 * "How many died in rebel prisons?" answered by "… died in government jails": the question puts what it asks on one
 * side of a war (its jails, its ground, its fighters, its bombing), the answer's sentence on the other side, and never
 * on the side asked. Declined.
 */
export function sideOfConflict(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const asked = sidesHeld(intent.question ?? '');
  if (asked.length !== 1) return given;
  const [side, kind] = asked[0] as [number, number];
  const told = sidesHeld(given.citations.map((c) => c.excerpt ?? '').join(' ')).filter(([, k]) => k === kind);
  if (!told.length || told.some(([s]) => s === side)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentence that answers tells of the other side.', suggestionsFor(intent, index));
}
