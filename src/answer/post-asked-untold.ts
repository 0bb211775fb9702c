import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { TITLE_WORDS } from '../extract/names-lexicon.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { TITLE_STEMS } from './title-untold.ts';

/** Posts written short before a name. */
const POST_SHORT: Readonly<Record<string, readonly string[]>> = {
  governor: ['gov'],
  general: ['gen'],
  senator: ['sen'],
  colonel: ['col'],
  representative: ['rep'],
  lieutenant: ['lt'],
  captain: ['capt'],
  major: ['maj'],
  commander: ['cmdr', 'cdr'],
  superintendent: ['supt'],
  inspector: ['insp'],
  president: ['pres'],
  professor: ['prof'],
  secretary: ['sec'],
};

/** Posts any head of a body holds, whatever the body calls it. */
const HEAD_ALIKE = /^(?:head|heads|chief|leader|director|chair|chairman|chairwoman|chairperson|president|boss|secretary|coordinator)$/;

/** "who is the harbour police chief", "who was the town's mayor": the words after "the", the post last. */
const POST_ASKED = /^\s*(?:and\s+|so\s+)?(?:who|who's|whos)\s+(?:is|was|are|were|'s)?\s*(?:the|a|an)\s+([^?,;]+?)\s*\??\s*$/i;

/**
 * "Who is the Granholm police chief?" answered "Dockish" from a sentence telling what police and Dockish groups said:
 * a person asked by the post they hold (a chief, a mayor, a head, a director) is told by a sentence that writes that
 * post; an answer whose sentences never write it names someone (or something) else. Declined.
 */
export function postAskedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  // ("who was the harbour spokesman who denied it": the post is asked before the clause that tells more of them.)
  const phrase = POST_ASKED.exec(intent.question ?? '')?.[1]?.split(/\s+(?:who|that|which|whose)\s+/)[0];
  if (!phrase) return given;
  const words = fold(phrase).split(' ');
  // ("who was the special envoy on the region back then": the post is the last word before what it is of or on.)
  const ofAt = words.findIndex((w, k) => k > 0 && /^(?:on|of|for|to|in)$/.test(w));
  // (Not a post any head of a body holds, "the head of the league", told as its director, chair or chief.)
  const post = TITLE_WORDS.has(words[words.length - 1] ?? '') ? (words[words.length - 1] as string) : ofAt > 0 && !HEAD_ALIKE.test(words[ofAt - 1] ?? '') ? (words[ofAt - 1] as string) : '';
  if (!TITLE_WORDS.has(post)) return given;
  const said = ` ${fold([given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' '))} `;
  if (said.includes(` ${post} `) || said.includes(` ${post}s `)) return given;
  // ("spokesman" asked of a "spokesperson".)
  if (/^spokes(?:man|woman|person)$/.test(post) && /\bspokes(?:man|woman|person|men|women|people)\b/.test(said)) return given;
  // ("Gov. Ana Berg", "Gen. Tor Vass": the post written short.)
  if ((POST_SHORT[post] ?? []).some((a) => said.includes(` ${a} `))) return given;
  // ("the mayor who received the delegation" of a report in French: "M. Hugo Marchal, maire de Belcourt".)
  const written = TITLE_STEMS[post];
  if (written && new RegExp(`(?<![\\p{L}])(?:${written})`, 'iu').test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence names the ${phrase.trim()}.`, suggestionsFor(intent, index));
}
