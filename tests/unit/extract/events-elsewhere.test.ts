import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/domain/types.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { extractEvents } from '../../../src/extract/events.ts';
import type { PeopleResult } from '../../../src/extract/people.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();
const noPeople: PeopleResult = { speakers: [], mentions: [] };

function eventsOf(text: string): EventRecord[] {
  const article = articleFromText(text);
  return extractEvents(nlp, article, splitSentences(nlp, article), noPeople, []);
}

// A report on rallies across one country names, in passing, rallies "also held in" cities abroad: those are other
// gatherings, and a gathering told later without a city is not one of them; the town in a photo caption
// ("Protesters gather in Kestrel.") is where the gathering under it was.
const REPORT = `Exiles across Norland join a day of action for Valdor

Thousands of people around Norland have joined a day of action in solidarity with the protesters in Valdor.
Protesters gathered at Elm Park in Brenn on Saturday before marching to Linden Gardens.
Organisers billed the protests as part of a global day of action, with rallies also held in Oslo, Lyon, and Porto.

Protesters gather in Kestrel. (Coast Radio: Ada Lind)
About 800 protesters gathered in front of the Provincial Hall to join the day of action.
`;

describe('rallies held elsewhere', () => {
  it('GIVEN "with rallies also held in A, B, and C" and a caption "Protesters gather in Kestrel." THEN the gathering told next is in Kestrel, not in A', () => {
    const events = eventsOf(REPORT);
    const hall = events.find((e) => e.venue === 'Provincial Hall');
    expect(hall).toBeDefined();
    expect(hall?.city).toBe('Kestrel');
    expect(events.filter((e) => e.city === 'Oslo').every((e) => e.venue !== 'Provincial Hall')).toBe(true);
  });
});
