import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { ROLE_NOUNS } from '../extract/names-lexicon.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Which former Kessland army chief of staff spoke …": the title before the verb (in [1]). */
const TITLE_ASKED = /^(?:which|what)\s+(.{3,80}?)\s+(?:spoke|speaks|addressed|attended|was|were|is|are|took part|joined|headed|led|gave|delivered|came|appeared)\b/i;

/** Words of a title that say nothing of which office it is. */
const TITLE_FILLER = new Set(['former', 'ex', 'then', 'current', 'the', 'of', 'a', 'an', 'and', 'for', 'us', 'u', 's', 'uk', 'eu', 'un', 'one', 'other', 'another', 'also']);

/**
 * "Which former army chief of staff spoke at the rally?" answered "FBI Director Lou Brand" from a sentence listing
 * "…; former FBI Director Lou Brand; …; and former army chief of staff Gen. Pat Orr": in a list of titled people, the
 * title asked belongs to the name it stands before, not to the one the answer gives. Declined when the answer's own
 * words hold none of the title's words, a cited sentence writes them all, and some person the answer names does not
 * stand right after them.
 */
export function titleOfAnotherPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  if (intent.kind !== 'who' && intent.analysis.expects !== 'agent') return given;
  const title = TITLE_ASKED.exec((intent.question ?? '').trim())?.[1];
  if (!title) return given;
  const words = fold(title).split(' ').filter((w) => w.length > 1 && !TITLE_FILLER.has(w));
  if (words.length < 2 || !words.some((w) => ROLE_NOUNS.has(w))) return given;
  // (One holder is asked: "which French officials spoke" asks a group, whose members' titles differ.)
  const head = words.at(-1) ?? '';
  if (/[^s]s$/.test(head) || /\b(?:officials?|figures?|people|politicians?|lawmakers?|members?|guests?|speakers?|dignitaries)\b/i.test(title)) return given;
  const leadRaw = given.text.split(/\s\(according to |\s—\s|:\s|“/)[0] ?? '';
  const lead = ` ${fold(leadRaw)} `;
  if (words.some((w) => lead.includes(` ${w} `))) return given;
  // (The people the answer names: capitalised runs of two words or more.)
  const names = [...leadRaw.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu)].map((m) => m[0]);
  if (!names.length) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  // (A name the title stands right before holds it: "former Customs Director Lou Brand"; an answer naming others
  // beside that one still names people who do not hold it.)
  const titled = names.every((n) => excerpts.some((e) => {
    const at = e.indexOf(n);
    if (at < 0) return false;
    const before = ` ${fold(e.slice(Math.max(0, at - 80), at).split(/[;]/).at(-1) ?? '')} `;
    // (Or right after it, in its apposition: "Pat Orr, former navy chief of staff;".)
    const after = ` ${fold(e.slice(at + n.length, at + n.length + 100).split(/[;]/)[0] ?? '')} `;
    return words.every((w) => before.includes(` ${w} `)) || words.every((w) => after.includes(` ${w} `));
  }));
  if (titled) return given;
  const written = excerpts.some((e) => {
    const s = ` ${fold(e)} `;
    return words.every((w) => s.includes(` ${w} `));
  });
  if (!written) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The sentence gives that title to someone other than the person it would name.`, suggestionsFor(intent, index));
}
