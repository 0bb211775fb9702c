import { describe, expect, it } from 'vitest';
import { ask, buildArchive } from '../../../src/engine.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';
import { markupDepth, MAX_HTML_DEPTH } from '../../../src/ingest/html.ts';
import { MAX_WORD_CHARS } from '../../../src/ingest/clean-lines.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { splitSentences, MAX_SENTENCE_CHARS } from '../../../src/extract/sentences.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { ReadingTooSlow } from '../../../src/extract/deadline.ts';

const enc = new TextEncoder();
const REPORT = 'Rally for freedom in Lyon\n\nAbout 300 people gathered in Lyon on Sunday 3 March 2024, organisers said. Anna Berg, a city councillor, addressed the crowd.\n';

describe('hostile shapes are read in bounded time, or reported with a reason', () => {
  it('GIVEN a report that is one long line without full stops THEN it is cut into sentences of at most MAX_SENTENCE_CHARS and still read', () => {
    const words = 'supporters rally people thousands police freedom Paris said the of in and'.split(' ');
    const line = Array.from({ length: 6000 }, (_, i) => (i === 100 ? 'about 4,000 people attended' : words[i % words.length])).join(' ');
    const r = parseArticleFile({ name: 'one-line.txt', bytes: enc.encode(`A page without full stops\n\n${line}\n`) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sentences = splitSentences(createNlp(), r.article);
    expect(sentences.length).toBeGreaterThan(r.article.text.length / MAX_SENTENCE_CHARS - 1);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      // Provenance still points at the text the sentence shows.
      expect(r.article.text.slice(s.start, s.end)).toBe(s.text);
    }
    const x = extractArticle(createNlp(), r.article);
    expect(x.figures.some((f) => f.value === 4000)).toBe(true);
  });

  it('GIVEN a page nested 5,000 <div>s deep THEN it is flattened before parsing and its paragraph is read', async () => {
    const html = `<html><head><title>Rally in Lyon</title></head><body>${'<div>'.repeat(5000)}<p>About 300 people gathered in Lyon on Sunday, organisers said.</p>${'</div>'.repeat(5000)}</body></html>`;
    expect(markupDepth(html)).toBeGreaterThan(MAX_HTML_DEPTH);
    const { index, report } = await buildArchive([{ name: 'deep.html', bytes: enc.encode(html) }]);
    expect(report.skipped).toEqual([]);
    const a = ask(index, 'How many people gathered in Lyon?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/300/);
    expect(a.citations[0]?.title).toBe('Rally in Lyon');
  });

  it('GIVEN an ordinary page THEN markupDepth counts nesting, not self-closing or auto-closed tags', () => {
    expect(markupDepth('<html><body><div><p>One<p>Two<br><img src=x /><ul><li>a<li>b</ul></div></body></html>')).toBe(4);
  });

  it('GIVEN a file that is one 100,000-character word THEN it is skipped as "no readable text", with the run length', () => {
    const r = parseArticleFile({ name: 'word.txt', bytes: enc.encode('y'.repeat(100_000)) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('no readable text (a run of 100,000 characters without a space is not prose)');
  });

  it('GIVEN a report with a base64 blob inside THEN the blob is dropped and the prose around it kept', () => {
    const blob = 'QUJD'.repeat(MAX_WORD_CHARS);
    const r = parseArticleFile({ name: 'blob.txt', bytes: enc.encode(REPORT.replace('organisers said.', `organisers said. ${blob}`)) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).not.toContain('QUJD');
    expect(r.article.text).toContain('About 300 people gathered in Lyon');
  });

  it('GIVEN a report over the time budget THEN it is skipped with "took too long to read (N s)" and the rest of the folder builds', async () => {
    const slow = `Quotes\n\n${Array.from({ length: 3000 }, (_, i) => `“We want freedom number ${i},” said Carl Dahl.`).join(' ')}\n`;
    const { index, report } = await buildArchive(
      [
        { name: 'slow.txt', bytes: enc.encode(slow) },
        { name: 'lyon.txt', bytes: enc.encode(REPORT) },
      ],
      { reportBudgetMs: 1 },
    );
    // A 1 ms budget cannot fit the 3,000-quote report, but a short one is read within its first checks or not at
    // all: only the slow file must be named.
    const slowSkip = report.skipped.find((s) => s.file === 'slow.txt');
    expect(slowSkip?.reason).toMatch(/^took too long to read \(\d+\.\d s\)$/);
    expect(report.skipped.every((s) => s.file === 'slow.txt' || /^took too long/.test(s.reason))).toBe(true);
    expect(index.data.articles.every((a) => !a.files.includes('slow.txt'))).toBe(true);
  });

  it('GIVEN the default budget THEN an ordinary report is read, and extractArticle with a spent budget throws ReadingTooSlow', async () => {
    const { index, report } = await buildArchive([{ name: 'lyon.txt', bytes: enc.encode(REPORT) }]);
    expect(report.skipped).toEqual([]);
    expect(ask(index, 'Who addressed the crowd in Lyon?').answer.text).toMatch(/Anna Berg/);
    const r = parseArticleFile({ name: 'lyon.txt', bytes: enc.encode(REPORT.repeat(40)) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(() => extractArticle(createNlp(), r.article, 0)).toThrow(ReadingTooSlow);
  });
});
