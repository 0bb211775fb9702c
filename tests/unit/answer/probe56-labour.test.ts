import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { findDates } from '../../../src/dates/index.ts';

// Classes seen on reports of strikes and labour arrests (probe 56), pinned with reports written for these tests:
// invented towns, unions and people.
describe('labour reports: days told together', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'velmar-nurses.txt': `Velmar nurses strike

Nurses in Velmar held a strike on March 3 and 4, 2021, over unpaid overtime, the Velmar Nurses Guild said. Hundreds of nurses stayed away from wards across the city.
`,
    });
  });

  it('GIVEN a strike "on March 3 and 4, 2021" THEN when it took place is both days, with the year the report states', () => {
    const a = ask(index, 'When did the nurses in Velmar hold their strike?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 3 and March 4, 2021/);
    expect(a.text).not.toMatch(/year not stated/);
  });

  it('GIVEN "May 3 and 4" THEN two days; "May 3 and 12 others" is one day and a count', () => {
    expect(findDates('The sit-in ran on May 3 and 4 in the capital.').map((f) => f.date.day)).toEqual([3, 4]);
    expect(findDates('Guards held Arno Vell on May 3 and 12 others a week later.').map((f) => f.date.day)).toEqual([3]);
  });
});

describe('labour reports: where people are kept', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'orsk-porters.txt': `Porters seized in Orsk

Police in Orsk arrested about 40 dock porters at Lantern Quay on Friday night as they demanded four months of back pay, the Free Porters Union said.

The union said the men are being kept somewhere their families cannot visit.
`,
    });
  });

  it('GIVEN porters "arrested at Lantern Quay" THEN "where were they imprisoned" is not answered with the place of their arrest', () => {
    const a = ask(index, 'Where were the porters from Orsk imprisoned?').answer;
    expect(a.text).not.toMatch(/Lantern Quay \(/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report THEN where they were arrested is still answered', () => {
    const a = ask(index, 'Where were the porters arrested in Orsk?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Lantern Quay/);
  });
});

describe('labour reports: prison terms told with another noun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-court.txt': `Kessa court jails mill hands

A court in Kessa on Monday handed five mill hands and organisers 52 years imprisonment in all over the spring stoppage at the Drava textile mill, March 4, 2024.

The terms read out were:

Ilse Moran, shop steward, 14 years in prison
Tomas Grell, organiser, 9 years in prison
`,
    });
  });

  it('GIVEN "52 years imprisonment" for all five and a list of terms "in prison" THEN the years of prison asked in total are the 52', () => {
    const a = ask(index, 'How many years of prison in total did the Kessa court hand the five mill hands and organisers?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^52 years/);
  });
});

describe('labour reports: releases sought and passive sayings', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'brenn-miners.txt': `Brenn miners keep up their sit-in

On the ninth day of their sit-in, November 12, 2023, miners at the Brenn colliery called for the release of three of their delegates: Ado Kell, Rune Sarp and Iver Tamm.
The miners have stayed underground for more than a week over unpaid wages.
`,
      'orsk-porters-bail.txt': `Porters freed in Orsk

It is said that 12 porters of the Orsk docks were released on bail on Thursday.
`,
    });
  });

  it('GIVEN miners "called for the release of three of their delegates" THEN how many were released is not answered "three"', () => {
    const a = ask(index, 'How many Brenn miners were released in November 2023?').answer;
    expect(a.text).not.toMatch(/^(?:three|3)\b/i);
  });

  it('GIVEN "It is said that 12 porters … were released" THEN the count is 12, credited to no one called "It is"', () => {
    const a = ask(index, 'How many Orsk porters were released on bail?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^12 porters/);
    expect(a.text).not.toMatch(/according to It/);
  });
});

describe('labour reports: a day given only by the headline', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'orsk-dockers-day.txt': `Dockers marching in Orsk on June 3, 2030

Dockers marched through Orsk on Sunday, the first Sunday of the month, in a walkout called by the Orsk Dockers League.

Organisers said the dockers would keep marching until their pay was raised.
`,
    });
  });

  it('GIVEN a headline dating the march and a text telling it "on Sunday" THEN who called it on that day is answered', () => {
    const a = ask(index, "Who called the dockers' walkout on June 3, 2030?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Orsk Dockers League/);
  });
});

describe('labour reports: two counts in one phrase', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-pits.txt': `Kessan mining strikes spread

Walkouts in Kessan mining, first called in early spring, now reach over 60 pits across eight provinces, union leaders say.
`,
    });
  });

  it('GIVEN "over 60 pits across eight provinces" THEN how many provinces is eight, and how many pits is 60', () => {
    const a = ask(index, 'How many provinces do the Kessan mining walkouts reach?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\beight provinces/i);
    const b = ask(index, 'How many pits do the Kessan mining walkouts reach?').answer;
    expect(b.text).toMatch(/60 pits/);
  });
});

describe('labour reports: an age told after the name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'orsk-arrests.txt': `Orsk arrests

On 4 May, police arrested 12 porters – members of the dock committee of Orsk – and Lina Marek, a 31-year-old nursing student and blogger.
`,
    });
  });

  it('GIVEN "Lina Marek, a 31-year-old nursing student" THEN how old she was is answered with 31', () => {
    const a = ask(index, 'How old was Lina Marek when she was arrested?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b31\b/);
  });
});

describe('labour reports: a count an agency quotes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'brenn-drivers.txt': `Brenn cracks down on striking drivers

On its fourth day, the bus drivers' strike in Brenn spread to depots across the region.
The official KNA agency quoted the deputy police chief of Brenn province as saying that 14 drivers had been detained in the province.
`,
    });
  });

  it('GIVEN "the KNA agency quoted the deputy police chief as saying that 14 drivers had been detained" THEN the count is 14, according to KNA', () => {
    const a = ask(index, 'How many drivers had been detained in Brenn province, according to KNA?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14 drivers/);
  });
});
