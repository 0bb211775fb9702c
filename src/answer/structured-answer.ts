import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { inVocab, lexiconOf } from '../understand/lexicon.ts';
import { measureNoun } from '../understand/measures.ts';
import { questionYears } from '../understand/question-dates.ts';
import { STOP, words } from '../understand/text.ts';
import { unknownTerms } from '../understand/understand.ts';
import { clip, joinList } from './evidence.ts';
import { notAnswered, suggestionsFor, answerFromPassages } from './reply.ts';
import { answerWhen, answerWhere, describeEvent, answerTimeline, answerMentions, ASKING_WORDS } from './answer-events.ts';
import { answerWho, answerRole, answerQuote } from './answer-people.ts';
import { answerHowMany } from './answer-figures.ts';

/** A question with no word in it ("???", "42"), answered by what to ask instead; undefined for any other. */
export function askedWithoutWords(intent: Intent, index: ArchiveIndex): Answer | undefined {
  if (/\p{L}/u.test(intent.question ?? '')) return undefined;
  return notAnswered(
    intent,
    'Ask a question about the archive in words, for example who spoke at a rally, what someone said, or how many were arrested.',
    suggestionsFor(intent, index),
  );
}

/**
 * The structured index's answer to an intent: built from its records (events, speakers, figures, quotes) by the
 * intent's kind, with their sources; `answered: false` with a specific reason ("nothing from 2018", "no statement
 * by X about Y") when the records hold nothing. The reader checks these answers before they are given.
 */
export function structuredAnswer(intent: Intent, index: ArchiveIndex): Answer {
  const q = intent.question ?? '';
  const wordless = askedWithoutWords(intent, index);
  if (wordless) return wordless;
  const lex = lexiconOf(index);
  const missingYears = questionYears(q).filter((y) => !lex.years.has(y));
  if (missingYears.length) {
    return notAnswered(intent, `The archive has nothing from ${joinList(missingYears.map(String))}.`, suggestionsFor(intent, index));
  }
  const unknown = unknownTerms(q, index);
  if (unknown.length) {
    return notAnswered(intent, `The archive has nothing on ${joinList(unknown.slice(0, 3).map((w) => clip(w, 40)))}.`, suggestionsFor(intent, index));
  }
  if (intent.slots.unknownPeople?.length && !intent.slots.people?.length) {
    return notAnswered(intent, `The archive has nothing on ${joinList(intent.slots.unknownPeople.slice(0, 3).map((w) => clip(w, 40)))}.`, suggestionsFor(intent, index));
  }
  let a: Answer | undefined;
  switch (intent.kind) {
    case 'howmany':
      a = answerHowMany(intent, index);
      break;
    case 'who':
      a = answerWho(intent, index);
      break;
    case 'role':
      a = answerRole(intent, index);
      break;
    case 'quote':
      a = answerQuote(intent, index);
      break;
    case 'when':
      a = answerWhen(intent, index);
      break;
    case 'where':
      a = answerWhere(intent, index);
      break;
    case 'timeline':
      a = answerTimeline(intent, index);
      break;
    case 'mentions':
      a = answerMentions(intent, index);
      break;
    case 'search': {
      // A free question is only answered when the archive uses its content words ("weather" → nothing).
      const foreign = words(q).filter((w) => w.length >= 4 && !STOP.has(w) && !ASKING_WORDS.has(w) && !inVocab(lex, w) && !/^\d+$/.test(w));
      if (foreign.length) return notAnswered(intent, `The archive has nothing on ${joinList(foreign.slice(0, 3).map((w) => clip(w, 40)))}.`, suggestionsFor(intent, index));
      a = describeEvent(intent, index) ?? answerFromPassages(intent, index, {});
      break;
    }
  }
  if (a) return a;
  const m = intent.slots.measure;
  const what = intent.kind === 'howmany' && m ? `no figure for ${measureNoun(m)} that answers` : 'nothing that answers';
  return notAnswered(intent, `The archive has ${what} “${clip(q, 120)}”.`, suggestionsFor(intent, index));
}

