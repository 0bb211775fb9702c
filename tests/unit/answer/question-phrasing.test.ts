import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { structuredAnswer } from '../../../src/answer/structured-answer.ts';
import { understand } from '../../../src/understand/understand.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';

/*
 * The same facts asked in other words than the reports use, and a page's date field glued before its dateline
 * ("date 2031-05-20 Ostrov, May 14, 2031 – …"): the field is when the page was stamped, not when anything happened.
 */
const REPORTS: Record<string, string> = {
  'ostrov-march.txt': ` date 2031-05-20 Ostrov, May 14, 2031 – Thousands of Vardanian exiles from twelve regions marched from the Old Bridge to the Parliament of Ostrov, calling for the release of political prisoners. Marchers said more than 150 prisoners had been sentenced since January.

Speakers included the writer Ilse Korven and the lawyer Tomas Velic, who told the marchers: “No court should hand down a sentence for a song.”

At the Parliament the crowd chanted “Free them all” and “Songs are not crimes”.
`,
  'riga-rally.txt': `Exiles rally at the Freedom Monument

Baltic Exile Wire

Riga, June 9, 2031 – About 500 exiles rallied at the Freedom Monument in Riga on June 7, 2031 to demand the release of the jailed singers.
`,
  'tallby-strikes.txt': `Nineteen civilians killed in air strikes on Tallby

Levant Ledger

Tallby, April 2, 2031 – Air strikes on the village of Tallby killed 19 people overnight, the rescue service said.

A local doctor described the scene at the clinic. He said 11 members of a single family were among the dead.
`,
  'bergen-page.txt': `Home | News | Events | Contact

Uniting for a free Vardania

Latest items

Bergen, Norway – March 1, 2031 — In the early hours of March 1, shortly after reports of the interior minister's death, supporters of the People’s Liberation Front of Vardania gathered in front of the Vardanian embassy in Bergen.

They sang and waved flags until the police asked them to leave.
`,
  'tampere-vigil.txt': `Exiles hold a vigil in Tampere

Nordic Exile News

Tampere, March 3, 2031 – About 300 people held a candlelight vigil outside the Tampere library on Sunday.

Holding candles and singing old songs, exiles and their Finnish friends braved the snow to show the prisoners that "nobody has forgotten you," said Ana Lind.

Lind is the director of the Union of Free Vardanians (UFV), the group that organised the vigil.
`,
};

// A vigil in Ostrov held for another city, and that city's own report: the vigil's chants answer only for the vigil.
const KESTEL_VIGIL = {
  'ostrov-vigil.txt': `Candles in Ostrov for the people of Kestel

Ostrov, November 30, 2031 – Several hundred people gathered on Wednesday evening near the opera house in Ostrov in support of the victims of Kestel, where the ceasefire had collapsed. Some wore red, others held candles.

The crowd chanted “Kestel, Kestel” and “Marek the butcher, Ivo the accomplice”.
`,
};
const KESTEL_ITSELF = {
  'kestel-shelling.txt': `Shelling resumes in Kestel

Levant Ledger

Kestel, November 29, 2031 – Artillery shelled the eastern districts of Kestel overnight, ending a two-day ceasefire, residents said.
`,
};

