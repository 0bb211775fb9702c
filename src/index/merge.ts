import type { ArticleExtraction, EventRecord, Figure, Quote, Speaker } from '../domain/types.ts';
import { mergeEvents } from './merge-events.ts';
import { mergeSpeakers } from './merge-speakers.ts';

/** The archive-wide facts after merging the extractions of every article. */
export interface MergedFacts {
  events: EventRecord[];
  speakers: Speaker[];
  quotes: Quote[];
  figures: Figure[];
}

/** Merges speakers and events across articles and rewrites every reference (quotes, figures, events, speakers) to the merged ids. */
export function mergeExtractions(extractions: ArticleExtraction[]): MergedFacts {
  const s = mergeSpeakers(extractions.flatMap((x) => x.speakers));
  const e = mergeEvents(extractions.flatMap((x) => x.events));
  const speakerId = (id: string): string | undefined => s.idMap.get(id);
  const eventId = (id: string): string | undefined => e.idMap.get(id);
  const dedupe = (ids: Array<string | undefined>): string[] => [...new Set(ids.filter((x): x is string => Boolean(x)))];

  const events = e.events.map((ev) => ({ ...ev, speakers: dedupe(ev.speakers.map(speakerId)) }));
  const speakers = s.speakers.map((sp) => ({ ...sp, events: dedupe(sp.events.map(eventId)) }));
  const quotes = extractions.flatMap((x) =>
    x.quotes.map((q) => {
      const out: Quote = { ...q };
      delete out.speakerId;
      delete out.eventId;
      const sid = q.speakerId !== undefined ? speakerId(q.speakerId) : undefined;
      const eid = q.eventId !== undefined ? eventId(q.eventId) : undefined;
      if (sid) out.speakerId = sid;
      if (eid) out.eventId = eid;
      return out;
    }),
  );
  const figures = extractions.flatMap((x) =>
    x.figures.map((f) => {
      const out: Figure = { ...f };
      delete out.eventId;
      const eid = f.eventId !== undefined ? eventId(f.eventId) : undefined;
      if (eid) out.eventId = eid;
      return out;
    }),
  );
  // A speaker who spoke at an event is listed on it, and the event on the speaker, whichever side the article recorded.
  // Membership is kept in sets beside the lists: a speaker at thousands of events must not cost the square of that.
  const eventById = new Map(events.map((ev) => [ev.id, { ev, has: new Set(ev.speakers) }]));
  for (const sp of speakers) {
    for (const id of sp.events) {
      const e = eventById.get(id);
      if (e && !e.has.has(sp.id)) {
        e.has.add(sp.id);
        e.ev.speakers.push(sp.id);
      }
    }
  }
  const speakerById = new Map(speakers.map((sp) => [sp.id, { sp, has: new Set(sp.events) }]));
  for (const ev of events) {
    for (const id of ev.speakers) {
      const s = speakerById.get(id);
      if (s && !s.has.has(ev.id)) {
        s.has.add(ev.id);
        s.sp.events.push(ev.id);
      }
    }
  }
  return { events, speakers, quotes, figures };
}
