import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Failure classes of the fourteenth probe (commemorations, water protests, airliner vigils, Syria), pinned with
// reports written for the tests (invented places, people, bodies).
const REPORTS = {
  'marrowgate-fast.txt': `Fast to protest the recent executions and to remember the 1977 prison killings
Large demonstrations by Corlish exiles to take place August 14th at Marrowgate
The demonstration will highlight the regime's use of the death penalty.
The protestors will be raising awareness of the 1977 killings of 9,000 political prisoners by the Corlish state.
`,
  'vellmar-gedenken.txt': `Vellmar: Gedenken an die Opfer der Gefängnismorde 1977

Anlässlich der Gefängnismorde im Sommer 1977 hatte der Verein für Exilierte zu einer Gedenkfeier am 3. Mai 2029 auf dem Lindenplatz in Vellmar eingeladen.

Redner war der Vereinsvorsitzende Oskar Tamsel.
`,
  'tarsk-water.txt': `Water protests spread in Tarsk province

Protests have erupted in Tarsk province over the lack of drinking water. According to Lantern Rights Watch, in interviews with local outlets, relatives reported the deaths of three men during the protests.

On June 9, the Corlish State Wire (CSW) reported that a fourth protester in the town of Obel was killed.
`,
  'lorvania-refugees.txt': `Refugees in Lorvania pass half a million

Dask, Lorvania - More than half a million people fleeing the war have registered as refugees in Lorvania, the UN said on Monday.

Tamir, a 17-year-old from Vossa, was recorded by the UNHCR as the half-millionth refugee to be registered in the country.
`,
  'orvel-memorial.txt': `Exhibition marks the killings of 1977

CORLAN - An exhibition was set up in Orvel on Friday to mark the 40th anniversary of the massacre of 9,000 political prisoners in 1977 in Corland.
`,
  'tarsk-dead.txt': `Rights group fears for detained protesters in Tarsk

Protests against the water shortage have spread to five provinces. Of the nine confirmed protesters killed in the first days, only five have been named by officials.
`,
  'tarsk-arrests.txt': `Sweeping arrests amid water protests in Tarsk

The local Brenner channel listed the names of 240 people who have been arrested.
`,
  'dask-rally.txt': `L'opposition corlaise manifeste lundi à Dask

Le rassemblement débutera à 10 h 45 place Anton Vell à Dask et se prolongera par une courte marche vers la place Morel. Le cortège passera notamment par la rue Tissot et l’avenue de Lanz.
`,
  'osria-jails.txt': `Arrests mount as Osrian protests go on

The Lantern Centre has learned of nearly 90 arrests in Varnholt. In Stellin prison, authorities allocated a hall with the capacity of more than 120 prisoners to make room for the new detainees.
`,
  'velden-mourning.txt': `Thousands mourn the victims of the downed airliner

Ceremonies are taking place across Dornia today, one of which is in Velden (capital of the province of Marsh), where Prime Minister Ilse Varga is to address thousands of people.
`,
  'marrow-photos.txt': `A photo exhibition on Osria's secret prisons

Last Tuesday I went to the Lantern Exhibition hosted by the charity HOPE in the KTA Gallery, Marrow.
`,
};

describe('fourteenth probe: a town the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a town the archive writes only in a sentence ("in Vellmar eingeladen") THEN "when was the Vellmar memorial" is not dated by a report that never names it', () => {
    const a = ask(index, 'When did the Vellmar memorial for the victims of the 1977 prison killings take place?').answer;
    expect(a.text).not.toMatch(/August 14/);
    expect(a.text).toMatch(/May 3, 2029/);
  });
});

describe('fourteenth probe: who is asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "According to X, … relatives reported three deaths" THEN the group the news is credited to said it, named whole ("… Rights Watch")', () => {
    const a = ask(index, 'Which rights group said relatives reported three men dead in the Tarsk water protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Lantern Rights Watch/);
    expect(a.text).not.toMatch(/Corlish State Wire/);
  });

  it('GIVEN "X was recorded by the agency as the half-millionth refugee" THEN "who was the half-millionth refugee" is X, not the agency nor the UN', () => {
    const a = ask(index, 'Who was the half-millionth refugee registered in Lorvania?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tamir/);
  });
});

describe('fourteenth probe: counts and places', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the massacre of 9,000 political prisoners" THEN the prisoners are counted as killed, not as arrested', () => {
    const a = ask(index, 'How many political prisoners were massacred in 1977, per the report on the Orvel exhibition?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/9,000/);
    expect(a.text).not.toMatch(/arrested|detained/);
  });

  it('GIVEN "Of the nine confirmed killed, only five have been named by officials" THEN "how many did officials name" is the part, five', () => {
    const a = ask(index, 'Of the protesters confirmed killed in the Tarsk protests, how many did officials name?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Five\b/i);
  });

  it('GIVEN a count asked "according to <a body>" THEN a figure from a report that never names that body is refused', () => {
    const a = ask(index, 'How many people were arrested in the Tarsk water protests according to Lantern Rights Watch?').answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN "Le rassemblement débutera à 10 h 45 place A … passera par B" THEN the rally starts at A, not at a street it passes', () => {
    const a = ask(index, 'Where did the Corlish opposition rally in Dask start?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Place Anton Vell/i);
  });
});

describe('fourteenth probe: what a sentence tells around a count or a place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "a hall with the capacity of more than 120 prisoners" THEN no one is counted as arrested by it', () => {
    const a = ask(index, 'How many arrests in Varnholt did the Lantern Centre learn of during the Osrian protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b90\b/);
    expect(a.text).not.toMatch(/120/);
  });

  it('GIVEN "in Velden (capital of the province of Marsh), where the prime minister is to address thousands" THEN Velden is where, not the province nor the country', () => {
    const a = ask(index, 'Where was Ilse Varga due to address thousands of people at a ceremony for the airliner victims?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Velden/);
  });
});

describe('fourteenth probe: venues of culture', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "hosted by the charity HOPE in the KTA Gallery, Marrow" THEN a gallery named by an acronym is where the exhibition was', () => {
    const a = ask(index, 'Where in Marrow was the Lantern photo exhibition held?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/KTA Gallery/);
  });
});

describe('fourteenth probe: a speaker named after the noun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Redner war der Vereinsvorsitzende Oskar Tamsel" THEN he spoke at the Vellmar memorial', () => {
    const a = ask(index, 'Who spoke at the Vellmar memorial for the victims of the prison killings?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Oskar Tamsel/);
  });
});
