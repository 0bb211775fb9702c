import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { articleFromText, dayDate } from './events-article-builder.ts';

const nlp = createNlp();

const RALLY = [
  'Stockholm, 5 October 2024 — Thousands of supporters of the Swedish-Iranian Solidarity Council (SISC) rallied on Saturday at Sergels Torg in Stockholm to condemn the executions in Iran.',
  'Swedish MP Annika Holmqvist addressed the crowd. “Sweden will not look away,” Holmqvist told the rally.',
  'Mr. Reza Tavakoli, spokesman of the SISC, said that at least 300 people had been executed since July.',
  'The demonstrators chanted “Freedom for Iran” as the rally ended.',
  'In a separate statement, the foreign minister Lars Ekdahl had said on Monday that the embassy would stay open.',
].join('\n\n');

describe('extractArticle', () => {
  const article = articleFromText(RALLY, { date: dayDate('2024-10-05', 'dateline'), dateline: 'Stockholm', publisher: 'Nordic Iran Report' });
  const x = extractArticle(nlp, article);
  const rally = x.events.find((e) => e.kind === 'rally')!;

  it('GIVEN a rally report THEN sentences, speakers, quotes, figures and events come back with ids prefixed by the article id', () => {
    expect(x.articleId).toBe(article.id);
    expect(x.sentences.length).toBeGreaterThanOrEqual(6);
    for (const id of [...x.events.map((e) => e.id), ...x.figures.map((f) => f.id), ...x.quotes.map((q) => q.id)]) expect(id.startsWith(`${article.id}:`)).toBe(true);
    expect(rally).toMatchObject({ label: 'Rally at Sergels Torg, Stockholm', city: 'Stockholm', organisers: ['SISC supporters'] });
    expect(rally.date?.iso).toBe('2024-10-05');
  });

  it('GIVEN people who addressed or told the rally THEN they are its speakers both ways, and someone quoted about another day is not', () => {
    const byName = (n: string) => x.speakers.find((s) => s.name.includes(n));
    const holmqvist = byName('Holmqvist')!;
    const tavakoli = byName('Tavakoli')!;
    expect(rally.speakers).toEqual(expect.arrayContaining([holmqvist.id, tavakoli.id]));
    expect(holmqvist.events).toEqual([rally.id]);
    expect(tavakoli.events).toEqual([rally.id]);
    const ekdahl = byName('Ekdahl');
    if (ekdahl) expect(ekdahl.events).toEqual([]);
  });

  it('GIVEN a quote told to the rally and a slogan chanted there THEN both point at the rally', () => {
    const told = x.quotes.find((q) => q.text.startsWith('Sweden will not look away'))!;
    const slogan = x.quotes.find((q) => q.text === 'Freedom for Iran')!;
    expect(told.eventId).toBe(rally.id);
    expect(slogan.eventId).toBe(rally.id);
  });

  it('GIVEN the crowd size and a toll reported by a spokesman THEN attendance links to the rally and the toll is claimed by the spokesman', () => {
    const attendance = x.figures.find((f) => f.measure === 'attendance')!;
    expect(attendance).toMatchObject({ text: 'Thousands', qualifier: 'vague', lower: 2000, eventId: rally.id });
    const toll = x.figures.find((f) => f.measure === 'executed')!;
    expect(toll).toMatchObject({ value: 300, lower: 300, qualifier: 'at-least', counted: 'people' });
    expect(toll.claimant).toMatch(/Tavakoli/);
    expect(toll.eventId).toBeUndefined();
  });
});
