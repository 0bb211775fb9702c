import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Who gave AFP the figure …", "who told Reuters …": the outlet the question names as the one told. */
const OUTLET_TOLD = /\b[Ww]ho\s+(?:gave|give|gives|told|tell|tells|provided|provide|supplied)\s+((?:the\s+)?\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,3})/u;

/**
 * "Who gave AFP the figure of 80,000?" against "Some 80,000 people joined the rally …, a police spokesman told AFP":
 * the one who told the outlet is written right before "told <outlet>"; a name the answer takes from elsewhere in the
 * sentence (a person the rally was for) told it nothing. Declined when the answer's name is not among those words.
 */
export function tellerOfOutlet(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'agent' || !given.citations.length) return given;
  const outlet = OUTLET_TOLD.exec(intent.question ?? '')?.[1]?.replace(/^the\s+/i, '');
  if (!outlet) return given;
  const name = (given.text.split(/[“(:]/)[0] ?? '').trim();
  if (!name) return given;
  const told = new RegExp(`([^.;“”"]{0,80})\\b(?:told|said\\s+to|informed)\\s+(?:the\\s+)?${escapeRe(outlet)}\\b`, 'iu');
  for (const c of given.citations) {
    const m = told.exec(c.excerpt ?? '');
    if (!m) continue;
    // (The clause right before "told": after its last comma, "…, a police spokesman told AFP"; with the name before
    // an apposition that says where the teller is from, "X, of the Civil Defence, told …".)
    const parts = (m[1] ?? '').split(/,\s*/).filter((x) => x.trim());
    let teller = parts.pop() ?? '';
    while (parts.length && /^\s*(?:of|from|for|at|with|who|which|whose)\b/i.test(teller)) teller = `${parts.pop() ?? ''}, ${teller}`;
    const first = name.split(/\s+/).find((w) => /^\p{Lu}/u.test(w) && w.length > 2) ?? name;
    const nameRe = new RegExp(`(?<![\\p{L}])${escapeRe(first)}(?![\\p{L}])`, 'iu');
    if (nameRe.test(teller)) return given;
    // "Karl Brun, a police spokesman, told AFP": a description set off by commas right before "told" is of the name
    // before it, who is the teller. ("…, among them Petra Lind, a police spokesman told Reuters": no comma closes the
    // description; the spokesman told it.)
    if (/,\s*$/.test(m[1] ?? '') && /^\s*(?:a|an|the|its|his|her|their)\s+\p{Ll}/u.test(teller) && nameRe.test(parts.at(-1) ?? '')) return given;
    return notAnswered(intent, `The archive has nothing that answers this. The sentence closest to it says ${teller.trim() || 'someone else'} told ${outlet}.`, suggestionsFor(intent, index));
  }
  return given;
}
