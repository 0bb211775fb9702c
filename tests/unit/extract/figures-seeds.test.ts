import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Figure } from '../../../src/domain/types.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { seedArticles } from './events-seeds.ts';

const nlp = createNlp();
const seeds = seedArticles();
const extracted: Record<string, ArticleExtraction> = Object.fromEntries(Object.entries(seeds).map(([k, a]) => [k, extractArticle(nlp, a)]));

/** [text, value, lower, upper, qualifier, measure, counted] */
type Row = [string, number | undefined, number | undefined, number | undefined, Figure['qualifier'], Figure['measure'], string];
const row = (f: Figure): Row => [f.text, f.value, f.lower, f.upper, f.qualifier, f.measure, f.counted];
const eventLabel = (x: ArticleExtraction, f: Figure): string | undefined => x.events.find((e) => e.id === f.eventId)?.label;

describe('figures in the seed articles', () => {
  it('GIVEN the Aleppo rally report THEN its only figure is the vague attendance "Hundreds", claimed by the publisher', () => {
    const x = extracted.s000!;
    expect(x.figures.map(row)).toEqual([['Hundreds', undefined, 200, undefined, 'vague', 'attendance', 'Syrian people']]);
    expect(x.figures[0]!.claimant).toBe('Iran Focus');
    expect(eventLabel(x, x.figures[0]!)).toBe('Rally in front of the Iranian regime’s embassy, Paris');
  });

  it('GIVEN "Over 1,500 … killed in the November 2019 uprising while another 8,000 were injured and at least 12,000 arrested" THEN three figures share the scope', () => {
    const x = extracted.s001!;
    expect(x.figures.map(row)).toEqual([
      ['nearly two dozen', 24, undefined, 24, 'nearly', 'killed', 'PMOI/MEK members'],
      ['Over 1,500', 1500, 1500, undefined, 'more-than', 'killed', 'protesters'],
      ['8,000', 8000, undefined, undefined, 'exact', 'injured', 'protesters'],
      ['at least 12,000', 12000, 12000, undefined, 'at-least', 'arrested', 'protesters'],
    ]);
    const [twoDozen, ...uprising] = x.figures;
    for (const f of uprising) {
      expect(f.scope).toBe('the November 2019 uprising');
      expect(eventLabel(x, f)).toBe('November 2019 uprising');
      expect(f.asOf?.iso).toBe('2020-02-12');
      expect(f.claimant).toBe('PMOI/MEK');
    }
    expect(eventLabel(x, twoDozen!)).toBe('Attack on a home, Tehran');
  });

  it('GIVEN figures inside Mrs. Rajavi’s quote THEN she is their claimant; the narrator’s toll has none but the uprising scope', () => {
    const x = extracted.s002!;
    expect(x.figures.map(row)).toEqual([
      ['at least 600', 600, 600, undefined, 'at-least', 'killed', 'protesters'],
      ['over 600', 600, 600, undefined, 'more-than', 'killed', 'rebellious youths'],
      ['12,000', 12000, undefined, undefined, 'exact', 'arrested', 'youths'],
    ]);
    expect(x.figures.map((f) => f.claimant)).toEqual([undefined, 'Maryam Rajavi', 'Maryam Rajavi']);
    expect(x.figures.every((f) => eventLabel(x, f) === 'November 2019 uprising in Iran')).toBe(true);
  });

  it('GIVEN the "Number of …:" tally lines under "HIGHLIGHTS OF THE UPRISING" THEN each is a figure of the uprising, and "Day 44"/"44th day"/dates are not', () => {
    const x = extracted.s003!;
    expect(x.figures.map(row)).toEqual([
      ['over 1500', 1500, 1500, undefined, 'more-than', 'killed', 'protesters'],
      ['Hundreds', undefined, 200, undefined, 'vague', 'attendance', 'supporters'],
      ['601', 601, undefined, undefined, 'exact', 'identified', 'martyrs'],
      ['191', 191, undefined, undefined, 'exact', 'cities', 'uprising cities'],
      ['At least 1500', 1500, 1500, undefined, 'at-least', 'killed', 'martyrs'],
      ['More than 4,000', 4000, 4000, undefined, 'more-than', 'injured', 'injured'],
      ['More than 12,000', 12000, 12000, undefined, 'more-than', 'arrested', 'detainees'],
      ['Hundreds', undefined, 200, undefined, 'vague', 'attendance', 'supporters'],
      ['1500', 1500, undefined, undefined, 'exact', 'killed', 'protesters'],
    ]);
    expect(x.figures[0]!.claimant).toBe("People's Mojahedin Organization of Iran (PMOI)");
    expect(x.figures[2]!.claimant).toBe('MEK');
    for (const f of x.figures.slice(2, 7)) {
      expect(eventLabel(x, f)).toBe('November 2019 uprising in Iran');
      expect(f.asOf?.iso).toBe('2019-12-28');
    }
    expect(eventLabel(x, x.figures[1]!)).toBe('Rally at Place de Trocadero, Paris');
  });

  it('GIVEN the Damascus-suburb report THEN the toll and damaged facilities belong to the bombardment, the refugees in Turkey do not, and "eight-year"/"three years" are no figures', () => {
    const x = extracted.s004!;
    expect(x.figures.map(row)).toEqual([
      ['at least 200', 200, 200, undefined, 'at-least', 'killed', 'people'],
      ['Five', 5, undefined, undefined, 'exact', 'damaged', 'medical facilities'],
      ['hundreds of thousands', undefined, 200000, undefined, 'vague', 'displaced', 'Syrian refugees'],
    ]);
    const [toll, facilities, refugees] = x.figures;
    expect(toll!.scope).toBe('the bombardment of a rebel-held Damascus suburb');
    expect(toll!.claimant).toBe('NCRI');
    expect(eventLabel(x, facilities!)).toBe('Bombardment of a rebel-held Damascus suburb');
    expect(refugees!.eventId).toBeUndefined();
    expect(x.figures.every((f) => f.asOf === undefined)).toBe(true);
  });

  it('GIVEN any seed THEN every figure cites its own words in the article text', () => {
    for (const [k, x] of Object.entries(extracted)) {
      const text = seeds[k as keyof typeof seeds].text;
      for (const f of x.figures) {
        expect(text.slice(f.source.start, f.source.end)).toBe(f.text);
        expect(f.id.startsWith(`${x.articleId}:f`)).toBe(true);
      }
    }
  });
});
