import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent, Speaker } from '../domain/types.ts';
import { answered, citeAll, notAnswered, provOf, suggestionsFor } from './reply.ts';
import { personWithRole, sourceOf } from './evidence.ts';

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
  // ("…, where Mrs. Ana Vell, the union's chair, delivered a moving keynote speech": the one person a sentence of the
  // reports cited gives that rank of speech is the answer.)
  // (Only the keynote: "first", "last" and their kin are written of much else than speeches.)
  const ranked = rank === 'keynote' || rank === 'main' || rank === 'principal' ? rankedSpeakerIn(index, given, told) : undefined;
  if (ranked) return ranked.answer(intent);
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells who was the ${rank} speaker.`, suggestionsFor(intent, index));
}

/** A speech or speaker word a sentence giving a rank writes with it ("keynote speech", "the main speaker"). */
const SPEECH_WORD = /\b(?:speakers?|speech(?:es)?|address|remarks|talk)\b/i;

/**
 * The one person a sentence of the reports an answer cites tells of with the rank asked and a speech ("X delivered
 * the keynote speech", "the keynote speaker was X"), when exactly one such sentence names exactly one person.
 */
function rankedSpeakerIn(index: ArchiveIndex, given: Answer, told: RegExp): { answer: (intent: Intent) => Answer } | undefined {
  const articles = [...new Set(given.citations.map((c) => c.articleId))];
  const found: Array<{ id: string; articleId: string; sentence: number }> = [];
  for (const articleId of articles) {
    index.sentencesOf(articleId).forEach((s, i) => {
      if (!told.test(s.text) || !SPEECH_WORD.test(s.text) || /[“”"]/.test(s.text)) return;
      const people = index.data.speakers.filter((p) => p.name.includes(' ') && p.mentions.some((m) => m.articleId === articleId && m.sentence === i));
      if (people.length === 1) found.push({ id: (people[0] as Speaker).id, articleId, sentence: i });
    });
  }
  if (new Set(found.map((f) => f.id)).size !== 1) return undefined;
  const f = found[0]!;
  const person = index.speaker(f.id);
  const sentence = index.sentencesOf(f.articleId)[f.sentence];
  if (!person || !sentence) return undefined;
  const prov = provOf(f.articleId, sentence);
  return { answer: (intent) => answered(intent, `${personWithRole(person)} (according to ${sourceOf(index.article(f.articleId))}): “${sentence.text}”`, citeAll(index, [prov])) };
}
