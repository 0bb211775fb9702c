import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A count asked of minors: "how many children …", "… for offences they did as minors". */
const MINORS_COUNTED =
  /\bhow\s+many\s+(?:[\p{L}-]+\s+){0,2}?(?:children|minors|juveniles?|child\s+offenders|teen(?:ager)?s|adolescents|kids|boys|girls)\b|\b(?:when|while)\s+(?:they|he|she)\s+(?:were|was)\s+(?:under|below)\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)\b|\b(?:committed|offen[cs]es?)\s+(?:as|when)\s+(?:minors|children|juveniles)\b|\bunder\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)\s+at\s+the\s+time\b/iu;

/** Words telling that those counted were minors (in French too: "dont 12 enfants", "mineurs"). */
const MINORS_SAID =
  /\b(?:children|child|minors?|juveniles?|teen(?:ager)?s?|adolescents?|kids|boys|girls|enfants?|mineur(?:e)?s?|adolescente?s?|garçons|filles|moins\s+de\s+18\s+ans|under\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)|below\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)|under-?age|(?:1[0-7]|[2-9])[- ]years?[- ]old|aged\s+(?:1[0-7]|[2-9])\b)/iu;

/**
 * "How many were hanged in 2031 for offences done before they turned 18?" is not answered "410" from "at least
 * 410 people were hanged in 2031": a count asked of minors is told by a sentence that says those counted were minors
 * (children, juveniles, under 18); a total that never says so counts everyone. Declined.
 */
export function minorsUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  if (!MINORS_COUNTED.test(intent.question ?? '')) return given;
  const said = [given.text, given.citations[0]?.excerpt ?? ''].join(' ');
  if (MINORS_SAID.test(said)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence counts the minors asked.', suggestionsFor(intent, index));
}
