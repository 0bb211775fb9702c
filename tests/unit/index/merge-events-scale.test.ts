import { describe, expect, it } from 'vitest';
import type { EventKind, EventRecord, FuzzyDate } from '../../../src/domain/types.ts';
import { datesAgree, kindsCompatible, mergeEvents } from '../../../src/index/merge-events.ts';

/*
 * Merge candidates are looked up by day and by year-month instead of scanning every event of the month across all
 * years. The grouping must be exactly what the scan gave: checked against that scan on many generated events whose
 * dates mix precisions, stated and unstated years, and the same month in several years.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const KINDS: EventKind[] = ['rally', 'demonstration', 'conference', 'attack', 'uprising'];
const CITIES = ['Paris', 'Berlin', 'Rome'];

function makeDate(r: () => number): FuzzyDate | undefined {
  const x = r();
  const year = 2019 + Math.floor(r() * 3);
  const month = 1 + Math.floor(r() * 2);
  const day = 1 + Math.floor(r() * 3);
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const base = { source: 'text', text: '' } as unknown as Pick<FuzzyDate, 'source' | 'text'>;
  if (x < 0.1) return undefined;
  if (x < 0.45) return { ...base, year, month, day, precision: 'day', yearStated: true, iso: `${year}-${mm}-${dd}` };
  if (x < 0.6) return { ...base, month, day, precision: 'day', yearStated: false, iso: `--${mm}-${dd}`, ...(r() < 0.5 ? { candidateYears: [year] } : {}) };
  if (x < 0.85) return { ...base, year, month, precision: 'month', yearStated: true, iso: `${year}-${mm}` };
  if (x < 0.92) return { ...base, month, precision: 'month', yearStated: false, iso: `--${mm}` };
  return { ...base, year, precision: 'year', yearStated: true, iso: String(year) };
}

function makeEvents(seed: number, n: number): EventRecord[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const date = makeDate(r);
    const e: EventRecord = {
      id: `a${i}:e1`,
      kind: KINDS[Math.floor(r() * KINDS.length)] as EventKind,
      label: `event ${i}`,
      city: CITIES[Math.floor(r() * CITIES.length)] as string,
      organisers: [],
      speakers: [],
      sources: [{ articleId: `a${i}`, sentence: 0, start: 0, end: 1 }],
    };
    if (date) e.date = date;
    return e;
  });
}

/** The merge as it was: every merged event of the same month (any year) is a candidate. */
function referenceGroups(all: EventRecord[]): Map<string, string> {
  const rank = (d: FuzzyDate | undefined) => (d ? { day: 3, month: 2, year: 1, unknown: 0 }[d.precision] + (d.yearStated ? 0.5 : 0) : 0);
  const monthKey = (d: FuzzyDate | undefined) => (d && d.iso && d.month !== undefined && (d.precision === 'day' || d.precision === 'month') ? String(d.month) : undefined);
  const merged: EventRecord[] = [];
  const idMap = new Map<string, string>();
  for (const e of [...all].sort((a, b) => rank(b.date) - rank(a.date))) {
    const month = monthKey(e.date);
    const candidates: Array<{ i: number; match: string }> = [];
    if (month) {
      merged.forEach((m, i) => {
        if (monthKey(m.date) !== month) return;
        // Places as `samePlace` reads these events (a city each, no venue or country; uprisings span the country).
        const place = (m.kind === 'uprising' && e.kind === 'uprising') || m.city === e.city;
        const match = kindsCompatible(m.kind, e.kind) && place ? datesAgree(m.date, e.date) : 'no';
        if (match !== 'no') candidates.push({ i, match });
      });
    }
    const target = candidates.find((c) => c.match === 'same-day') ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (target) idMap.set(e.id, (merged[target.i] as EventRecord).id);
    else {
      merged.push(e);
      idMap.set(e.id, e.id);
    }
  }
  return idMap;
}

describe('merging events by indexed candidates', () => {
  it.each([1, 2, 3, 4, 5])('GIVEN generated events (seed %i) THEN they merge exactly as scanning the whole month did', (seed) => {
    const all = makeEvents(seed, 400);
    const { idMap } = mergeEvents(all);
    const reference = referenceGroups(all);
    expect([...idMap].sort()).toEqual([...reference].sort());
    // Some merge and some do not, or the comparison says little.
    const merged = [...reference].filter(([a, b]) => a !== b).length;
    expect(merged).toBeGreaterThan(20);
    expect(merged).toBeLessThan(380);
  });
});
