import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EventRecord } from '../../../src/domain/types.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
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
Regional member for Eastvale, Tom Varga, addressed the crowd, saying Norland must stand with the people of Valdor.

Protesters rally in support of Valdor in Brenn. (Coast Radio: Ole Berg)
Jonas Falk, who has family in Valdor, said he had not heard from them for a week.
“We are here for our families,” Mr Falk said at the Brenn protest.
`;

const speakersOf = (x: ArticleExtraction, e: EventRecord | undefined): string[] => (e?.speakers ?? []).map((id) => x.speakers.find((sp) => sp.id === id)?.name ?? id).sort();

describe('rallies held elsewhere', () => {
  it('GIVEN "gathered in Harlow\'s Lindenplatz to connect live with a conference in Brenn" THEN the gathering is in Harlow, the conference in Brenn', () => {
    const events = eventsOf(`Exiles gather in Harlow

Tens of thousands of exiles gathered today in Harlow's Lindenplatz to connect live with a conference in Brenn.
In Brenn, a simultaneous conference took place with the leaders of the movement.
Several deputies joined the Harlow march online.
`);
    const square = events.find((e) => e.venue === "Harlow's Lindenplatz");
    expect(square?.city).toBe('Harlow');
    expect(events.some((e) => e.city === 'Brenn' && e.venue !== "Harlow's Lindenplatz")).toBe(true);
  });

  it('GIVEN "the Brenn protest" and "rally in support of Valdor in Brenn" after another town\'s gathering THEN both and their speaker are Brenn\'s', () => {
    const x = extractArticle(nlp, articleFromText(REPORT));
    const brenn = x.events.find((e) => e.city === 'Brenn');
    const kestrel = x.events.find((e) => e.city === 'Kestrel');
    expect(speakersOf(x, brenn)).toEqual(['Jonas Falk']);
    expect(speakersOf(x, kestrel)).toEqual(['Tom Varga']);
  });

  it('GIVEN "with rallies also held in A, B, and C" and a caption "Protesters gather in Kestrel." THEN the gathering told next is in Kestrel, not in A', () => {
    const events = eventsOf(REPORT);
    const hall = events.find((e) => e.venue === 'Provincial Hall');
    expect(hall).toBeDefined();
    expect(hall?.city).toBe('Kestrel');
    expect(events.filter((e) => e.city === 'Oslo').every((e) => e.venue !== 'Provincial Hall')).toBe(true);
  });
});
