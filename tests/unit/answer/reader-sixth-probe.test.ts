import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { inQuestion } from '../../../src/answer/reader/candidate.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';

// Failure classes seen on real reports the engine had never read (the sixth probe), pinned with reports written for
// the tests: invented places, people and bodies.
const REPORTS = {
  'korvath-shelling.txt': `Monitor: more than 400 civilians killed in a month of shelling on Korvath and its outskirts

The Valley Rights Monitor

The fighting has gone on since the 2nd of May 2031 on the edges of Korvath, after rebel brigades stormed the southern outskirts and cut the main road.

While the Valley Rights Monitor recorded from the 2nd of May until today the 2nd of June 2031 the deaths of 412 civilians, including 97 children and 51 women, as follows: 160 civilians including 30 children were killed by air strikes on the old quarters of Korvath, 140 civilians including 40 children by artillery on the villages around it, and 112 civilians by rockets fired at the western districts.
`,
};

describe('sixth probe: classes of failure on unseen reports', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a total before a colon and its breakdown after it THEN the total answers for the place the report is about', () => {
    const a = ask(index, 'how many civilians did the monitor record killed in Korvath and its outskirts between 2 May and 2 June 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^412 civilians/);
    const kids = ask(index, 'how many children were among the civilians killed in Korvath during that month of shelling in 2031?').answer;
    expect(kids.text).toMatch(/^97 children/);
  });

  it('GIVEN "While the Monitor recorded …" THEN the claimant is the Monitor, not "While the Monitor"', () => {
    const a = ask(index, 'how many civilians did the Valley Rights Monitor record killed in Korvath between 2 May and 2 June 2031?').answer;
    expect(a.text).toMatch(/according to the Valley Rights Monitor/);
    expect(a.text).not.toMatch(/according to While/);
  });
});

// A name the archive writes is looked for as written: one letter or two apart, it is another name of another report.
const NAMES = {
  'lindqvist-square.txt': `Exiles rally in Cathedral Square

Northern Exile News

Exiles held a rally on Wednesday in Cathedral Square, urging the government to follow the court's ruling on the opposition movement.

Former minister Lord Haddington and the writer Petra Moll were among the speakers.
`,
  'hastington-march.txt': `Thousands march in Hastington

Harbour Wire

Hastington - Thousands of people marched on Saturday through the centre of Hastington in support of the protests abroad. One of the organisers said attendance would pass 12,000 by the end of the afternoon.
`,
};

describe('sixth probe: a name written in the archive is not matched to a neighbour spelling', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(NAMES);
  });

  it('GIVEN a crowd size told only for another city whose name is two letters from the speaker asked THEN it is not the answer', () => {
    const a = ask(index, 'how many people attended the cathedral square rally where lord haddington spoke?').answer;
    expect(a.text).not.toMatch(/12,000/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the name misspelt in the question, and no such name in the archive THEN the typo is still allowed', () => {
    const a = ask(index, 'who spoke with lord hadington at the cathedral square rally?').answer;
    expect(a.text).toMatch(/Moll/);
  });
});

// An official toll with its parts ("…, nine of whom were guards"), and a rights group's toll told only as "has put the
// number at": a question naming one claimant is not answered with the others' figures.
const TOLLS = {
  'lindmark-toll.txt': `Official gives first toll of the March protests

Coastal Herald

Tuesday, 4 June, 2031

A senior lawmaker said Monday that 180 people were killed in the March protests, nine of whom were guards, the state agency reported.

"During these events 180 people were killed," said Oren Malik, head of the parliament's security committee.

The protests erupted on March 3, 2031 in a few towns before spreading to at least 60 towns across the country.

The Relief League has put the number at 245, and the Exiles' Council claimed that more than 900 were killed in the protests.

The Harbour Monitor called for an independent inquiry into the killings.
`,
  'lindmark-rights.txt': `Rights group's count of the March protests

Coastal Herald

Tuesday, 4 June, 2031

The lawmaker's estimate is far lower than the count kept by the group Lantern Rights, which has recorded that 312 protesters have been killed in the March protests, including 40 children.
`,
};

