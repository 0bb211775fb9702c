import { describe, expect, it } from 'vitest';
import { historyText, linesToPages, progressText } from '../../../src/refresh/report-text.ts';

describe('report text', () => {
  it('GIVEN more lines than one message holds THEN they are split into pages under the limit, none lost', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `• rally-${i}.txt — Iranians rally in a European city, report ${i}`);
    const pages = linesToPages(lines, 1_000);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.every((p) => p.length <= 1_000)).toBe(true);
    expect(pages.join('\n').split('\n')).toEqual(lines);
  });

  it('GIVEN a single line longer than a page THEN it is cut, not dropped', () => {
    const [page] = linesToPages(['x'.repeat(5_000)], 100);
    expect(page).toHaveLength(100);
    expect(page!.endsWith('…')).toBe(true);
  });

  it('GIVEN parsing progress THEN it reads "parsed N / M articles"', () => {
    expect(progressText({ phase: 'parsing', done: 120, total: 500 })).toBe('Refreshing: parsed 120 / 500 articles…');
  });

  it('GIVEN audit entries THEN each history line says when, what, the result, who and what changed', () => {
    const [line] = historyText([
      { who: '<@42>', when: '2026-01-21T14:05:12.000Z', action: 'add', result: 'failed', summary: 'upload: scan.pdf is not text', target: 'https://example.org/scan.pdf' },
    ]);
    expect(line).toBe('2026-01-21 14:05 UTC · add · failed · <@42> · https://example.org/scan.pdf — upload: scan.pdf is not text');
    expect(historyText([])).toEqual(['No refreshes, uploads, removals or rollbacks yet.']);
  });
});
