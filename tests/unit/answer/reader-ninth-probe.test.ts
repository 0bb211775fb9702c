import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { understand } from '../../../src/understand/understand.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Failure classes seen on real reports the engine had never read (the ninth probe), pinned with reports written for
// the tests: invented places, people, bodies and numbers.

// A route told in German or French ends where "zum X" / "au X" says, even in a sentence that does not name the town,
// and that end is the answer, not the square where the crowd first met.
describe('routes told in German and French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kellburg-lichter.txt': `Exil-Vardanier zeigen Flagge in Kellburg
Kellburg - Seit dem 3. März protestiert die Opposition in Vardanien gegen die Regierung.
Der Verein "Freundeskreis Ostufer" rief zu einer Demonstration am Alten Fischmarkt in Kellburg auf.
Rund 90 Teilnehmer sammelten sich dort am Samstagabend, zogen dann mit Laternen über die Lindenbrücke durch die Gerbergasse zum Glockenplatz.
Später wollten einige noch zum Rathaus ziehen.
`,
      'marvent-defile.txt': `Marche pour la Vardanie à Marvent
Dimanche, 400 personnes, selon la police, ont défilé des Remparts au Pré-aux-Clercs, à l'appel d'un collectif d'exilés.
« Nous ne lâcherons rien », a déclaré Odile Ferrant, membre du collectif.
`,
    });
  });

  it('GIVEN "zogen … zum Glockenplatz" THEN the Kellburg march ended at the Glockenplatz, not at the market where it met', () => {
    const a = ask(index, 'where did the Kellburg march for Vardania end?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Glockenplatz/);
    expect(a.text).not.toMatch(/Fischmarkt/);
  });

  it('GIVEN "ont défilé des Remparts au Pré-aux-Clercs" THEN the Marvent march ended at the Pré-aux-Clercs', () => {
    const a = ask(index, 'where did the Marvent march end?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Pré-aux-Clercs/);
  });
});

