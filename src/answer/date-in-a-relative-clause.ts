import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A relative clause opened after a comma: ", whose group was the first to …", ", who had fled in …", ", which …". */
const RELATIVE = /,\s+(?:whose|who|whom|which)\s/giu;
/** Words of a gathering and of its being held, which a clause dating the occasion itself would write. */
const GATHERING = /\b(?:held|took place|gather\w*|rall\w*|march\w*|protest\w*|demonstrat\w*|met|meeting|conference|vigil|assembl\w*)\b/iu;

/**
 * "When did the exiles rally outside the agency?" answered "June 2004" from "… a message from Lara Venn, whose
 * council first exposed the plant in June 2004, in which …": a date inside a relative clause about someone named in
 * the sentence dates that person's or body's own deed, not the occasion asked. Unless the clause tells of the
 * gathering or of the deed asked, declined.
 */
export function dateInARelativeClause(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'date' || !given.citations.length) return given;
  const lead = (given.text.split(/[(“:]/)[0] ?? '').trim().replace(/[,.;]+$/, '');
  if (!lead || lead.length > 40 || !/\d/.test(lead)) return given;
  const asked = new Set(intent.analysis.terms.filter((t) => t.part === 'focus').map((t) => t.key));
  const words = intent.analysis.terms.filter((t) => t.sort === 'word').map((t) => t.key);
  for (const c of given.citations) {
    const excerpt = c.excerpt ?? '';
    const at = excerpt.indexOf(lead);
    if (at < 0) continue;
    let opened = -1;
    for (const m of excerpt.slice(0, at).matchAll(RELATIVE)) opened = m.index;
    if (opened < 0 || /[,;]/.test(excerpt.slice(opened + 1, at))) return given;
    const close = excerpt.slice(at + lead.length).search(/[,;]/);
    const clause = excerpt.slice(opened, close < 0 ? excerpt.length : at + lead.length + close);
    // (A clause telling the deed asked, "when did the council expose the plan", holds the question's own words.)
    const keys = new Set(tokenize(clause).map((t) => t.key));
    const held = words.filter((k) => keys.has(k)).length;
    if (GATHERING.test(clause) || [...asked].some((k) => keys.has(k)) || (words.length && held * 2 >= words.length)) return given;
    // ("The sentences against X, Y and Z, which were upheld … on July 10": a clause about the very thing the question
    // names, its antecedent's noun one of the question's words, dates what is asked.)
    if (antecedentAsked(excerpt.slice(0, opened), words)) return given;
    return notAnswered(intent, 'The archive has nothing that answers this. The date closest to it is of another deed, told of someone the report names.', suggestionsFor(intent, index));
  }
  return given;
}

/** Words that join a noun to the names after it ("the sentences against A, B and C"). */
const JOINING = new Set(['the', 'a', 'an', 'of', 'for', 'against', 'on', 'to', 'and', 'by', 'from', 'with', 'in']);

/**
 * Whether the words before a relative clause (back to the sentence's start, a dozen words at most) are the thing the
 * question asks and names only: each word in lower case is a joining word or one of the question's own words.
 */
function antecedentAsked(before: string, asked: readonly string[]): boolean {
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
  const tokens = tokenize(before.slice(from));
  if (!tokens.length || tokens.length > 12) return false;
  const lower = tokens.filter((t) => !t.cap && !JOINING.has(t.fold));
  // (A word of the question's may be joined to the one before it: "death sentences" is one word, "sentences" its end.)
  return lower.length > 0 && lower.every((t) => asked.some((k) => k === t.key || (t.key.length >= 4 && k.endsWith(t.key))));
}
