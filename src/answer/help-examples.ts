/**
 * Examples for /help taken from what the loaded archive holds: a gathering with speakers and a city, a person
 * quoted, a measure with figures, the span of years, an article's title word. An empty archive gets none.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { EventRecord, Measure } from '../domain/types.ts';

const GATHERINGS = new Set(['rally', 'demonstration', 'protest', 'gathering', 'commemoration', 'conference', 'meeting']);

const HOW_MANY: Partial<Record<Measure, string>> = {
  killed: 'how many were killed',
  injured: 'how many were injured',
  arrested: 'how many were arrested',
  executed: 'how many were executed',
  displaced: 'how many were displaced',
  cities: 'in how many cities were there protests',
  attendance: 'how many people attended',
  damaged: 'how many buildings were damaged',
  missing: 'how many are missing',
  identified: 'how many victims have been identified',
};

/** The most cited item of a list (ties: first in the archive's order). */
function mostCited<T extends { sources?: unknown[] }>(items: T[], keep: (x: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const x of items) if (keep(x) && (!best || (x.sources?.length ?? 0) > (best.sources?.length ?? 0))) best = x;
  return best;
}

/** Example commands and questions about this archive, at most `limit`. */
export function helpExamples(index: ArchiveIndex, limit = 8): string[] {
  const out: string[] = [];
  const { events, speakers, quotes, figures, articles } = index.data;
  const rally = mostCited(events, (e: EventRecord) => GATHERINGS.has(e.kind) && !!e.city && e.speakers.length > 0);
  if (rally?.city) {
    out.push(`/ask question: who spoke at the ${rally.kind} in ${rally.city}?`);
    out.push(`/event query: ${rally.city}`);
  }
  const quotedCount = new Map<string, number>();
  for (const q of quotes) if (q.speakerId) quotedCount.set(q.speakerId, (quotedCount.get(q.speakerId) ?? 0) + 1);
  const quoted = [...speakers].filter((s) => s.name.includes(' ') && (quotedCount.get(s.id) ?? 0) > 0).sort((a, b) => (quotedCount.get(b.id) ?? 0) - (quotedCount.get(a.id) ?? 0))[0];
  if (quoted) {
    const surname = quoted.name.split(/\s+/).pop() as string;
    out.push(`/ask question: what did ${quoted.name} say?`);
    out.push(`/speaker name: ${surname}`);
  }
  const counts = new Map<Measure, number>();
  for (const f of figures) if (f.measure !== 'other') counts.set(f.measure, (counts.get(f.measure) ?? 0) + 1);
  const measure = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (measure) {
    out.push(`/ask question: ${HOW_MANY[measure] ?? `how many were ${measure}`}?`);
    out.push(`/figure measure: ${measure}`);
  }
  const years = events.map((e) => e.date?.year).filter((y): y is number => y !== undefined).sort((a, b) => a - b);
  if (years.length) out.push(`/timeline from: ${years[0]} to: ${years[years.length - 1]}`);
  const titled = articles.find((a) => a.title.split(/\s+/).some((w) => w.length >= 6));
  const word = titled?.title.split(/\s+/).find((w) => /^\p{Lu}[\p{L}-]{5,}$/u.test(w));
  if (word) out.push(`/source article: ${word}`);
  return out.slice(0, limit);
}
