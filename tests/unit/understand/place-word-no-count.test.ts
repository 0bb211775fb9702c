import { describe, expect, it } from 'vitest';
import { measureOf } from '../../../src/understand/measures.ts';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "how big was the crowd at Kessel City Hall?" (found on a probe of diaspora rallies): a "City" in a venue's name, or
 * "the town of X", counts no places; places are counted in the plural ("how many cities").
 */
describe('a place word in a venue’s name is no count of places', () => {
  it('GIVEN "how big was the crowd at Kessel City Hall" THEN the crowd is asked', () => {
    expect(measureOf('How big was the crowd at Kessel City Hall, according to the police?')).toBe('attendance');
  });

  it('GIVEN "how many were killed in the town of Orvel" THEN the dead are asked', () => {
    expect(measureOf('how many were killed in the town of Orvel?')).toBe('killed');
  });

  it('GIVEN "in how many cities did exiles rally" and "how many city halls" THEN places are still counted', () => {
    expect(measureOf('in how many cities did exiles rally on Saturday?')).toBe('cities');
    expect(measureOf('how many town squares filled with marchers?')).toBe('cities');
  });

  it('GIVEN a crowd told at a City Hall WHEN its size is asked THEN the reply speaks of no count of cities', async () => {
    const index = await archiveOfTexts({
      'k.txt': 'Exiles fill Kessel City Hall square\nPublished: 12 February 2031 | Lantern Wire\n\nAbout 9,000 exiles rallied at Kessel City Hall on Saturday for the uprising in Varn, the Kessel police said.\n',
    });
    const answer = ask(index, 'How big was the crowd at Kessel City Hall?').answer;
    expect(answer.text).not.toMatch(/cities involved/);
  });
});
