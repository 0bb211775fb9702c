import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "who gave the keynote address", "who was the opening speaker": one speaker picked out by a rank. */
const RANK_ASKED = /\b(keynote|first|last|final|opening|closing|guest|main|principal|featured)\s+(?:speakers?|speech|address|remarks|talk)\b|\bwho\s+(?:gave|delivered|made)\s+(?:the\s+)?(keynote)\b/i;

/** The words a sentence telling that rank writes. */
const RANK_TOLD: Record<string, RegExp> = {
  keynote: /\bkeynote|\b(?:main|principal) (?:speaker|speech|address)/i,
  main: /\bkeynote|\b(?:main|principal) (?:speaker|speech|address)/i,
  principal: /\bkeynote|\b(?:main|principal) (?:speaker|speech|address)/i,
  first: /\bfirst\b|\bopen(?:ed|ing|s)\b|\bbegan\b|\bstarted\b/i,
  opening: /\bfirst\b|\bopen(?:ed|ing|s)\b|\bbegan\b|\bstarted\b/i,
  last: /\blast\b|\bfinal(?:ly)?\b|\bclos(?:ed|ing|es)\b|\bended\b|\bconclu/i,
  final: /\blast\b|\bfinal(?:ly)?\b|\bclos(?:ed|ing|es)\b|\bended\b|\bconclu/i,
  closing: /\blast\b|\bfinal(?:ly)?\b|\bclos(?:ed|ing|es)\b|\bended\b|\bconclu/i,
  guest: /\bguest/i,
  featured: /\bfeatur/i,
};

/**
 * "Who gave the keynote address at the rally?", "who was the closing speaker?": one speaker picked out by a rank is
 * told only by a sentence writing that rank ("a keynote address from X", "X closed the meeting"); an answer whose
 * sentences never write it names some other speaker of the day. Declined.
 */
export function rankedSpeakerUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  // (Only who is asked: "what did X say in her final address?" asks her words, whoever spoke last.)
  if (!given.answered || intent.analysis.expects !== 'agent') return given;
  const m = RANK_ASKED.exec(intent.question ?? '');
  const rank = (m?.[1] ?? m?.[2])?.toLowerCase();
  const told = rank ? RANK_TOLD[rank] : undefined;
  if (!told) return given;
  const said = [given.text.split(/\bCloser? in the archive\b/)[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  if (told.test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells who was the ${rank} speaker.`, suggestionsFor(intent, index));
}