// A count its sentence puts in another town ("A Varenne, environ 300 personnes …") is that town's: asked about the
// town the report's main march was in, the main march's count answers; and "défilé", "réuni" tell of a crowd.
describe('counts told town by town in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'morvent-varenne.txt': `« Vardanie libre » : quelques milliers de personnes ont défilé dimanche 3 mars à Morvent et à Varenne pour soutenir le peuple vardanien.
La veille, une veillée silencieuse avait réuni 400 personnes dans la capitale, selon la préfecture.
Dimanche, 1 800 personnes, selon la police, ont défilé de la Halle aux toiles au Belvédère.
Les manifestants brandissaient des drapeaux et des portraits de prisonniers.
A Varenne, environ 300 personnes se sont rassemblées autour d’une grande banderole, a rapporté l’agence Nordpresse.
`,
    });
  });

  it('GIVEN "A Varenne, environ 300 personnes" THEN how many marched in Morvent by the police is 1 800, not Varenne’s 300', () => {
    const a = ask(index, 'how many marched in Morvent on Sunday, according to the police?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^1 800 personnes/);
  });
});

// Days and times of a gathering told in other layouts: a day in brackets after each town of a list is that town's;
// "Yesterday" under a dateline alone in its sentence is the day before it; "what time" asks a time of day, which a
// day does not answer.
describe('days and times of gatherings', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'organiser-interview.txt': `“We will not stop”: an interview with an exile organiser

Since the arrest of the poet Mira Vell last spring, you have organised marches in many cities. Why?

My brother was among those arrested. I did my part and I helped to organise rallies in Kessel (4 May) and Ostrov (19 May) to show our solidarity. That is my mission now.
`,
      'senate-release.txt': `Senators mark the spring festival with Vardanian exiles
HARBOURTON, NORLAND, April 12, 2031.
Yesterday, Senator Ada Quill and nine other senators joined exiles at an event titled “Spring for Vardania” to celebrate the new year.
`,
      'lindholz-vigil.txt': `Exiles hold candle vigil in Lindholz
Lindholz - Seit dem 2. März protestiert die Opposition in Vardanien gegen die Regierung.
Rund 60 Teilnehmer versammelten sich am Sonntag am Seeufer in Lindholz.
Gegen 19.45 Uhr wurde die Versammlung beendet.
`,
    });
  });

  it('GIVEN "rallies in Kessel (4 May) and Ostrov (19 May)" THEN the Ostrov rally was on 19 May, not 4 May', () => {
    const a = ask(index, 'when did the exile organiser help organise the Ostrov rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^May 19/);
  });

  it('GIVEN "April 12, 2031." then "Yesterday, …" THEN the event was on April 11, 2031', () => {
    const a = ask(index, "when was the 'Spring for Vardania' event with the senators?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^April 11, 2031/);
  });

  it('GIVEN "Gegen 19.45 Uhr wurde die Versammlung beendet" THEN what time the Lindholz gathering ended is 19.45, not a day', () => {
    const a = ask(index, 'what time did the Lindholz gathering end?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^19\.45 Uhr/);
    // ("am Sonntag" tells the day the crowd met, no time: a day is no answer to "what time".)
    expect(ask(index, 'what time did the Lindholz gathering begin?').answer.answered).toBe(false);
  });
});

// "… rally on the Saturday after …": a report whose gathering is told on another weekday ("on Sunday") and never on
// the one asked is about another gathering; its place is not the answer ("samedi" is Saturday).
describe('a weekday asked against the report’s', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'morvent-sunday.txt': `Thousands of people marched in Morvent on Sunday to condemn the arrest of the poet Mira Vell in Vardania.
Following rallies in other exile towns over the weekend, a stream of people walked from Morvent's traditional protest hub of Place de la Halle to Place du Marché.
"We did not expect this," said Anouk, an exile living in Morvent.
`,
      'morvent-samedi.txt': `Manifestation à Morvent pour soutenir les poètes vardaniens
Plusieurs centaines de Vardaniens vivant en France se sont rassemblés samedi, à Morvent, pour protester contre l’arrestation de la poétesse Mira Vell.
Les participants réunis place du Moulin, dans le centre de la ville, ont scandé des slogans contre le gouvernement vardanien.
`,
    });
  });

  it('GIVEN one report tells a march "on Sunday" THEN where exiles rallied on the Saturday is not its square', () => {
    const a = ask(index, "where in Morvent did several hundred Vardanians rally on the Saturday after Mira Vell's arrest?").answer;
    expect(a.text.split('“')[0]).not.toMatch(/Halle|Marché/);
  });
});

// "at the LA rally": a city's initials, as users write them, stand for its name; "which councilmember spoke" asks
// for a person, as "which senator" does.
describe('a city by its initials, an office as the head of "which"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'la-vardania.txt': `Vardanian exiles rally at Los Angeles City Hall

Thousands of Vardanian exiles gathered outside Los Angeles City Hall on Saturday to back the strikes at home.
“The strikers are not alone,” Councilmember Ada Quill told the crowd.
`,
    });
  });

  it('GIVEN a report on a rally in Los Angeles THEN what was said at the "LA" rally is answered', () => {
    const a = ask(index, 'what did Ada Quill tell the crowd at the LA rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/strikers are not alone/);
  });

  it('GIVEN "Councilmember Ada Quill told the crowd" THEN which councilmember spoke is Ada Quill', () => {
    const a = ask(index, 'which councilmember spoke at the Los Angeles City Hall rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Ada Quill/);
  });
});

// Roles told before the name: "journalist and former prisoner X" (two roles joined by "and"), "the event moderator
// and Forum board member, Dr. X said" (an honorific between the role and the name).
describe('roles told before the name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessel-forum.txt': `Exiles hold a spring forum in Kessel

Hundreds of Vardanian exiles met in Kessel on Saturday for the spring forum.
Another guest, poet and former prisoner Lina Strand, said: “I am here for those who cannot speak.”
Held to coincide with the new year, the event moderator and Forum board member, Dr. Tomas Riel said, “A new day is coming.”
`,
    });
  });

  it('GIVEN "poet and former prisoner Lina Strand" THEN who Lina Strand is gives both roles', () => {
    const a = ask(index, 'who is Lina Strand, who attended the Kessel forum?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/poet and former prisoner/);
  });

  it('GIVEN "the event moderator and Forum board member, Dr. Tomas Riel said" THEN that is his role', () => {
    const a = ask(index, 'who is Tomas Riel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/moderator/);
    expect(a.text).not.toMatch(/no role/);
  });
});

// "Who is X, a speaker at …", "who is X, who attended …": what follows the comma is what the asker knows of the
// person; the question asks who X is (a role), not who spoke or attended.
describe('who is X, followed by what the asker knows', () => {
  it('GIVEN "who is Ivo Brandt, a speaker at the Kessel forum?" THEN a role is asked', async () => {
    const index = await archiveOfTexts({ 'k.txt': 'Exiles met in Kessel.\nHarbour Relief chief executive Ivo Brandt spoke.\n' });
    expect(understand('who is Ivo Brandt, a speaker at the Kessel forum?', index).kind).toBe('role');
    expect(understand('who is Ivo Brandt, who attended the Kessel forum?', index).kind).toBe('role');
    expect(understand('who is the main organiser, a woman from Kessel?', index).kind).not.toBe('role');
  });
});

// "…, according to Nora Quist?" against "Exile poet Nora Quist estimated a few thousand people attended": the vague
// count of the one asked is her answer (it was refused as too vague, beside another body's tolls).
describe('a vague count of the person asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'tollbridge-vigil.txt': `Tollbridge exiles show support for the strikes in Vardania

Protesters gathered once more in central Tollbridge to show solidarity with the strikers in Vardania.
Exile poet Nora Quist estimated a few thousand people attended the vigil in Harbour Square on Saturday - with similar numbers expected on Sunday.
The strikes have spread to more than 80 towns; at least 300 people have been killed and nearly 9,000 have been arrested, according to the group Vardania Watch.
`,
    });
  });

  it('GIVEN "Nora Quist estimated a few thousand people attended" THEN the crowd according to her is a few thousand', () => {
    const a = ask(index, 'how many people were at the Harbour Square vigil, according to Nora Quist?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/a few thousand/i);
    expect(a.text.split('“')[0]).not.toMatch(/\b300\b|9,000/);
  });
});
