import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Failure classes of the tenth probe, pinned with reports written for the tests (invented places, people, bodies).
const REPORTS = {
  'marvelia-crackdown.txt': `At least 164 dead in Marvelia crackdown: monitor

At least 164 people, including 22 children, have been killed in Marvelia's crackdown on six weeks of protests over bread prices, the Varnholm-based Marvelia Rights Watch (MRW) said on Tuesday.

Earlier this month, riot police also killed at least another 58 people during separate clashes in the port of Qerlan, MRW said in a statement.
`,
  'durnov-students.txt': `Durnov students detained after march

Police in Durnov arrested 340 students after a march against tuition fees on Friday, the city's student union said.
`,
  'zarnia-half-year.txt': `Zarnia hangings rise

Zarnia executed at least 212 people in the first half of 2031, the Nordic Gallows Watch said on Monday.

The majority of them – 130 – were put to death for drug offences, the group said.

Among those put to death were four women and seven protesters.
`,
  'tolvik-revision.txt': `A toll revised upwards

In a statement published on Monday, March 9, the Harbour Rights League estimated that 412 people had died in Tolvik during the crackdown on the fuel protests from February 2 to 5, while an earlier count, released on February 23, stood at 287 dead.
`,
  'halvor-raids.txt': `Government air raids and shelling in the north of Halvor, including on a market in the city of Dunmere, killed 23 civilians on Thursday, a war monitor said.

The Halvor Civil Monitor said nine children were among those killed in the raids on Dunmere city and the towns of Pellick and Oster Vale.
`,
  'kestia-provinces.txt': `Rights group counts 140 dead in Kestia protests

A rights group said at least 140 people had been killed so far in demonstrations in Kestia, including at least 12 children.

“The highest number of killings occurred in Varrow province with half the recorded number,” the Kestia Rights Desk said on Sunday.

The Varnholm-based group said protesters have been killed in 11 of Kestia’s 27 provinces.
`,
  'tolvik-interview.txt': `Interviewed by Radio 7, Lena Sorvik, head of research at the Harbour Rights League, explains how the group checks each death.

Radio 7: Why has the death toll gone up?

Lena Sorvik: Since our first statement we have kept checking the reports we receive. I believe that number will rise again.
`,
  'halvor-week.txt': `Halvor Civil Monitor

64 civilians at least were killed in a week of unbroken air strikes on the countryside of Marrow

The death toll rose to 64 at least, the number of civilians the monitor managed to document during a week of continuous bombardment, and the toll is expected to rise because there are about 120 injured people, some of them in critical condition.
`,
  'zarnia-minorities.txt': `A new report by the Kestrel Watch, a monitoring group based in Ostrovik, finds that minorities bore the brunt of executions in Zarnia.

According to Kestrel Watch, at least 188 prisoners were executed in various Zarnian prisons from January to June 2031. This includes 61 Ostran prisoners (32%), 40 Velic prisoners (21%), nine women, and two children.
`,
};

describe('tenth probe: counts of another deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "forces also killed at least another 58 people" THEN it never answers how many were arrested', () => {
    const a = ask(index, "How many people had been arrested a month into the Marvelia protests, according to MRW's 164 toll?").answer;
    expect(a.text).not.toMatch(/\b58\b/);
    expect(a.text).not.toMatch(/\b22 children\b/);
  });

  it('GIVEN a toll the question states THEN the deaths the report counts still answer how many were killed', () => {
    const a = ask(index, 'How many children had been killed in the Marvelia bread protests, according to the MRW toll of 164?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b22\b/);
  });
});

describe('tenth probe: the part of a total asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Among those put to death were … seven protesters" THEN how many protesters were among those executed is seven, not the total', () => {
    const a = ask(index, 'How many protesters were among those executed in Zarnia in the first half of 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Seven protesters/);
    expect(a.text).not.toMatch(/\b212\b/);
  });

  it('GIVEN "This includes 61 Ostran prisoners" after the total THEN how many Ostran prisoners were executed is 61', () => {
    const a = ask(index, 'How many Ostran prisoners were executed in Zarnia in the first half of 2031, according to Kestrel Watch?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b61\b/);
    expect(a.text).not.toMatch(/\b188\b/);
  });
});

describe('tenth probe: a figure the question states', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a when-question about a toll of 150 that no report gives THEN the date of another toll is not given', () => {
    const a = ask(index, 'When did the Harbour Rights League give its first toll of 150 dead for the Tolvik fuel protests?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/March 9/);
  });

  it('GIVEN the toll the report does give THEN the date of its statement answers', () => {
    const a = ask(index, 'When did the Harbour Rights League publish the statement raising the Tolvik protest toll to 412?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 9/);
  });
});

describe('tenth probe: a place named only in a list', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a count over "Dunmere city and the towns of Pellick and Oster Vale" THEN Pellick gets no count of its own', () => {
    const a = ask(index, 'How many of the 23 civilians killed in the Halvor raids died in Pellick?').answer;
    expect(a.text).not.toMatch(/\bnine\b/i);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the city the report also names alone THEN its count still answers', () => {
    const a = ask(index, 'how many children were killed when government raids hit the market in Dunmere?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Nine children/);
  });
});

describe('tenth probe: which place ranks first, and a number the question states', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "which province had the highest number of killings" THEN a province is answered, not a count', () => {
    const a = ask(index, 'Which province had the highest number of killings when the Kestia Rights Desk reported 140 dead?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Varrow province/);
  });

  it('GIVEN "in how many of Kestia\'s 27 provinces" THEN 11 is answered, never the 27 the question states', () => {
    const a = ask(index, "In how many of Kestia's 27 provinces had protesters been killed, according to the Varnholm-based group, at the 140 stage?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^11\b/);
  });
});

describe('tenth probe: an interview', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Radio 7: Why has the death toll gone up?" THEN the 7 of the outlet\'s name is no count, and what the researcher expects is no count', () => {
    const a = ask(index, 'What does Lena Sorvik expect will happen to the death toll?').answer;
    expect(a.text).not.toMatch(/^7\b|\b7: Why/);
  });
});

describe('tenth probe: the count of the day asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "estimated 412 …, while an earlier count, released on February 23, stood at 287" THEN the February 23 toll is 287', () => {
    const a = ask(index, 'What death toll did the Harbour Rights League give for the fuel protest crackdown in its February 23 assessment?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^287\b/);
  });
});

describe('tenth probe: a count of part of the year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Among those put to death were four women" in a report on the first half of 2031 THEN it is not the count of 2031', () => {
    const a = ask(index, 'How many women were executed in Zarnia in 2031?').answer;
    expect(a.text).not.toMatch(/^Four women/);
  });

  it('GIVEN the first half asked THEN the same count answers', () => {
    const a = ask(index, 'How many women were executed in Zarnia in the first half of 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Four women/);
  });
});

describe('tenth probe: "rural" for the countryside', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "rural Marrow" in the question and "the countryside of Marrow" in the report THEN the injured are counted', () => {
    const a = ask(index, 'How many people were injured in the week of air strikes that killed 64 civilians in rural Marrow?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b120\b/);
  });
});
