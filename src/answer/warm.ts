/**
 * Reading ahead after an index is loaded. The first question about a place, a measure or an event pays for reading
 * what every later question reuses (each event's place and stems, each figure's texts and dates, each report's words); done ahead, step
 * by step while the bot is idle, a question asked later finds them read.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import { warmEvents } from './event-match.ts';
import { warmFigures } from './answer-figures.ts';
import { warmQuoteTables } from './answer-people.ts';
import { warmGroups } from './memo.ts';
import { warmProfiles } from './reader/report-profile.ts';
import { warmEventLookups } from './reader/event-candidates.ts';
import { warmReaderTables } from './reader/read.ts';
import { mostQuoted } from './reply.ts';
import { timeline } from './lookups.ts';

/** How many events or figures are read per step. */
const CHUNK = 250;

/** The steps of reading ahead on one index: each `next()` reads `chunk` events or figures; done when the generator ends. */
export function* warmIndex(index: ArchiveIndex, chunk = CHUNK): Generator<void> {
  // The tables built once per index that a first question of each kind would otherwise build (grouping quotes, events
  // and speakers by report, events by place, day, organiser and speaker, the reader's name judge), a few per step.
  for (const build of [warmGroups, warmEventLookups, warmReaderTables, warmQuoteTables, mostQuoted, (i: ArchiveIndex) => timeline(i, {})]) {
    build(index);
    yield;
  }
  yield* warmEvents(index, chunk);
  yield* warmFigures(index, chunk);
  // (Reports last: a report's profile costs more than an event's or a figure's facts, a step reads fewer of them.)
  yield* warmProfiles(index, Math.max(1, Math.floor(chunk / 16)));
}
