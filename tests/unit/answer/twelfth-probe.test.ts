import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Failure classes of the twelfth probe, pinned with reports written for the tests (invented places, people, bodies).
const REPORTS = {
  'velmont-rassemblement.txt': `Rassemblement à Velmont pour les prisonniers de Korvanie

Samedi, près de deux cents personnes se sont réunies sur la place des Tilleuls à Velmont.

Entre les discours de membres du «Comité de soutien aux manifestants de Korvanie» et d'élus locaux tels que le maire adjoint Hugo Tessard et la députée LVP Nadia Corvel, les participants ont applaudi, allumé des bougies et scandé le slogan «Pain, dignité, justice».
`,
  'ostrel-sentence.txt': `Ostrel court jails blogger

An Ostrel court has sentenced the blogger Ovid Marsk to twelve years in prison for his posts about the dam protests.

The tribunal handed down the sentence on Monday, according to Vessna, the news site of the country's judiciary.

Marsk was arrested in March in the port of Halvik.
`,
  'kelmark-rally.txt': `Thousands of people gathered at Norrow Green in Kelmark on Saturday afternoon, calling for the release of the Ostrel prisoners.

Demonstrators carried flags and photos of the jailed bloggers.

Police in Kelmark said about 12,000 people attended the demonstration, which closed traffic along Harbour Row between Pike Lane and Vane Street.
`,
  'brenholm-vigil.txt': `Thousands gathered at Corran Fields in Brenholm on Saturday for a vigil for the jailed Ostrel bloggers, as part of what the exile writer Ilse Varga called a world day of action.

Tomas Renk, who attended the vigil, says the bloggers must be freed.

“We will come back every week until they are home,” he added.

Varga said Kelmark and Dunmere would be the main gathering points for exiles abroad.
`,
  'pellick-march.txt': `Hundreds marched through Pellick on Sunday for the jailed Ostrel bloggers.

Among those who addressed the crowd were MP Hanna Lodd and the city's mayor, Piet Voss.

“Silence is not an option,” Lodd said.
`,
  'dunmere-steps.txt': `Thousands gather in Dunmere to back the Ostrel bloggers

Thousands of people gathered on the steps of the Dunmere Library on Sunday before marching through the old town.

This is the second protest this week in Dunmere since the bloggers were jailed.

Mira Solberg was one of the organizers of the Dunmere rally on Sunday.

“We are here because our friends are in prison for a few posts,” Solberg said.
`,
  'council-truce.txt': `Assembly of Nations backs a 20-day truce in Halvor

The Assembly of Nations on Friday demanded a 20-day truce in Halvor after a week of shelling of the Marrow valley.

“A truce on paper means nothing without guarantees on the ground,” Varnian UN Ambassador Oleg Drask told the assembly after the vote.

The resolution was drafted by Ostrel and Kelmark.
`,
  'zarnia-toll.txt': `Zarnia Rights Desk | 20 June 2031

At least 88 people were killed and hundreds were injured between 4 and 7 June as police broke up the water protests in Zarnia, the Zarnia Rights Desk said.
`,
  'halvik-square.txt': `More than 300 exiles gathered in Halvik Square on Saturday to back the Zarnia water protests.

“What you are seeing is a dictatorship that is afraid of its own people,” former senator Ada Morrow said at the rally.

Morrow also spoke of the jailed reporters.
`,
  'marvelia-lawmaker-arrests.txt': `Marvelia lawmaker says 900 arrested in bread protests

DORVIK, Marvelia — An opposition lawmaker said Tuesday that some 900 people were arrested in the days of protests that shook Marvelia over the past two weeks.

The protests, which vented anger at bread prices, were the largest seen in years. At least 12 people have been killed in the unrest.

The official news website of the Marvelian parliament, mparl.mv, quoted Ilan Brekke of Dorvik as saying that several police forces detained the protesters.
`,
};

describe('twelfth probe: roles of two people named in one run', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "le maire adjoint A et la députée LVP B, les participants ont applaudi" THEN B is the députée, never a clause nor A\'s title', () => {
    const a = ask(index, 'Who is Nadia Corvel, who spoke at the Velmont rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/députée LVP/);
    expect(a.text).not.toMatch(/Tessard|maire adjoint|ont applaudi/);
  });
});

