import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../src/domain/types.ts';
import { cutAtSentence, splitAtSentences } from '../../../src/discord/cut-text.ts';
import { renderAnswer } from '../../../src/discord/render-answer.ts';
import { citationField, formatIsoDate, paginateEmbed } from '../../../src/discord/render-embed.ts';
import { payloadProblems } from '../../support/discord-limits.ts';

const sentence = (i: number) => `Speaker number ${i} told the crowd in the square that the vigil would go on until dawn. `;
const longText = (n: number) => Array.from({ length: n }, (_, i) => sentence(i)).join('').trim();

function citation(i: number, over: Partial<Citation> = {}): Citation {
  return {
    file: `report-${i}.txt`,
    articleId: `a${i}`,
    title: `Marchers fill the boulevard in Lisbon, part ${i}`,
    source: 'Harbour Gazette',
    date: '2021-03-14',
    excerpt: `Organisers said ${i * 100} people joined the march along the river.`,
    sentence: i,
    start: 0,
    end: 60,
    ...over,
  };
}

function answer(over: Partial<Answer> = {}): Answer {
  return { question: 'who spoke in Lisbon?', answered: true, intent: 'who', text: 'Ana Duarte spoke.', citations: [citation(1)], ...over };
}

describe('cutting text', () => {
  it('GIVEN text over the limit THEN cuts after the last full sentence that fits', () => {
    const text = 'The rally began at noon. Speakers followed one another. The crowd left at dusk.';
    const { head, rest } = cutAtSentence(text, 60);
    expect(head).toBe('The rally began at noon. Speakers followed one another.');
    expect(rest).toBe('The crowd left at dusk.');
  });

  it('GIVEN one endless sentence THEN cuts at a word and marks the cut', () => {
    const text = 'word '.repeat(100).trim();
    const { head, rest } = cutAtSentence(text, 50);
    expect(head.length).toBeLessThanOrEqual(50);
    expect(head.endsWith('…')).toBe(true);
    expect(`${head.slice(0, -1)} ${rest}`.replace(/\s+/g, ' ')).toBe(text);
  });

  it('GIVEN long text THEN every chunk fits and nothing is lost', () => {
    const text = longText(200);
    const chunks = splitAtSentences(text, 1000);
    expect(chunks.every((c) => c.length <= 1000)).toBe(true);
    expect(chunks.join(' ')).toBe(text);
  });
});

describe('rendering an answer', () => {
  it('GIVEN a short answer THEN one embed with the answer, the cited excerpt and the archive version', () => {
    const reply = renderAnswer(answer(), { version: 'v7' });
    expect(reply.pages).toHaveLength(1);
    const embed = reply.pages[0]!.embeds[0]!;
    expect(embed.title).toBe('who spoke in Lisbon?');
    expect(embed.description).toBe('Ana Duarte spoke.');
    expect(embed.fields?.[0]?.name).toBe('[1] Marchers fill the boulevard in Lisbon, part 1');
    expect(embed.fields?.[0]?.value).toContain('> Organisers said 100 people joined the march');
    expect(embed.fields?.[0]?.value).toContain('Harbour Gazette · March 14, 2021');
    expect(embed.footer?.text).toBe('Archive v7');
  });

  it('GIVEN an answer over every length limit THEN every page is a valid Discord payload and all text is kept', () => {
    const huge = answer({
      question: 'q'.repeat(400),
      text: longText(300),
      citations: Array.from({ length: 40 }, (_, i) =>
        citation(i, { title: 'T'.repeat(300), excerpt: longText(30), url: `https://example.org/${'x'.repeat(600)}` }),
      ),
    });
    const reply = renderAnswer(huge, { version: 'v1' });
    expect(reply.pages.length).toBeGreaterThan(5);
    for (const page of reply.pages) expect(payloadProblems(page)).toEqual([]);
    const described = reply.pages.map((p) => p.embeds[0]?.description ?? '').join(' ').replace(/\s+/g, ' ');
    expect(described).toContain(sentence(299).trim());
    const sources = reply.pages.flatMap((p) => p.embeds[0]?.fields ?? []);
    expect(sources).toHaveLength(40);
    expect(reply.pages.at(-1)!.embeds[0]!.footer!.text).toBe(`Archive v1 · page ${reply.pages.length}/${reply.pages.length}`);
  });

  it('GIVEN exactly 4,096 characters of answer text THEN the description is not cut', () => {
    const text = 'a'.repeat(4095) + '.';
    const pages = paginateEmbed({ title: 'x', text });
    expect(pages[0]!.embeds[0]!.description).toBe(text);
  });

  it('GIVEN a field value of exactly 1,024 and one of 1,025 THEN the first is kept whole and the second cut', () => {
    const pages = paginateEmbed({ title: 'x', fields: [{ name: 'a', value: 'b'.repeat(1024) }, { name: 'c', value: 'd'.repeat(1025) }] });
    const fields = pages.flatMap((p) => p.embeds[0]?.fields ?? []);
    expect(fields[0]!.value).toHaveLength(1024);
    expect(fields[1]!.value.length).toBeLessThanOrEqual(1024);
    for (const page of pages) expect(payloadProblems(page)).toEqual([]);
  });

  it('GIVEN 26 short fields THEN they are split over two pages of at most 25', () => {
    const pages = paginateEmbed({ title: 'x', fields: Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: 'v' })) });
    expect(pages.map((p) => p.embeds[0]!.fields!.length)).toEqual([25, 1]);
  });

  it('GIVEN fields that together exceed 6,000 characters THEN no page exceeds 6,000', () => {
    const pages = paginateEmbed({ title: 'x', text: 'y'.repeat(3000), fields: Array.from({ length: 10 }, () => ({ name: 'n', value: 'v'.repeat(1000) })) });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(payloadProblems(page)).toEqual([]);
  });

  it('GIVEN an unanswered question with suggestions THEN says so and lists what the archive holds', () => {
    const reply = renderAnswer(answer({ answered: false, text: 'Not in the archive.', citations: [], suggestions: ['the rally in Porto'] }), { version: 'v1' });
    expect(reply.pages[0]!.embeds[0]!.description).toBe('Not in the archive.\n\nThe archive does hold:\n• the rally in Porto');
  });

  it('GIVEN a citation without a URL THEN names the archive file instead', () => {
    expect(citationField(citation(3, { url: undefined as never }), 1).value).toContain('file: report-3.txt');
    expect(citationField(citation(3, { url: 'https://example.org/a' }), 1).value).toContain('<https://example.org/a>');
  });

  it('GIVEN ISO dates of every precision THEN formats them for people', () => {
    expect(formatIsoDate('2019-12-28')).toBe('December 28, 2019');
    expect(formatIsoDate('2019-12')).toBe('December 2019');
    expect(formatIsoDate('--12-19')).toBe('December 19 (year not stated)');
  });
});
