import type { Answer, ConversationContext } from './domain/types.ts';
import type { ArchiveIndex } from './index/archive-index.ts';
import type { BuildOptions, BuildReport } from './build.ts';
import { understand } from './understand/understand.ts';
import { answerIntent } from './answer/answer.ts';
import { memo } from './answer/memo.ts';
import { compoundParts } from './understand/compound.ts';
import { combineAnswers } from './answer/combine.ts';

export type { BuildOptions, BuildReport } from './build.ts';

/*
 * Answering imports only understand, answer and the index; the build (ingest, extraction, the wink model) is
 * imported on first use, so a process serving a stored snapshot starts without loading any of it.
 */

/** Builds an index from in-memory files (uploads, tests): ingest → extract each article → merge and index. */
export async function buildArchive(
  files: Array<{ name: string; bytes: Uint8Array }>,
  opts: BuildOptions = {},
): Promise<{ index: ArchiveIndex; report: BuildReport }> {
  const started = Date.now();
  const build = await import('./build.ts');
  return build.buildArchive(files, opts, started);
}

/** Builds an index from every article file in a folder. */
export async function buildArchiveFromFolder(
  dir: string,
  opts: BuildOptions = {},
): Promise<{ index: ArchiveIndex; report: BuildReport }> {
  const started = Date.now();
  const build = await import('./build.ts');
  return build.buildArchiveFromFolder(dir, opts, started);
}

/**
 * Answers a question (understand + answer) and returns the conversation context a follow-up question will use.
 * A question that asks two or three things ("who spoke at the Velmar rally and when was it?") is answered part by
 * part, each part made to stand alone, in one reply; the context is the last part's.
 */
export function ask(
  index: ArchiveIndex,
  question: string,
  context?: ConversationContext,
): { answer: Answer; context: ConversationContext } {
  const parts = compoundParts(question);
  if (!parts) return askOne(index, question, context);
  let ctx = context;
  const answered = parts.map((part) => {
    const r = askOne(index, part, ctx);
    ctx = r.context;
    return { question: part, answer: r.answer };
  });
  return { answer: combineAnswers(question, answered), context: ctx as ConversationContext };
}

function askOne(index: ArchiveIndex, question: string, context?: ConversationContext): { answer: Answer; context: ConversationContext } {
  const intent = understand(question, index, context);
  const answer = answerIntent(intent, index);
  return { answer, context: nextContext(index, intent.slots, answer, context) };
}

/** Positions in `index.data.events` of the events each sentence (`articleId#sentence`) is a source of. */
function eventsBySentence(index: ArchiveIndex): Map<string, Map<number, number[]>> {
  return memo(index, 'events-by-sentence', () => {
    const m = new Map<string, Map<number, number[]>>();
    index.data.events.forEach((e, i) => {
      for (const s of e.sources) {
        let inArticle = m.get(s.articleId);
        if (!inArticle) m.set(s.articleId, (inArticle = new Map()));
        const list = inArticle.get(s.sentence);
        if (!list) inArticle.set(s.sentence, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    return m;
  });
}

/** What the next question may refer back to: the people, places, period, measure and events of this one (else the previous ones). */
export function nextContext(
  index: ArchiveIndex,
  slots: { people?: string[]; places?: string[]; range?: ConversationContext['range']; measure?: ConversationContext['measure'] },
  answer: Answer,
  previous?: ConversationContext,
): ConversationContext {
  const eventIds: string[] = [];
  if (answer.answered) {
    // Looked up by cited sentence (an index built once) rather than by testing every event's sources on every ask.
    const bySentence = eventsBySentence(index);
    const at = new Set<number>();
    for (const c of answer.citations) for (const i of bySentence.get(c.articleId)?.get(c.sentence) ?? []) at.add(i);
    for (const i of [...at].sort((a, b) => a - b)) eventIds.push((index.data.events[i] as { id: string }).id);
  }
  const pick = <T>(fresh: T[] | undefined, old: T[] | undefined): T[] | undefined => (fresh && fresh.length > 0 ? fresh : old);
  const ctx: ConversationContext = { at: Date.now() };
  const people = pick(slots.people, previous?.people);
  const places = pick(slots.places, previous?.places);
  const events = pick(eventIds, previous?.eventIds);
  const range = slots.range ?? previous?.range;
  const measure = slots.measure ?? previous?.measure;
  if (people) ctx.people = people;
  if (places) ctx.places = places;
  if (events) ctx.eventIds = events;
  if (range) ctx.range = range;
  if (measure) ctx.measure = measure;
  return ctx;
}
