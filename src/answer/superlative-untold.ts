import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "where were most killings reported", "which province saw the highest toll", "where was the biggest protest". */
const MOST_ASKED = /\b(?:most|highest|largest|biggest|greatest|worst|majority)\b/i;
/** How a sentence tells a place had the most: "most killings were reported in", "the highest number", "half of". */
const MOST_TOLD = /\b(?:most|highest|largest|biggest|greatest|worst|majority|half|bulk|plupart|majorité|meisten|höchste\w*)\b/i;

/**
 * "where were most killings reported?" asks the place with the most, which a sentence telling killings across a whole
 * country ("… continue across Tarnia as a group counts 90 killed") does not say: the answer's sentences must tell
 * which place had the most (most, highest, largest, majority, half). Declined otherwise.
 */
export function superlativeUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !MOST_ASKED.test(intent.question ?? '')) return given;
  const said = [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  if (MOST_TOLD.test(said)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells which place had the most.', suggestionsFor(intent, index));
}

/**
 * "which area was the only besieged part left", "the last town held by …", "the sole crossing open" (not "the last
 * rally", the latest of some occasion).
 */
const ONLY_ASKED = /\bthe\s+(?:only|sole|lone|last)\b(?!\s+(?:week|weekend|month|year|day|night|time|decade|century|minute|hour|moment|few|two|three|several)\b)(?!\s+(?:\S+\s+)?(?:rally|rallies|gathering|summit|conference|protest|demonstration|march|meeting|edition|congress|vigil|event|session|speech)\b)/i;
/** How a sentence tells a place is the one left: "the only besieged part", "the last rebel-held town", "remains". */
const ONLY_TOLD = /\b(?:only|sole|lone|last|remaining|remains|alone|single|seule?s?|einzige\w*|letzte\w*|dernière?s?)\b/i;

/**
 * "Which area was the only besieged part of the enclave?" asks the one place left so, which a sentence naming a place
 * for something else (the shelters the displaced were sent to) does not tell: the answer's sentences must say it is
 * the only, the last or the remaining one. Declined otherwise.
 */
export function onlyPlaceUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'where' && intent.analysis.expects !== 'place') || !ONLY_ASKED.test(intent.question ?? '')) return given;
  const said = [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  if (ONLY_TOLD.test(said)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells which place was the only or the last one.', suggestionsFor(intent, index));
}