describe('sixth probe: parts of a toll and the claimant asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(TOLLS);
  });

  it('GIVEN "180 people were killed, nine of whom were guards" THEN nine is no toll of its own', () => {
    const a = ask(index, 'how many people were killed in the March 2031 protests according to Oren Malik?').answer;
    expect(a.text).toMatch(/180/);
    expect(a.text).not.toMatch(/nine people were killed|\b9 people were killed/i);
  });

  it('GIVEN two claimants in one sentence, each in its own clause THEN the one asked is credited with its own figure, and others\' figures do not answer', () => {
    const a = ask(index, 'what death toll did the Relief League give for the March 2031 protests?').answer;
    expect(a.text).toMatch(/^245, according to (the )?Relief League/);
    expect(a.text).not.toMatch(/According to [^“]*900|According to Oren Malik/);
  });

  it('GIVEN a body named in the report but credited with no figure THEN no figure is given as its own', async () => {
    const one = await archiveOfTexts({ 'lindmark-toll.txt': TOLLS['lindmark-toll.txt'] as string });
    const a = ask(one, 'what death toll did the Harbour Monitor give for the March 2031 protests?').answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN "the group X, which has recorded that 312 …" THEN 312 is credited to X, not to whoever spoke before', () => {
    const a = ask(index, 'how many protesters had Lantern Rights recorded as killed in the March 2031 protests?').answer;
    // (Told by the structured index or by the reader: 312 is Lantern Rights', and no one else's figure is given for it.)
    expect(a.text).toMatch(/^312 protesters, according to Lantern Rights|^According to Lantern Rights \([^)]*\), 312 protesters/);
    expect(a.text).not.toMatch(/according to (?!Lantern Rights)[^,;]*,[^;]*\b312\b/i);
    expect(a.text).not.toMatch(/state agency|Exiles' Council/);
  });
});

// "Who called the marches 'riots'?" names what someone called them; it does not ask who called (organised) them.
const CALLED = {
  'ostrava-marches.txt': `Rights group: 214 killed since the marches began

Harbour Wire

December 22, 2031

According to the latest count by the Lantern Rights group, 214 people have been killed since the marches began in September.

The count covers the period from 20 September to 7 December.

Two days ago, President Dalen Voss defined the protest marches as “riots”.
`,
  'ostrava-rally.txt': `Exiles rally in Tallow

Exile Weekly

On Saturday, December 17 a rally was held in front of the embassy in Tallow at the invitation of the Coastal Solidarity Committee.
`,
};

describe('sixth probe: "called X \'Y\'" names, it does not organise', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(CALLED);
  });

  it('GIVEN "who called the protest marches \\"riots\\"" THEN it is not answered with who organised a protest', () => {
    const a = ask(index, 'Who called the protest marches "riots" in December?').answer;
    expect(a.text).not.toMatch(/organised by|Coastal Solidarity Committee/);
    if (a.answered) expect(a.text).toMatch(/^(?:President )?(?:Dalen )?Voss/);
  });

  it('GIVEN "who called the rally" with no name given THEN it still asks the organiser', () => {
    const a = ask(index, 'who called the rally in front of the embassy in Tallow?').answer;
    expect(a.text).toMatch(/Coastal Solidarity Committee/);
  });
});

// "Which LP party leader spoke …": neither a people's adjective ("the Nordish government") nor the party's letters the
// question itself gives are who spoke.
const LEADER = {
  'velbeck-field.txt': `More than a thousand rally in Velbeck for the miners

More than a thousand people gathered on the Tornfield in Velbeck on Saturday to support the striking miners. The initiators, including Green MP Anna Stroh and former Labour leader Piet Vos, are calling on the Nordish government to speak out against the mine owners.

Several politicians spoke at the meeting, including LP party leader Mira Holt and Tomas Brenn of the Left.
`,
};

describe('sixth probe: a people\'s adjective or the question\'s own letters are nobody', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(LEADER);
  });

  it('GIVEN "which LP party leader spoke" THEN neither "Nordish" nor "LP" is the answer', () => {
    const a = ask(index, 'Which LP party leader spoke at the Velbeck rally for the miners?').answer;
    expect(a.text).not.toMatch(/^(?:Nordish|LP)\b/);
    if (a.answered) expect(a.text).toMatch(/Mira Holt/);
  });

  it('GIVEN a name of two letters the question gives ("LP") THEN it is the question\'s, not a candidate answer', () => {
    const a = analyseQuestionFor(cleanQuestion('Which LP party leader spoke at the Velbeck rally for the miners?'), lexiconOf(index));
    expect(inQuestion(a, ['lp'])).toBe(true);
    expect(inQuestion(a, ['mira', 'holt'])).toBe(false);
  });
});

