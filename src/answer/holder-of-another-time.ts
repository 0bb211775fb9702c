import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "who is the new envoy", "who was the former chair": the holder asked by when they hold the post. */
const HOLDER_ASKED = /\bwho\s+(?:is|was|were|are)\s+the\s+(?:[\p{L}-]+\s+)?(new|newly|current|incoming|present|sitting|late|then|former|previous|outgoing|ex|erstwhile)\b/iu;

/** The words a sentence tells a holder of the other time by. */
const EARLIER = /\b(?:late|then|former|previous|outgoing|erstwhile|ex)\b/i;
const LATER = /\b(?:new|newly|current|incoming|present|sitting|successor)\b/i;

/**
 * "Who is the new envoy, blamed for dropping the case?" is not answered by "the late Mira Tolvan, then envoy to the
 * region, wrote …": a holder asked as the new (or current) one is not a person the answer's sentence calls the late,
 * then or former holder, nor the other way round. Declined.
 */
export function holderOfAnotherTime(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length || (intent.analysis.expects !== 'agent' && intent.analysis.expects !== 'role')) return given;
  const asked = HOLDER_ASKED.exec(intent.question ?? '')?.[1]?.toLowerCase();
  if (!asked) return given;
  const other = LATER.test(asked) ? EARLIER : LATER;
  const same = LATER.test(asked) ? LATER : EARLIER;
  // The people the answer names, before its source in brackets or its quote.
  const head = given.text.split(/\s[(“]|:\s/)[0] ?? '';
  // ("Mira Tolvan is then envoy to the region": a role answer tells the holder by the words after "is".)
  const [who, role] = head.split(/\s+(?:is|was)\s+/, 2);
  const names = (who ?? '').split(/,\s*|\s+and\s+/).map((n) => n.trim()).filter((n) => /^\p{Lu}/u.test(n));
  if (!names.length) return given;
  const told = (name: string): 'other' | 'same' | undefined => {
    if (role !== undefined && same.test(role)) return 'same';
    if (role !== undefined && other.test(role)) return 'other';
    for (const c of given.citations) {
      const s = c.excerpt ?? '';
      const at = s.search(new RegExp(escapeRe(name)));
      if (at < 0) continue;
      // (The words right before the name, and its apposition after it, up to the clause's end.)
      const before = s.slice(Math.max(0, at - 25), at).split(/[;:.]\s/).pop() ?? '';
      const after = /^[^,]*,([^,;.]{0,60})/.exec(s.slice(at))?.[1] ?? '';
      const around = `${before} ${after}`;
      if (same.test(around)) return 'same';
      if (other.test(around)) return 'other';
    }
    return undefined;
  };
  const kept = names.filter((n) => told(n) !== 'other');
  if (kept.length) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest sentence tells of a holder of another time than the ${asked} one asked.`, suggestionsFor(intent, index));
}