describe('questions asked in other words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "who was behind the vigil" THEN the organiser answers, not the person quoted', () => {
    const a = ask(index, 'who was behind the vigil for the prisoners in Tampere covered by Nordic Exile News in March 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Union of Free Vardanians|UFV/);
    expect(a.text).not.toMatch(/^Ana Lind/);
  });

  it('GIVEN a page date field before the dateline THEN the report is dated by its dateline', () => {
    const a = index.data.articles.find((x) => x.files[0] === 'ostrov-march.txt');
    expect(a?.date.iso).toBe('2031-05-14');
    expect(a?.dateline).toBe('Ostrov');
  });

  it('GIVEN "when did the exiles march" THEN neither the page field\'s day nor "since January" is given as its date', () => {
    const a = ask(index, 'what day did the Vardanian exiles march to the Parliament of Ostrov?').answer;
    expect(a.text).not.toMatch(/May 20|January/);
    for (const e of index.data.events) expect(e.date?.iso ?? '').not.toBe('2031-05-20');
  });

  it('GIVEN "what did they shout" THEN the slogans the report says were chanted answer', () => {
    const a = ask(index, 'what did people shout in Ostrov?').answer;
    expect(a.text).toContain('Free them all');
    // The crowd's slogans first, not a speaker's words.
    expect(a.text).not.toMatch(/Speakers: “No court/);
  });

  it('GIVEN "date of the rally" THEN the day of the rally, not of the report', () => {
    const a = ask(index, 'date of the Riga rally at the Freedom Monument?').answer;
    expect(a.answered).toBe(true);
    // A date answer, not a passage that happens to hold the day.
    expect(a.text).toMatch(/took place on June 7, 2031|^June 7, 2031/);
  });

  it('GIVEN "the People’s Liberation Front" THEN no event is placed in a city called "People"', () => {
    for (const e of index.data.events) expect(e.city ?? '').not.toMatch(/^People/);
  });

  it('GIVEN a dateline deep in a page ("Bergen, Norway – March 1, 2031 —") THEN a yearless day in its paragraph takes its year', () => {
    const a = ask(index, 'when did supporters gather in front of the embassy in Bergen after the minister died?').answer;
    expect(a.text).toMatch(/March 1, 2031/);
  });

  it('GIVEN "how many people from one family were killed" THEN the family\'s count, not everyone killed, and "He said" names no source', () => {
    const a = ask(index, 'in the Tallby air strikes, how many people from one family were killed?').answer;
    expect(a.text).toMatch(/\b11 members\b/);
    expect(a.text).not.toMatch(/^19\b/);
    expect(a.text).not.toMatch(/according to He\b/);
  });
});

describe('a vigil held for another city, asked with the outlet in brackets', () => {
  const q = 'what slogans did people shout at the 2031 Ostrov vigil for Kestel (Channel 9)?';

  it('GIVEN the vigil\'s report THEN its chants answer, the outlet in brackets being no word a report must hold', async () => {
    const index = await archiveOfTexts({ ...REPORTS, ...KESTEL_VIGIL, ...KESTEL_ITSELF });
    const a = ask(index, q).answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Marek the butcher');
    expect(a.citations[0]?.file).toBe('ostrov-vigil.txt');
  });

  it('GIVEN no report of that vigil THEN the chants of another Ostrov march, which never names Kestel, do not answer', async () => {
    const index = await archiveOfTexts({ ...REPORTS, ...KESTEL_ITSELF });
    const a = ask(index, q).answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('Free them all');
  });
});

// "Which town": a town's bare name answers it, even placed "near" the city the question names or written with
// hyphens; a country does not.
const TOWNS = {
  'marlow-gathering.txt': `Tens of thousands rally for a free Vardania

Vardanian exiles attend a rally in Marlow, near Ostrov, June 30, 2031.

OSTROV - Tens of thousands of people from across Europe gathered on Saturday at the Marlow exhibition hall, outside Ostrov, for the annual Free Vardania meeting.
`,
  'live-blog.txt': `LIVE BLOG: Vardania protests

Exiles demonstrate in front of the Old Gate in support of the protests across Vardania, in Bergen, Norway, June 2, 2031.

Earlier this year exiles had marched in Ostrov and in Riga.
`,
  'leadership.txt': `A movement in exile

The movement was long based abroad, at first in Norway, then for years in camps across the border.

Every year its leadership, based in Saint-Ouen-sur-Lys, holds a large gathering of the diaspora.
`,
};

describe('which town', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(TOWNS);
  });

  it('GIVEN "the gathering near Ostrov – in which town?" THEN the town the report places near Ostrov, not a city of another rally', () => {
    const a = ask(index, 'the 2031 Free Vardania gathering near Ostrov - in which town?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Marlow/);
    expect(a.citations[0]?.file).toBe('marlow-gathering.txt');
  });

  it('GIVEN "in which town is the leadership based?" THEN the hyphenated town, not the country named before it', () => {
    const a = ask(index, 'in which town is the movement\'s leadership based?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Saint-Ouen-sur-Lys/);
    expect(a.text).not.toMatch(/^Norway/);
  });
});

describe('reported speech asked as "what is X reported to have told …"', () => {
  const REPORTED = {
    'council-meeting.txt': `Order to crush the strike came from the top, sources say

Levant Ledger

The order was reportedly given at a meeting on March 4 between the governor, Marek Dunin, and his security chiefs.
"The province is in danger. Do whatever it takes to end the strike. You have my word," Dunin is said to have told the group.
`,
  };

  it('GIVEN the question asked after a comma THEN the whole quote, all three of its sentences, answers', async () => {
    const index = await archiveOfTexts(REPORTED);
    for (const q of ['at the March 4 meeting, what is Dunin reported to have told the group?', 'what was Dunin quoted as saying at the meeting on March 4?']) {
      const a = ask(index, q).answer;
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('Do whatever it takes to end the strike');
      expect(a.text, q).toContain('You have my word');
    }
  });
});

