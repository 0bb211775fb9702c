import { escapeRe } from '../understand/text.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Words of the harm a count question asks, and of the same harm as reports in English, French and German write it. */
const HARMS: ReadonlyArray<{ asked: RegExp; told: RegExp; noun: string; besides?: ReadonlySet<string>; unless?: RegExp }> = [
  {
    asked: /\b(?:wounded|injured|injuries|hurt)\b/i,
    told: /\b(?:wound\w*|injur\w*|hurt|casualt\w*|bless\w*|verletzt\w*|verwundet\w*)/i,
    noun: 'wounded',
  },
  // "How many detainees face the death penalty?": a count of those under sentence of death, or charged with a crime
  // that carries it, is told with words of death, hanging or a capital charge; a count of the arrested is not it.
  // (The people counted may be named by another deed, "detainees", "protesters held": only a release or a flight
  // asked beside it is another count.)
  {
    asked: /\b(?:death\s+(?:penalty|penalties|sentences?|row)|sentenced\s+to\s+death|capital\s+(?:punishment|charges?|offen[cs]es?|crimes?))\b/i,
    told: /\b(?:death|capital|execut\w*|hang\w*|hanged|gallows|moharebeh|mort|pendaison\w*|todes\w*|hinricht\w*)/i,
    noun: 'death sentences',
    besides: new Set(['@release', '@evacuate', '@flee']),
    // ("how many years in prison did they get after their death sentences were reduced": a span asked, not people.)
    unless: /\bhow\s+(?:many|much)\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|times|lashes|money|dollars|euros)\b/i,
  },
];

/** Deeds a count may ask beside a harm named in passing. */
const OTHER_DEEDS = new Set(['@kill', '@arrest', '@execute', '@release', '@evacuate', '@flee', '@die']);

/**
 * "Did the spokesman and the UN give the same number of wounded?" is not answered by "35 rockets struck the camp":
 * a count of a harm the question names (the wounded) is told by a sentence that writes that harm; a figure of its
 * sentence that counts something else (rockets, residents) is no count of it. Declined.
 */
export function harmUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const q = intent.question ?? '';
  const harm = HARMS.find((h) => h.asked.test(q) && !h.unless?.test(q));
  if (!harm) return given;
  // (Only the harm counted: "how many were killed in the blast that wounded the governor", "how many wounded
  // protesters were arrested" count another deed.)
  if (intent.analysis.terms.some((t) => (harm.besides ?? OTHER_DEEDS).has(t.key)) || /\b(?:that|which|who)\s+(?:had\s+|was\s+|were\s+)?(?:wounded|injured|hurt)\b/i.test(q)) return given;
  // (An answer stating its figure with its noun, "According to X, 30 residents were injured", says what it counts.)
  const lead = given.text.split('“')[0] ?? '';
  if (harm.told.test(lead)) return given;
  // Otherwise the figure's own clause in its sentence: "leaving five people dead and wounding some 25" counts the
  // dead with "five", the wounded with "25".
  const figure = /^(?:According to [^,“]{1,80},\s*)?(?:(?:about|around|some|roughly|nearly|almost|over|more than|at least|up to)\s+)?([\p{L}\p{N}][\p{L}\p{N}.,]*?)(?=[\s,(]|$)/iu.exec(lead)?.[1];
  if (!figure) return given;
  const excerpt = given.citations[0]?.excerpt ?? '';
  const at = excerpt.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(figure)}(?![\\p{L}\\p{N}])`, 'iu'));
  if (at < 0) return given;
  // ("and" only before another deed, "… dead and wounding some 25": "five soldiers and one policeman were injured" is one clause.)
  const BOUNDARY = /[,;:]|\s(?:while|whereas|but)\s|\sand\s(?=\p{L}+ing\b)/gu;
  let from = 0;
  let to = excerpt.length;
  for (const m of excerpt.matchAll(BOUNDARY)) {
    const i = m.index ?? 0;
    if (i < at) from = i + m[0].length;
    else if (i > at + figure.length) {
      to = i;
      break;
    }
  }
  if (harm.told.test(excerpt.slice(from, to))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence giving a figure tells of the ${harm.noun}.`, suggestionsFor(intent, index));
}