// A count its own clause dates to another year is not the count of the year asked.
const SPREE = {
  'vardania-spree.txt': `Two rights organizations say Vardania has executed at least 150 prisoners between January 1 and June 30, 2031, at a pace not seen for years.

The groups warned that if executions continue at this pace, they will soon pass the total of 290 executions recorded for the whole of 2030, according to the Relief League's data.

Most of those hanged had been convicted after unfair trials.
`,
};

describe('sixth probe: another year\'s total', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(SPREE);
  });

  it('GIVEN "the total of 290 executions recorded for the whole of 2030" THEN it is no count of 2031', () => {
    const a = ask(index, 'How many executions did the Relief League record in Vardania in the first half of 2031?').answer;
    expect(a.text).not.toMatch(/^290/);
    const own = ask(index, 'how many executions did the Relief League record in Vardania for the whole of 2030?').answer;
    expect(own.text).toMatch(/290/);
  });

  it('GIVEN "Two rights organizations say … has executed" THEN the organizations are no figure of the executed', () => {
    const bodies = index.data.figures.filter((f) => f.measure === 'executed' && /organi[sz]ations/.test(f.counted ?? ''));
    expect(bodies).toEqual([]);
    const a = ask(index, 'how many prisoners were executed in Vardania between January 1 and June 30, 2031?').answer;
    expect(a.text).not.toMatch(/organizations were executed/i);
  });
});

// "What party is X from?": the name the noun asked stands by ("the VK5 party"), not a title a few words away ("MP").
const PARTY = {
  'tallow-exhibition.txt': `Tallow—May 3, 2031: Exiles Held a Rally and Photo Exhibition

Tallow, May 3, 2031: Exiles and supporters of the opposition held a rally and photo exhibition in memory of the victims of the crackdown.

In this rally, Mr. Aart Venema, MP from the VK5 party of the Lowlands, delivered a speech to the community and supported the protests.
`,
};

describe('sixth probe: the name the noun asked stands by', () => {
  it('GIVEN "MP from the VK5 party" THEN "what party" is answered with VK5, not MP', async () => {
    const index = await archiveOfTexts(PARTY);
    const a = ask(index, 'what party is Aart Venema from?').answer;
    expect(a.text).toMatch(/^VK5\b/);
  });
});

// "Where did X give his briefing on the Korvath offensive?": the offensive is the briefing's topic, not where it was
// given; and "Dornas and Velbeck provinces" is a region, no venue in a city.
const BRIEFING = {
  'korvath-displaced.txt': `Aid office: more than 20,000 displaced in the Korvath offensive

May 12, 2031

More than 20,000 people have fled their homes in the north since the army and its allies resumed air and ground attacks on Korvath last week, the aid office said.

About 1.5 million people live in the rebel-held area, which comprises most of Korvath province and small parts of Dornas and Velbeck provinces.

“We are preparing for the possibility that civilians move in huge numbers,” aid office head Olav Brenn told a news briefing in Tallow.
`,
};

describe('sixth probe: a topic is not where a deed was done', () => {
  it('GIVEN "his news briefing on the Korvath offensive" THEN the briefing\'s own place answers', async () => {
    const index = await archiveOfTexts(BRIEFING);
    const a = ask(index, 'Where did Olav Brenn give his news briefing on the Korvath offensive in May 2031?').answer;
    expect(a.text).toMatch(/^Tallow\b/);
  });
});

// "When did the lawmaker give the toll?": the day of the saying ("said Monday"), not the month of what was said.
describe('sixth probe: when something was said or given', () => {
  it('GIVEN "said Monday that 180 were killed in the March protests" THEN the day of the saying answers', async () => {
    const index = await archiveOfTexts({ 'lindmark-toll.txt': TOLLS['lindmark-toll.txt'] as string });
    const a = ask(index, 'When did the senior lawmaker give the official death toll of 180 for the March 2031 protests?').answer;
    expect(a.text).toMatch(/^June 2, 2031/);
  });
});