describe('a count asked with the total in the question, and a rally asked where it was held', () => {
  const REPORTS2 = {
    'valley-raids.txt': `Air raids kill 42 in the Kessa valley, including 16 children

Levant Ledger

At least 42 civilians were killed on Sunday in government air raids on the Kessa valley, a monitoring group said.

The raids killed 19 people, including six children, outside the city of Dornas, and another 23 people, among them 10 children, in the town of Velbeck, the monitoring group said.
`,
    'exiles-rally.txt': `Exiles rally to have their movement taken off the terror list

Nordic Exile News

Hundreds of exiles converged on the Foreign Ministry on Friday to demand that the government take their movement off its terror list.

Former minister Ola Brandt emceed the rally in front of the Foreign Ministry building.

Brandt called for the movement to be taken off the terror list and accused the junta of killing unarmed members of the movement at Camp Liberty.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS2);
  });

  it('GIVEN "in velbeck, how many were killed in the raids that left 42 dead overall?" THEN the town\'s 23, never the 42 the question states', () => {
    const a = ask(index, 'in velbeck, how many were killed by the government air raids that left 42 dead overall?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^23 people/);
    expect(a.text).not.toMatch(/\b42 (?:people|civilians) were killed/);
  });

  it('GIVEN the total stated in the question THEN the figures the index holds never give it back as the answer', async () => {
    // The town written without "the town of": the index does not know it as a place and gives the valley's figures.
    const plain = await archiveOfTexts({ 'valley-raids.txt': (REPORTS2['valley-raids.txt'] as string).replace('in the town of Velbeck', 'in Velbeck') });
    const q = 'in velbeck, how many were killed by the government air raids that left 42 dead overall?';
    const records = structuredAnswer(understand(q, plain), plain);
    expect(records.text).not.toMatch(/\b42\b/);
    expect(ask(plain, q).answer.text).toMatch(/^23 people/);
  });

  it('GIVEN a sentence that counts place by place THEN a question about one place gets that place\'s count', () => {
    const a = ask(index, 'how many children were killed in velbeck?').answer;
    expect(a.text).toMatch(/^10 children/);
    const b = ask(index, 'how many children were killed outside dornas?').answer;
    expect(b.text).toMatch(/^Six children/);
  });

  it('GIVEN places told before their counts ("In Dornas, 19 … and in Velbeck 23 …") THEN each place still gets its own count', async () => {
    const before = await archiveOfTexts({
      'valley-raids.txt': `Air raids kill 42 in the Kessa valley

Levant Ledger

In the town of Dornas, the raids killed 19 people, including six children, and in the town of Velbeck another 23 people, among them 10 children, the monitoring group said.
`,
    });
    expect(ask(before, 'how many children were killed in velbeck?').answer.text).toMatch(/^10 children/);
    expect(ask(before, 'how many children were killed in dornas?').answer.text).toMatch(/^Six children/);
  });

  it('GIVEN a question about two places the sentence counts apart THEN each place is given its own count', () => {
    const a = ask(index, 'how many children died in the air raids on dornas and velbeck?').answer;
    expect(a.text).toMatch(/^Six children in Dornas and 10 children in Velbeck/);
  });

  it('GIVEN "the town of Velbeck" in a report THEN the archive knows Velbeck as a place', () => {
    expect(lexiconOf(index).cities.has('velbeck')).toBe(true);
    expect(lexiconOf(index).places.has('velbeck')).toBe(true);
  });

  it('GIVEN "where was the rally held?" THEN the place the rally was told at, not where members were killed', () => {
    const q = 'Ola Brandt hosted a rally to get the movement off the terror list. Where was it held?';
    const a = ask(index, q).answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^[^(]*Foreign Ministry/);
    // The reader on its own too (the structured index holds the rally's place; the reader must find it as well).
    const read = readAnswer(analyseQuestionFor(q, lexiconOf(index)), index);
    expect(read.answer?.text).toMatch(/^The Foreign Ministry/);
  });
});
