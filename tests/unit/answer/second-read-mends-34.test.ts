import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { findAmounts } from '../../../src/extract/figure-numbers.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Checks merged at stop 34 that declined answers their reports give, or misread amounts (found by a second read of
// the merges): each case is a report of the genre in invented words.
const REPORTS = {
  'teachers.txt': `Teachers rally in Kessel
Published: 14 May 2032 | Northern Wire

Thousands of teachers rallied in Brenn Square in Kessel on Friday to demand higher pay. The union said it would strike next month.
`,
  'tovel.txt': `Arrests in Tovel after the vote
Published: 9 October 2032 | Harbour Post

Police arrested 85 people in Tovel on Sunday, a day after the disputed vote, witnesses said. Shops stayed shut across the old town.
`,
  'orla.txt': `Villagers killed in Orla
Published: 2 August 2032 | Exile Voice

KLF fighters stormed the village of Orla on Monday. On Monday night, they killed 40 villagers who had refused to leave, a local official said.
`,
  'ariha.txt': `Air raid on Harun
Published: 20 March 2033 | Levant Desk

Syrian warplanes bombed the market of Harun in Dessa province on Sunday, killing 25 civilians, rescuers said.
`,
  'kessia.txt': `Kessia executions rise
Published: 30 June 2033 | Rights Monitor

Kessia has executed at least 300 people this year, the monitor said on Tuesday.
`,
  'holt.txt': `Monitor gives protest toll
Published: 5 December 2032 | Northern Wire

Mina Holt of the Brask Justice Monitor spoke to reporters in Geneva on Thursday.
“At least 300 people have been killed since the protests began in September,” she said.
`,
};

