import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../bench/generate.ts';
import type { GeneratedArchive } from '../../../bench/generate.ts';
import { ABSENT_CITIES, ABSENT_FIRST, MONTHS } from '../../../bench/pools.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const N = 80;
const archive = generateArchive({ n: N, seed: 11 });
const textOf = (a: GeneratedArchive, stem: string): string => {
  const f = a.files.find((x) => x.name === `${stem}.txt`);
  if (!f) throw new Error(`no file for ${stem}`);
  return f.text;
};
const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

describe('bench generator', () => {
  it('GIVEN the same seed twice THEN writes the same files and the same ground truth', () => {
    const again = generateArchive({ n: N, seed: 11 });
    expect(again.files).toEqual(archive.files);
    expect(again.truth).toEqual(archive.truth);
  });

  it('GIVEN another seed THEN writes other articles', () => {
    const other = generateArchive({ n: N, seed: 12 });
    expect(other.files.map((f) => f.text)).not.toEqual(archive.files.map((f) => f.text));
  });

  it('GIVEN N requested THEN writes N files with one truth record each, in the seed file naming', () => {
    expect(archive.files).toHaveLength(N);
    expect(archive.truth.articles.map((a) => a.file)).toEqual(archive.files.map((f) => f.name));
    for (const f of archive.files) expect(f.name).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
  });

  it('GIVEN every quote in the truth THEN its words and its speaker stand in the article', () => {
    expect(archive.truth.quotes.length).toBeGreaterThan(N);
    for (const q of archive.truth.quotes) {
      const text = textOf(archive, q.article);
      expect(text).toContain(q.text);
      if (q.speaker) expect(text).toContain(q.speaker);
    }
    const kinds = new Set(archive.truth.quotes.map((q) => q.kind));
    for (const k of ['direct', 'indirect', 'banner', 'tweet', 'slogan', 'written']) expect(kinds).toContain(k);
  });

  it('GIVEN every speaker and figure in the truth THEN the name, role and amount stand in the article', () => {
    for (const s of archive.truth.speakers) {
      const text = textOf(archive, s.article);
      expect(text).toContain(s.name);
      for (const r of s.roles) expect(text).toContain(r);
    }
    for (const f of archive.truth.figures) {
      expect(fold(textOf(archive, f.article))).toContain(fold(f.text));
      if (f.qualifier === 'vague') expect(f.value).toBeUndefined();
      else expect(f.value).toBeTypeOf('number');
    }
  });

  it('GIVEN an event with a day date THEN its city, venue, organisers and weekday stand in the article, before the article date', () => {
    const dayEvents = archive.truth.events.filter((e) => e.date?.precision === 'day');
    expect(dayEvents.length).toBeGreaterThan(N / 2);
    for (const e of archive.truth.events) {
      const text = textOf(archive, e.article);
      if (e.city) expect(text).toContain(e.city);
      if (e.venue) expect(text).toContain(e.venue);
      for (const o of e.organisers) expect(text).toContain(o);
    }
    for (const e of dayEvents) {
      const art = archive.truth.articles.find((a) => a.stem === e.article);
      const iso = e.date?.iso ?? '';
      if (!art || iso.startsWith('--')) continue;
      const evMs = Date.parse(iso);
      const artMs = Date.parse(art.date.iso);
      expect(evMs).toBeLessThanOrEqual(artMs);
      expect(artMs - evMs).toBeLessThanOrEqual(6 * 86_400_000);
      const d = new Date(evMs);
      const written = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
      const text = textOf(archive, e.article);
      if (!text.includes(written)) expect(text).toContain(WEEKDAYS[d.getUTCDay()]);
    }
  });

  it('GIVEN any article THEN its publication date is written in it (long, day-first, or without year)', () => {
    for (const a of archive.truth.articles) {
      const text = textOf(archive, a.stem);
      const [y, m, d] = a.date.iso.startsWith('--') ? [undefined, ...a.date.iso.slice(2).split('-').map(Number)] : a.date.iso.split('-').map(Number);
      const month = MONTHS[(m ?? 1) - 1] as string;
      const forms = y ? [`${month} ${d}, ${y}`, `${d} ${month} ${y}`] : [`${d} ${month.slice(0, 3)}`];
      expect(forms.some((f) => text.includes(f)), `${a.stem} ${a.date.iso}`).toBe(true);
    }
  });

  it('GIVEN a crawl date line above the title THEN the truth never takes it for the article date', () => {
    let seen = 0;
    for (const a of archive.truth.articles) {
      const first = textOf(archive, a.stem).split('\n')[0] ?? '';
      const m = /^(\w+day), (\w+ \d+, \d{4})$/.exec(first);
      if (!m) continue;
      seen++;
      expect(Date.parse(`${m[2]} UTC`)).toBeGreaterThan(Date.parse(a.date.iso.startsWith('--') ? '1900-01-01' : a.date.iso));
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('GIVEN an answerable question THEN every answer key stands in a file it may cite', () => {
    const answerable = archive.truth.questions.filter((q) => q.kind !== 'unanswerable');
    expect(answerable.length).toBeGreaterThan(N * 2);
    for (const q of answerable) {
      const stems = [q.article as string, ...(q.articles ?? [])];
      const texts = stems.map((s) => fold(textOf(archive, s)));
      if (q.kind === 'when') {
        // A weekday-only date ("on Thursday") is resolved against the article date: the key is the truth event's day.
        const monthDay = (q.must[0] ?? '').split('|')[0] ?? '';
        const days = archive.truth.events
          .filter((e) => e.article === q.article && e.date?.precision === 'day')
          .map((e) => {
            const [m, d] = (e.date?.iso ?? '').slice(-5).split('-').map(Number);
            return `${MONTHS[(m ?? 1) - 1]} ${d}`;
          });
        expect(days).toContain(monthDay);
        continue;
      }
      for (const key of q.must) {
        const alts = key.split('|').map(fold);
        expect(texts.some((t) => alts.some((alt) => t.includes(alt))), `${q.id} ${q.question} → ${key}`).toBe(true);
      }
    }
  });

  it('GIVEN unanswerable questions THEN the people and places they name are absent from every file', () => {
    const all = archive.files.map((f) => f.text).join('\n');
    const unanswerable = archive.truth.questions.filter((q) => q.kind === 'unanswerable');
    expect(unanswerable.length).toBeGreaterThanOrEqual(5);
    for (const q of unanswerable) {
      for (const name of [...ABSENT_FIRST, ...ABSENT_CITIES]) {
        if (q.question.includes(name)) expect(all).not.toContain(name);
      }
    }
  });

  it('GIVEN two claimants on one incident THEN a question expects both disagreeing figures, and a repeated file is byte-identical', () => {
    const big = generateArchive({ n: 300, seed: 5 });
    const conflicted = big.truth.questions.filter((q) => q.kind === 'howmany' && q.must.length >= 2);
    expect(conflicted.length).toBeGreaterThan(0);
    const ids = big.truth.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dup = big.truth.articles.find((a) => a.duplicateOf);
    expect(dup, 'about 1 % of files repeat another file').toBeDefined();
    expect(textOf(big, dup?.stem ?? '')).toBe(textOf(big, dup?.duplicateOf ?? ''));
  });
});
