import { describe, expect, it } from 'vitest';
import { findVenues } from '../../../src/extract/places.ts';

describe('a place after "by"', () => {
  it('GIVEN "banning the May 3 demonstration by the Kastel Prefectural Office" THEN the office acted; it is no venue', () => {
    const venues = findVenues('The court overturned an order banning the May 3 demonstration by the Kastel Prefectural Office.');
    expect(venues.map((v) => v.venue)).not.toContain('Kastel Prefectural Office');
  });

  it('GIVEN "a vigil by the Vardanian Embassy" THEN the embassy is where the vigil stood', () => {
    const venues = findVenues('Exiles held a vigil by the Vardanian Embassy on Sunday.');
    expect(venues.map((v) => v.venue)).toContain('Vardanian Embassy');
  });
});