describe('twelfth probe: a news site credited with a report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, according to Vessna, the news site of the country\'s judiciary" THEN "which judiciary news site reported" is Vessna, not a place', () => {
    const a = ask(index, "Which judiciary news site reported the prison sentence of blogger Ovid Marsk?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Vessna/);
  });
});

describe('twelfth probe: a street closed for the crowd', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "12,000 attended the demonstration, which closed traffic along Harbour Row" THEN the rally police put at 12,000 was at Norrow Green', () => {
    const a = ask(index, 'Where in Kelmark was the rally for the Ostrel prisoners that police put at 12,000?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Norrow Green/);
    expect(a.text).not.toMatch(/^Harbour Row/);
  });
});

describe('twelfth probe: which politicians spoke', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a marcher quoted and an exile writer who called the day THEN "which politicians addressed the vigil" names neither', () => {
    const a = ask(index, 'Which politicians addressed the crowd at the Corran Fields vigil in Brenholm?').answer;
    expect(a.text).not.toMatch(/^(?:Speakers at|Tomas Renk|Ilse Varga)/);
    expect(a.text).not.toMatch(/Renk.*spoke|Varga.*spoke|^Tomas Renk|^Ilse Varga/);
  });

  it('GIVEN an MP and a mayor who addressed the crowd THEN "which politicians spoke at the Pellick march" still names them', () => {
    const a = ask(index, 'Which politicians spoke at the Pellick march for the Ostrel bloggers?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Hanna Lodd/);
  });
});

describe('twelfth probe: one of the organizers', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Mira Solberg was one of the organizers of the Dunmere rally" THEN she answers who organised it', () => {
    const a = ask(index, 'Who organised the Dunmere Library rally for the Ostrel bloggers?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Mira Solberg/);
  });
});

describe('twelfth probe: a speaker asked by office', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…,” Varnian UN Ambassador Oleg Drask told the assembly" THEN "what did Varnia\'s UN ambassador say" quotes him', () => {
    const a = ask(index, "What did Varnia's UN ambassador say after the vote on the Halvor truce?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/guarantees on the ground/);
  });
});

describe('twelfth probe: a slogan in a French run-on sentence', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a body\'s quoted name holding "manifestants" before "scandé le slogan «…»" THEN the slogan is the crowd\'s', () => {
    const a = ask(index, 'What slogan did the protesters chant at the Velmont rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/“Pain, dignité, justice”/);
  });
});

describe('twelfth probe: a span of days told with one month', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "killed … between 4 and 7 June" THEN "between which days" answers from June 4 to June 7, not June 7 alone', () => {
    const a = ask(index, 'Between which days were the 88 protesters killed in the Zarnia water protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^From June 4 to June 7/);
  });
});

describe('twelfth probe: the regime named in other words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN words on "a dictatorship that is afraid of its own people" THEN "what did X say about Zarnia\'s rulers" quotes them', () => {
    const a = ask(index, "What did Ada Morrow say about Zarnia's rulers?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/afraid of its own people/);
  });
});

describe('twelfth probe: a town\'s police as the claimant', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Police in Kelmark said about 12,000 people attended" THEN the count is the police\'s, not another body\'s', () => {
    const a = ask(index, 'How many people attended the Norrow Green rally in Kelmark, according to police?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^About 12,000 people/);
  });

  it('GIVEN a long occasion name before "- police estimate?" THEN it is read as the police\'s count of the crowd', () => {
    const a = ask(index, 'Kelmark rally for the Ostrel prisoners at Norrow Green - police estimate?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/12,000/);
  });
});

describe('twelfth probe: countries as doers', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The resolution was drafted by Ostrel and Kelmark" THEN "which countries drafted it" names both', () => {
    const a = ask(index, 'Which countries drafted the Halvor truce resolution?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Ostrel, Kelmark/);
  });
});

describe('twelfth probe: a claimant named sentences after the count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "An opposition lawmaker said … some 900 people were arrested" and later "quoted Ilan Brekke … as saying" THEN the 900 are his count', () => {
    const a = ask(index, 'How many people did opposition MP Ilan Brekke say were arrested in the Marvelia protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Some 900 people/);
  });
});
