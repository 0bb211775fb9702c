import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { findCities } from '../../../src/extract/places.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();

// "Exiles rally in Tarnow On Friday June 21, 2031, …": the full stop before the next sentence is lost; its capitalised
// opener ("On", a weekday, a month) is no part of the city's name.
describe('a city before a lost full stop', () => {
  it('GIVEN "in Tarnow On Friday" and "in Kesh Friday" THEN the cities are Tarnow and Kesh', () => {
    expect(findCities('Exiles rally in Tarnow On Friday June 21, 2031, several thousand exiles held a rally.').map((c) => c.city)).toEqual(['Tarnow']);
    expect(findCities('They met in Kesh Friday to plan the march.').map((c) => c.city)).toEqual(['Kesh']);
    expect(findCities('They met in New Brisk to plan the march.').map((c) => c.city)).toEqual(['New Brisk']);
  });

  it('GIVEN the rally told twice THEN one event in Tarnow, not "Tarnow On"', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Exiles march in Tarnow

Exiles rally in Tarnow On Friday June 21, 2031, several thousand exiles from Valdor held a large rally beginning at the Grand Library in Tarnow. Participants then marched to the palace.
`),
    );
    const rallies = x.events.filter((e) => e.kind === 'rally');
    expect(rallies.map((e) => e.city)).toEqual(['Tarnow']);
  });
});