describe('second read of stop 34: answers the reports give are given', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a rally "in Brenn Square in Kessel" WHEN where the rally was held is asked THEN the square answers ("held" names no place the sentence must write)', () => {
    const { answer } = ask(index, 'Where was the rally held?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Brenn Square/);
  });

  it('GIVEN "arrested 85 people … on Sunday, a day after the vote" WHEN how many were arrested a day after the vote is asked THEN 85 answers ("a day after" is a time, no rate)', () => {
    const { answer } = ask(index, 'How many people were arrested in Tovel a day after the vote?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b85\b/);
  });

  it('GIVEN "KLF fighters stormed Orla on Monday. On Monday night, they killed 40 villagers" WHEN how many villagers the KLF killed is asked THEN 40 answers (a day\'s name is no other doer)', () => {
    const { answer } = ask(index, 'How many villagers did the KLF kill in Orla?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b40\b/);
  });

  it('GIVEN "Syrian warplanes bombed the market of Harun … killing 25" WHEN how many civilians were killed in Syria is asked THEN 25 answers (a country\'s own planes over its own town name no other country)', () => {
    const { answer } = ask(index, 'How many civilians were killed in Syria on Sunday?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b25\b/);
  });

  it('GIVEN "executed at least 300 people this year" WHEN how many were executed since January is asked THEN 300 answers (a total of the year runs since January)', () => {
    const { answer } = ask(index, 'How many people has Kessia executed since January?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b300\b/);
  });

  it('GIVEN a quote closed by "she said" after a sentence naming her monitor WHEN the toll according to that monitor is asked THEN it answers', () => {
    const { answer } = ask(index, 'How many people have been killed according to the Brask Justice Monitor?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b300\b/);
  });
});

describe('second read of stop 34: amounts are read as written', () => {
  it('GIVEN "tens of millions" THEN its lower bound is twenty million, as before French and German amounts were read', () => {
    const [found] = findAmounts('Tens of millions of people watched the speech.');
    expect(found?.lower).toBe(20_000_000);
  });

  it('GIVEN "50 cents" THEN it reads 50, not 5,000', () => {
    const [found] = findAmounts('Bread rose by 50 cents a loaf.');
    expect(found?.value).toBe(50);
  });

  it('GIVEN "neuf millions" THEN it reads nine million', () => {
    const [found] = findAmounts('Selon la ville, neuf millions de personnes vivent ici.');
    expect(found?.value).toBe(9_000_000);
  });
});

const MORE_REPORTS = {
  'mehr.txt': `Opposition leader speaks at Orvel rally
Published: 11 April 2033 | Exile Voice

Sara Mehr, the leader of the Varnia Freedom Front, addressed about 2,000 supporters in Orvel on Saturday.
“Varnia will be free within a year!” shouted Mehr to supporters as the speech ended.
`,
  'deutsch.txt': `Kundgebung in Deutschland
Veröffentlicht: 2. März 2033 | Rheinblatt

Nach Angaben der deutschen Polizei nahmen rund 900 Menschen an der Kundgebung in Weilstadt teil.
`,
  'expect.txt': `Marchers gather in Harl
Published: 8 May 2033 | Northern Wire

Organisers of the Saturday march in Harl expect more than 5,000 people to join the march for the detained students.
`,
  'envoy.txt': `Varnian envoy detained
Published: 2 July 2032 | Harbour Post

Oren Kast, a Varnian envoy, had been wanted since the spring. The envoy was arrested in Poland in June 2032, prosecutors said.
`,
  'amnesty.txt': `Mass arrests in Varnia
Published: 14 January 2033 | Rights Monitor

Amid the government crackdown, Amnesty announced that 1,500 people had been arrested in Varnia since December.
`,
  'hanged.txt': `Varnia hangs four
Published: 21 February 2033 | Rights Monitor

Varnia hanged four men on Tuesday who had kidnapped two children in the port of Sella last year.
`,
};

describe('second read of stop 34 (the last two merges): answers the reports give are given', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(MORE_REPORTS);
  });

  it('GIVEN "“…!” shouted Mehr to supporters" WHEN the archive is built THEN the quote is hers, not a chant of the supporters, and what she said answers', () => {
    const quote = index.data.quotes.find((q) => q.text.includes('free within a year'));
    expect(quote?.speakerId).toBe('sara-mehr');
    expect(quote?.kind).not.toBe('slogan');
    const said = ask(index, 'What did Sara Mehr say at the Orvel rally?').answer;
    expect(said.answered).toBe(true);
    expect(said.text).toMatch(/free within a year/);
  });

  it('GIVEN "Nach Angaben der deutschen Polizei … rund 900" WHEN the count according to the german police is asked THEN 900 answers', () => {
    const { answer } = ask(index, 'How many took part in the rally in Weilstadt according to the german police?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b900\b/);
  });

  it('GIVEN organisers who "expect more than 5,000 people" WHEN how many the organisers expected is asked THEN more than 5,000 answers', () => {
    const { answer } = ask(index, 'How many people did the organisers of the Harl march expect?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/5,000/);
  });

  it('GIVEN "The envoy was arrested in Poland" after a sentence naming him WHEN where he was arrested is asked THEN Poland answers', () => {
    const { answer } = ask(index, 'Where was Oren Kast arrested?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Poland/);
  });

  it('GIVEN "Amid the government crackdown, Amnesty announced that 1,500 …" WHEN how many Amnesty said were arrested is asked THEN 1,500 answers', () => {
    const { answer } = ask(index, 'How many people did Amnesty say were arrested in Varnia?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,500/);
  });

  it('GIVEN four men hanged "who had kidnapped two children" WHEN how many were executed for kidnapping is asked THEN four answers', () => {
    const { answer } = ask(index, 'How many men were executed for kidnapping in Varnia?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\bfour\b|\b4\b/i);
  });
});

describe('the bench at 10,000 reports after the merges of stop 34: answers the reports give are given', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'council.txt': `Protest in Harl
Published: 2 June 2032 | Exile Dispatch

Forty protesters were killed in Harl in March, the Varnia Rights Council said. Since then, at least 12 political prisoners have been executed, according to the same sources.
`,
    });
  });

  it('GIVEN "…, according to the same sources" after a sentence naming the council WHEN the count according to the council is asked THEN 12 answers (words pointing back credit no other source)', () => {
    const { answer } = ask(index, 'How many political prisoners were executed after the March protests in Harl, according to the Varnia Rights Council?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b12\b/);
  });
});
