import { describe, expect, it } from 'vitest';
import { findOrganisers } from '../../../src/extract/event-details.ts';

describe('organisers stated outright', () => {
  it('GIVEN "organized by the Swiss branch of X" THEN X organised it, not "Swiss"', () => {
    expect(findOrganisers('The vigil, organized by the Swiss branch of the National Council of Democrats of Syria, followed a month of arrests.')).toEqual([
      'National Council of Democrats of Syria',
    ]);
  });

  it('GIVEN "organised by the Exiles Council" THEN the council, as before', () => {
    expect(findOrganisers('The march was organised by the Exiles Council of Vardania.')).toEqual(['Exiles Council of Vardania']);
  });
});
