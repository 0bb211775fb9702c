import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A sentence that stops on its verb of saying: "In a statement, the council said", "She told reporters that". */
const SAYING_CUT_OFF =
  /\b(?:said|says|say|added|adds|stated|states|told\s+(?:\p{L}+\s+){0,2}?|wrote|writes|declared|declares|warned|warns|noted|notes|announced|announces|stressed|stresses|insisted|insists|urged|urges)(?:\s+that)?\s*[:,—–-]?\s*$/iu;

/**
 * "What did the council say in its statement?" answered with "In a statement, the council said" — a page cut off
 * right after the verb of saying: the words themselves are not in the archive. Declined.
 */
export function wordsCutOff(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  if (intent.analysis.expects !== 'statement' && intent.kind !== 'quote') return given;
  // (A sentence that quotes before its verb, "“We hold,” the council said", has its words.)
  const cut = given.citations.every((c) => SAYING_CUT_OFF.test((c.excerpt ?? '').trim()) && !/[“"«][^”"»]{10,}/.test(c.excerpt ?? ''));
  if (!cut) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The report breaks off before the words were written.', suggestionsFor(intent, index));
}
