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
    return notAnswered(intent, 'The archive has nothing that answers this. The date closest to it is of another deed, told of someone the report names.', suggestionsFor(intent, index));
  }
  return given;
}
