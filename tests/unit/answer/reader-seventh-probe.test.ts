import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Failure classes seen on real reports the engine had never read (the seventh probe), pinned with reports written for
// the tests: invented places, people, bodies and numbers.

// "The number of executions in X rose to N in YEAR" counts the executed; "Among those executed were 18 women" is a
// part of it, never the total; a year the report gives no count for is not answered with another year's.
describe('a total told as "the number of executions rose to N"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'nordia-executions.txt': `The number of executions in Nordia soared to 644 in 2031, the highest total since 2019, according to a report published by the League rights office on Monday. Among those executed were 18 women, several of them convicted over the deaths of violent spouses.
Most of the executions were for drug offences, the report noted.
The 2031 figure, up from 502 executions in 2030, shows the growing use of the death penalty in the country. A spokesperson for the office said the execution of 18 women last year was the highest in a decade.
`,
    });
  });

  it('GIVEN the number of executions rose to 644 THEN how many people were executed that year is 644, not the women among them', () => {
    const a = ask(index, 'How many people did Nordia execute in 2031 according to the League rights office?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^644\b|\b644 (people|executions)/);
    expect(a.text).not.toMatch(/^18 women/);
    // 502 is the count of 2030 ("up from 502 executions in 2030"), not of the year asked.
    expect(a.text).not.toMatch(/\b502\b/);
    // "according to a report published by the League rights office": the office is the source.
    expect(a.text).toMatch(/according to the League rights office/i);
  });

  it('GIVEN "Among those executed were 18 women" THEN how many women were executed is 18', () => {
    const a = ask(index, 'how many women were executed in Nordia in 2031?').answer;
    expect(a.text).toMatch(/\b18 women\b/);
  });

  it('GIVEN counts told for 2031 and 2030 only THEN a question about 2028 is not answered with any of them', () => {
    const a = ask(index, 'How many people did Nordia execute in 2028 according to the League rights office?').answer;
    expect(a.answered).toBe(false);
  });
});

// A crowd asked ("how many people marched") is not answered by the dead a sentence counts ("leaving more than 300
// people dead"), an age ("Lena Marsh, 31, marched"), the cousins of a banner ("with three cousins that said “…”") or
// officials a sentence about no gathering counts.
describe('counts that are no crowd', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'harbourton-march.txt': `Exiles march through Harbourton for Vardania

Harbour Wire

Large crowds of Vardanian exiles marched through Harbourton on Saturday, a month after the arrest of a student in the capital set off the unrest.
Security forces in Vardania have fired on crowds, leaving more than 300 people dead, according to rights groups.
Lena Marsh, 31, marched as she carried a long banner with three cousins that said “bread, work, freedom.”
“This is no longer a protest, it is a revolution,” said Ms. Marsh.
The city council added 14 Vardanian officials to its list of banned visitors.
`,
      'harbourton-sixth-week.txt': `Support for Vardanians holds in Harbourton as the unrest enters its sixth week

Harbour Evening News

Protesters marched again through Harbourton on Sunday as the unrest in Vardania entered its sixth week.
Police warned drivers of delays as the march made its way from the old bridge to the harbour gardens.
`,
    });
  });

  it('GIVEN no report counting the marchers of the sixth week THEN how many marched is not answered with the dead, an age, cousins or officials', () => {
    const a = ask(index, 'How many people marched in Harbourton when the unrest in Vardania entered its sixth week?').answer;
    expect(a.text).not.toMatch(/\b300\b|\b31\b|three cousins|\b14\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN a banner "that said “…”" THEN its words are not those of the woman who carried it', () => {
    const a = ask(index, 'What did Lena Marsh say at the Harbourton march?').answer;
    expect(a.text).toMatch(/no longer a protest/);
    expect(a.text).not.toMatch(/bread, work/);
    const q = index.data.quotes.find((x) => x.text.startsWith('bread, work'));
    expect(q?.kind).toBe('banner');
  });

  it('GIVEN "leaving more than 300 people dead" THEN how many were killed is still 300', () => {
    const a = ask(index, 'according to rights groups how many people had been killed in Vardania at the time of the Harbourton march?').answer;
    expect(a.text).toMatch(/\b300\b/);
  });
});

// One end of a route asked in other words: "where did they gather before marching to the town hall" asks where it
// set off from; "where did they march to" asks its end, also when the report tells it backwards ("marched to A from
// B"); a waterfront or a memorial is a place.
describe('the ends of a route', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kelmouth-day-of-action.txt': `Kelmouth joins the day of action for Vardania

Coast Chronicle

Exiles and their friends walk towards Lantern Square in Kelmouth for the day of action on Saturday, May 4, 2030.
Crowds gathered at Miller's Green before making their way towards the town hall, chanting for the prisoners.
`,
      'kelmouth-third-week.txt': `Kelmouth marches again as the Vardania strikes enter a third week

Coast Evening Post

Police warned drivers of delays as marchers went to Salt Harbour from the Old Mill Memorial on Sunday.
Hundreds held candles for the prisoners as the strikes in Vardania entered their third week.
`,
    });
  });

  it('GIVEN "gathered at A before making their way towards the town hall" THEN where they gathered before marching to the town hall is A', () => {
    const a = ask(index, 'Where did the Kelmouth day of action gather before marching to the town hall?').answer;
    expect(a.text).toMatch(/^Miller's Green/);
  });

  it('GIVEN "went to Salt Harbour from the Old Mill Memorial" THEN where the marchers went to is Salt Harbour', () => {
    const a = ask(index, 'where did the marchers go to in Kelmouth as the strikes entered their third week?').answer;
    expect(a.text).toMatch(/^Salt Harbour \(/);
  });
});

// "…, according to CMRN?": the body asked by the acronym the report gives after its name ("X (CMRN), which runs clinics
// in the valley, said the number of civilians killed … stood at more than 420"); other bodies' figures are not its.
describe('a figure asked of a body by its acronym', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'dravo-assault.txt': `Relief groups warn as the Dravo assault widens

Valley Dispatch

The army broke a truce and launched a heavy assault on Dravo and the villages around it in March, killing hundreds in six weeks.
The Coast-based Coastal Medical Relief Network (CMRN), which runs clinics in the valley, said the number of civilians killed by government forces stood at more than 420. The UN relief office has said more than 300 civilians have died in the fighting.
`,
      'dravo-strikes.txt': `Monitor counts strikes on Dravo clinics

Hill Courier

The Valley Monitor said it had registered 27 strikes on clinics in the Dravo offensive. More than 390 civilians have been killed in those strikes, it added.
`,
    });
  });

  it('GIVEN "X (CMRN), which runs clinics, said the number of civilians killed … stood at more than 420" THEN according to CMRN it is 420', () => {
    const a = ask(index, 'how many civilians were killed in the dravo offensive according to CMRN?').answer;
    expect(a.text).toMatch(/^More than 420/);
    expect(a.text).toMatch(/according to (?:the )?Coastal Medical Relief Network/);
    expect(a.text).not.toMatch(/\b300\b|\b390\b/);
  });

  it('GIVEN the body asked by its full name THEN other bodies\' figures are not listed beside its own', () => {
    const a = ask(index, 'how many civilians were killed in the dravo offensive according to the Coastal Medical Relief Network?').answer;
    expect(a.text).toMatch(/\b420\b/);
    expect(a.text).not.toMatch(/\b300\b|\b390\b|hundreds/);
  });
});

// A German report: "Die Kundgebung wurde vom X organisiert" names the organiser after "vom", the verb last; what the
// crowd demonstrated against ("gegen den … Militärrat demonstriert") is no organiser.
describe('an organiser in a German report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kelmhausen-kundgebung.txt': `Tausende demonstrieren in Kelmhausen für Vardania

Donau Kurier

Tausende Menschen haben am Samstag in Kelmhausen gegen den Vardanischen Militärrat demonstriert. Die Kundgebung wurde vom Nordischen Exilrat Vardania organisiert, einer in Nordburg ansässigen Gruppe. Die Polizei begleitete die Versammlung und berichtete von einem friedlichen Verlauf.
`,
    });
  });

  it('GIVEN "wurde vom Nordischen Exilrat Vardania organisiert" THEN the organiser is the Nordic Exile Council, not the regime demonstrated against', () => {
    const a = ask(index, 'who organised the kelheim demo?').answer;
    expect(a.text).toMatch(/^Nordischen Exilrat Vardania/);
    expect(a.text).not.toMatch(/^[^(]*Militärrat/);
  });
});

// "Where did they gather in Kelmouth": the town the question names is no answer, even when two events of the day match;
// a caption's place glued to its date ("… in Vardania-May 4, 2030") is no place.
describe('a venue in the town the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kelmouth-tag.txt': `Posts Tagged ‘Free Vardania Rally- Kelmouth D.C.’

May 4, March for change in Vardania by exiles in Kelmouth D.C.

Exiles march in Kelmouth D.C. in solidarity with the strikes for freedom in Vardania-May 4, 2030

Exiles and members of the Vardanian community gathered in front of the N.V. Trade Department in Kelmouth, D.C. on Saturday for the second of a series of rallies held this spring in coastal towns.`,
    });
  });

  it('GIVEN two events of the day held "in Kelmouth" and a caption "in Vardania-May 4" THEN neither the town asked nor the glued caption answers where they gathered in Kelmouth', () => {
    const a = ask(index, 'Where did the exiles gather in Kelmouth on May 4, 2030?').answer;
    expect(a.text).not.toMatch(/Vardania-May/);
    expect(a.text).not.toMatch(/held in Kelmouth/);
  });
});

// "From where did X address the rally?": where a speaker who joined from afar was ("addressed the crowd via video from
// Norland"), not where the rally was held.
describe('where a speaker joined from', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kelmouth-march-2031.txt': `Exiles march in Kelmouth on Workers' Day

Coast Chronicle

Thousands of Vardanian exiles marched from the Old Harbour to the Town Hall in Kelmouth on Saturday, May 3, 2031, demanding free elections.
Council chair Irena Voss addressed the crowd via video from Norland, declaring, “The hour of change has come.”
Mayor Piet Haldane also spoke at the rally.
`,
    });
  });

  it('GIVEN "addressed the crowd via video from Norland" THEN from where she addressed the rally is Norland', () => {
    const a = ask(index, 'From where did Irena Voss address the Kelmouth march in May 2031?').answer;
    expect(a.text).toMatch(/^Norland/);
    expect(a.text).not.toMatch(/held (?:at|in)/);
  });
});

// "Which party is X from?": the short name in brackets right after the person ("minister Anja Roth (NVP)"); what X
// "called" the demonstrators, told in German ("bezeichnete die Demonstranten als «…»").
describe('a party in brackets after a name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'tallby-kundgebung.txt': `Tausende fordern in Tallby Freiheit für Vardania

Nord Zeitung

Politiker wie der frühere Bürgermeister Lars Eng und Ex-Ministerin Anja Roth (NVP) sprachen zu den Teilnehmern. Die Kundgebung blieb friedlich.
Lars Eng bezeichnete die Demonstranten als «Stimme der Freiheit im Norden» und erklärte: «Wir stehen an eurer Seite.»
`,
    });
  });

  it('GIVEN "X bezeichnete die Demonstranten als «…»" THEN what X called the demonstrators is those words', () => {
    const a = ask(index, 'What did Lars Eng call the demonstrators in Tallby?').answer;
    expect(a.text).toMatch(/Stimme der Freiheit im Norden/);
  });

  it('GIVEN "Ex-Ministerin Anja Roth (NVP)" THEN the party of Anja Roth is NVP', () => {
    const a = ask(index, 'Which party is Anja Roth from?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^NVP/);
  });
});

// A French report dated only by a post embedded in it ("… — Name (@handle) May 10, 2031" closing its paragraph): its
// "Samedi" is that Saturday; "était accompagné de 40 maires" answers how many accompanied; "dirigée par les députés"
// tells who led a delegation, and "personnalités françaises" that they are French.
describe('a French report dated by an embedded post', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'tallby-rassemblement.txt': `Samedi s'est tenu à Tallby le rassemblement des exilés vardaniens pour une « Vardania libre ».

Jean Morel, maire de Tallby-Nord, était accompagné de 40 maires et élus, lors du rassemblement où ils ont annoncé leur soutien.

Une délégation de parlementaires et de personnalités françaises, dirigée par les députés Anne Lenoir et Marc Vidal, a apporté son soutien au rassemblement.

Pour une Vardania libre. A Tallby, ce samedi, avec nos amis. pic.twitter.com/abcd — Claire DUVAL (@cduval) May 10, 2031
`,
      'kelmouth-festival.txt': `Harbour festival opens in Kelmouth

Coast Chronicle

The mayor of Kelmouth opened the harbour festival on Sunday with elected officials and mayors from three towns.
`,
    });
  });

  it('GIVEN "Samedi" and a post signed on Saturday, May 10, 2031 THEN the rally was on May 10, 2031', () => {
    const a = ask(index, 'When was the rally at Tallby in 2031?').answer;
    expect(a.text).toMatch(/May 10, 2031/);
  });

  it('GIVEN "une délégation … françaises, dirigée par les députés A et B" THEN the French MPs who led it are A and B', () => {
    const a = ask(index, 'Which French MPs led the delegation to the Tallby rally in 2031?').answer;
    expect(a.text).toMatch(/Anne Lenoir/);
    expect(a.text).toMatch(/Marc Vidal/);
  });

  it('GIVEN "était accompagné de 40 maires et élus" THEN 40 mayors and officials accompanied him', () => {
    const a = ask(index, 'How many mayors and elected officials accompanied Jean Morel at Tallby in 2031?').answer;
    expect(a.text).toMatch(/^40 maires/);
  });
});

// "the Kelmouth Coastal Day of Action rally": the town before an event's name is where it was, no part of the name the
// report must write whole ("the Coastal Day of Action for Vardania … in Kelmouth").
describe('a town before the name of an event', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kelmouth-day-of-action-2031.txt': `Exiles march for Vardania

Coast Chronicle

Exiles and their friends march towards Lantern Square in Kelmouth for the Coastal Day of Action for Vardania rally on Saturday, June 7, 2031.
Security forces in Vardania have fired on crowds, leaving more than 150 people dead, according to rights groups.
`,
      'vardania-toll.txt': `Toll rises in Vardania

Valley Dispatch

The number of people killed in Vardania rose to 90 in May, a rights group said.
`,
    });
  });

  it('GIVEN "the Coastal Day of Action for Vardania rally … in Kelmouth" THEN the Kelmouth Coastal Day of Action rally is found', () => {
    const a = ask(index, 'according to rights groups how many people had been killed in Vardania at the time of the Kelmouth Coastal Day of Action rally?').answer;
    expect(a.text).toMatch(/\b150\b/);
  });
});

// A German report asked in English: "the Linden Gate" is its "Lindentor", "Norwegian" its "norwegische", a "prime minister"
// its "Premierminister".
describe('a German report asked about in English', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kelmhausen-lindentor.txt': `Tausende fordern in Kelmhausen Freiheit für Vardania

Donau Kurier

Tausende Menschen haben am Samstag vor dem Lindentor in Kelmhausen gegen die vardanische Junta demonstriert.
Internationale Politiker wie der frühere norwegische Premierminister Lars Eng und Ex-Ministerin Anja Roth (NVP) sprachen zu den Teilnehmern.
`,
      'kelmouth-march-english.txt': `Exiles march in Kelmouth

Coast Chronicle

Hundreds of exiles marched through Kelmouth on Sunday, and the mayor spoke at the harbour gate.
`,
    });
  });

  it('GIVEN "der frühere norwegische Premierminister Lars Eng … sprachen" THEN the former Norwegian prime minister who spoke at the Linden Gate is Lars Eng', () => {
    const a = ask(index, 'Which former Norwegian prime minister spoke at the Kelmhausen rally at the Linden Gate?').answer;
    expect(a.text).toMatch(/Lars Eng/);
  });
});
