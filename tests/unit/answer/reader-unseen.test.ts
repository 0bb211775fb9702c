import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { findAmounts } from '../../../src/extract/figure-numbers.ts';
import { analyseQuestion, analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Failure classes met on reports the engine had never seen, pinned on reports written for these tests (invented
 * towns, people and groups): a live post's clock time is no count; a figure scoped to other provinces is not the
 * figure of the town asked.
 */
const REPORTS: Record<string, string> = {
  'harbour-live.txt': `Live: Solidarity march in Port Elling today

Exiles from Vardania are holding a march in Port Elling on Saturday, May 4, 2024, to back the strikes at home. We will update this page as the day goes on.

All times are local

15.10: The folk band 'Luma' is playing for the marchers gathered on Harbour Square in Port Elling.

15.25: A student speaker opens the march on Harbour Square.
`,
  'provinces.txt': `Monitor reports deaths in the western provinces

NORDHAVEN — Protests began in Vardania on March 2 after Ostrov raised bread prices.

The Vardanian rights group Lantern reported in March that there had been at least 37 deaths and 800 arrests in the provinces of Belmark, Tiros and Ulm.
`,
  'raids.txt': `Jets kill 31 in raids on the north of Vardania

Government jets killed at least 31 people in raids on the northern province of Belmark on Sunday, the Vardania Rights Network said.
The raids killed 12 people, including four children, outside the city of Korvo, and another 19 people, among them seven children, in the town of Ostel, the network said.
A total of 410 men, 95 children and 60 women died in attacks by the militias across the country last year.
`,
  'coast-rally.txt': `Thousands rally for Vardania in Port Elling

Thousands of exiles gathered in Port Elling on Saturday to back the strikes in Vardania.
Former Interior Minister Hugo Brandt said support for the strikers keeps growing, describing the exiles as “the conscience of the coast.”
Former trade minister Ilse Morgen and former labour minister Karl Weiss also addressed the rally, calling for free elections.
`,
  'square-rally.txt': `Exiles fill Lindenplatz in Nordhaven

Thousands of exiles gathered today on Nordhaven's Lindenplatz to follow a conference in Ostrov by video.
Former senator Paul Grint welcomed the crowd. The first speaker was former Vice President of the Coastal Assembly Rosa Allende, who survived an attack last spring. She was followed by former defence minister Otto Kranz. Former economy minister Lena Vogt also spoke at the event.
`,
  'toll-by-town.txt': `Opposition says 900 killed in the March protests

The Vardanian Front said on April 2 that over 900 protesters had been killed during the March protests across the country.
The Front has gathered details on the deaths of at least 210 in Ostrov, 150 in Belmark, 95 in Tiros and 60 in Korvo.
`,
  'capital-rally.txt': `Exiles rally in the Nordish capital

Thousands of exiles gathered in the Nordish capital on Sunday to back the strikes in Vardania.
In a video message, former Secretary of State Lena Kroll called the strikes a turning point.
`,
  'assembly-meeting.txt': `Coastal Assembly meeting marks the anniversary of the Vardanian revolution

Dozens of deputies attended the meeting at the Coastal Assembly in Nordhaven. Speakers included: two Vice-Presidents of the Assembly, Marta Lind (Belmark) and Jonas Krohn (Tiros), deputies Eva Sand (Ulm) and Piet Haag (Korvo). The guest speaker was a former senior Vardanian diplomat, Kasran Tell, representing the Vardanian Front in the northern countries.
`,
  'front-toll.txt': `Front says 1,200 killed in the winter protests

According to the main opposition group, the Vardanian Liberty Front (VLF), over 1,200 protesters were killed last month by the security forces.
`,
  'wire-toll.txt': `Around 1,200 killed in Vardania's winter protests, wire reports

Around 1,200 people were killed in two weeks of protests in Vardania, Kestrel has reported, citing the latest toll provided to Kestrel by two officials of the interior ministry.
`,
  'march-notice.txt': `Exiles to rally and march in Nordhaven

Nordhaven, May 2, 2025 – Exiles from Vardania will rally and march in Nordhaven on Saturday May 4, 2025 to stand with the strikers at home.

After the rally, marchers will walk from Harbour Park, along King Street, to Liberty Square (King Street & Mill Lane).
`,
  'slogan-rally.txt': `Thousands rally in Kessel for a free Vardania

Thousands of exiles gathered in Kessel on Sunday to back the strikes in Vardania.
Speakers stressed one message from the crowd, rejecting every tyranny under the slogan “Neither crown nor turban,” while calling for free elections.
Ida Holm, president of the Vardanian Front, told the gathering that exiles are “writing their own future,” and that the alternative is ready.
`,
  'mint-rally.txt': `Kessel hosts a large rally for a free Vardania

Tens of thousands of exiles gathered in the Nordish capital on Saturday in what organisers called one of their largest rallies.
The rally began at noon near the Old Mint at Platz der Freiheit, drawing exiles from across the north.
Former Council President Anton Vell said support for the strikers keeps growing, describing exiles inside Vardania, in Camp Seven, and in Kessel as “the conscience of the age.”
In a video message, former foreign minister Rita Moss called the strikes a turning point.
`,
  'market-link.txt': `Exiles in Kessel link up with a conference in Ostrov

Tens of thousands of exiles gathered today in Kessel's Marktplatz to link up live with a conference in Ostrov, where guests joined speakers from the north.
In Ostrov, the conference heard former foreign minister Rita Moss and other guests.
`,
  'capital-speakers.txt': `Exiles fill the Nordish capital for a free Vardania

Thousands of exiles rallied in the Nordish capital on Sunday, voicing support for the strikes at home.
Former Assembly Speaker Jorun Falk said the strikers deserve recognition, describing exiles in Camp Nine and in Tallby as “one people.”
In a recorded video message, former defence minister Olaf Brink called the strikes a revolution.
`,
  'tallby-link.txt': `Exiles in Tallby link up with a summit in Ostrov

Thousands of exiles rallied today in Tallby's Domplatz to link up live with a summit in Ostrov, where guests joined speakers from the north.
In Ostrov, the summit heard former defence minister Olaf Brink and other guests.
`,
  'monitors.txt': `Monitor says 300 protesters killed in Vardania

NORDHAVEN — Over 300 protesters are believed dead in clashes with the guards, the Vardania Rights Watch said on Tuesday.
Coastal rights watchdog Tidemark reported in May that there had been at least 21 deaths and 640 arrests in the coastal districts.
`,
  'front-confirmed.txt': `Front says confirmed toll of the spring protests tops 2,000

The Vardanian Front said it had confirmed that 2,310 people had been killed in the spring protests, including 2,001 protesters, 44 minors, 120 members of the guard and 30 bystanders.
`,
  'order-report.txt': `Crackdown on the Norland strikes was ordered from the top, officials say

About 700 strikers were killed in less than two weeks in Norland, officials of the labour ministry told a news agency.
The order to fire was reportedly given at a meeting on June 3 between the Norland commander Ivo Starn and his aides.
“The state is at risk. Stop them by any means. That is my order,” Starn is said to have told the meeting.
The Norland government has dismissed such figures as “pure invention”.
`,
  'rights-office.txt': `Over 900 held over the port strikes in Finland, rights office says

Marlow,  More than 900 people have been detained over the port strikes in Finland since early May, according to the Coastal Rights Office.

Despite the number held, the detentions go on across the country, a spokesman for the Coastal Rights Office said on Friday during a press conference in Marlow, a news agency reported.
`,
  'exiles-hope.txt': `Exiles rally in Kessel after the fall of the junta in Ostmark

Several thousand exiles rallied in Kessel on Saturday, urging leaders to press the Vardanian junta.
“As Ostmark did with its generals, the Vardanian people will send the junta away, and it will happen in 2026,” said Nordia’s former prime minister Lars Odin.
`,
  'orbium-vigil.txt': `Exiles hold vigil in Brenn

Several hundred exiles held a candle vigil at the Orbium monument in Brenn on Sunday for the prisoners in Vardania.
`,
};

describe('the reader on layouts and scopes of unseen reports', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN a live post stamped "15.10:" THEN the time stamp is not an amount', () => {
    expect(findAmounts('15.10: The folk band is playing for the marchers').length).toBe(0);
    expect(findAmounts('At 9.05 GMT the march began').length).toBe(0);
    expect(findAmounts('turnout rose 2.50 percent; 12.5 thousand came').map((f) => f.value)).toContain(12500);
  });

  it('GIVEN a live blog whose only numbers are time stamps THEN "how many attended" is not answered with a clock time', () => {
    const a = answer('How many people attended the Port Elling solidarity march on May 4, 2024 according to the police?');
    expect(a.text).not.toMatch(/15\.10|15\.25/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN a count "in the provinces of A, B and C" THEN it is not the count for another town the question names', () => {
    const a = answer('How many people did Lantern say were killed in Ostrov in March?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/\b37\b/);
  });

  it('GIVEN the same count asked for one of the provinces it names THEN it is still answered', () => {
    const a = answer('How many deaths did Lantern report in the provinces of Belmark, Tiros and Ulm?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b37\b/);
  });

  it('GIVEN "37 deaths and 800 arrests in the provinces of …" THEN 800 counts arrests, not provinces', () => {
    const figures = index.data.figures.filter((f) => f.value === 800);
    expect(figures.map((f) => f.measure)).toEqual(['arrested']);
  });

  it('GIVEN counts told clause by clause with their towns THEN the count asked for one town is the one in that town\'s clause', () => {
    const a = answer('How many died in the raids on Ostel in Belmark province, in the jet raids that killed 31?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/\b19\b/);
    const b = answer('How many people were killed in the raids outside Korvo, in the jet raids that killed 31?');
    expect(b.text.split('“')[0]).toMatch(/\b12\b/);
  });

  it('GIVEN a question quoting what someone called people THEN the words quoted must be in the answer\'s sentence, not a sentence that only says others spoke', () => {
    const a = answer("Which former minister spoke at the Port Elling rally and called the exiles 'the conscience of the coast'?");
    expect(a.text.split('“')[0]).not.toMatch(/Morgen|Weiss/);
    expect(analyseQuestion("who called the exiles 'the conscience of the coast'?").quoted).toEqual(['the conscience of the coast']);
    expect(analyseQuestion("where was the 'Voices of the Coast' rally held?").quoted).toBeUndefined();
    expect(analyseQuestion("what was the exiles' main demand at Hugo Brandt's rally?").quoted).toBeUndefined();
  });

  it('GIVEN "who was the first speaker" THEN the one the report calls first, not the list of everyone who spoke', () => {
    const a = answer('Who was the first speaker at the Lindenplatz rally in Nordhaven?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Rosa Allende/);
    expect(a.text.split('“')[0]).not.toMatch(/Kranz|Vogt/);
  });

  it('GIVEN a toll broken down in words ("210 in Ostrov, 150 in Belmark, …") THEN the count asked for one town is its share, not the national total', () => {
    const a = answer('How many protesters were killed in Belmark according to the Vardanian Front?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/^150\b/);
  });

  it('GIVEN "Secretary of State Lena Kroll" and "the Nordish capital" THEN neither an office holder nor an adjective before a noun is given as where a rally was', () => {
    const a = answer('Where did the exiles rally with the Lena Kroll video message take place?');
    const lead = a.text.split('“')[0] ?? '';
    expect(lead).not.toMatch(/Lena Kroll|^The Nordish\b/);
  });

  it('GIVEN "who was the guest speaker" THEN the name the report sets equal to "the guest speaker" (after an apposed noun and a comma), not one of the speakers listed', () => {
    const a = answer('Who was the guest speaker at the Coastal Assembly meeting on the Vardanian revolution anniversary?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/^Kasran Tell/);
  });

  it('GIVEN "who gave Kestrel the toll" THEN a report that never names Kestrel does not answer who', () => {
    const a = answer('Who gave Kestrel the toll of 1,200 dead?');
    expect(a.text.split('“')[0]).not.toMatch(/Liberty Front|VLF/);
  });

  it('GIVEN "where will the march end" THEN the place after "to" on its route, not where it starts nor the town', () => {
    const a = answer('Where will the Nordhaven march of May 2025 end?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Liberty Square/);
    const b = answer('Where will the Nordhaven march of May 2025 start?');
    expect(b.text.split('“')[0]).toMatch(/Harbour Park/);
    expect(analyseQuestion('where will the march end?').route).toBe('end');
    expect(analyseQuestion('where did the rally start, and where did they march to?').route).toBeUndefined();
  });

  it('GIVEN a sentence naming the crowd and "under the slogan “…”" THEN the slogan is what the crowd used, not a speaker\'s quote', () => {
    const q = 'What slogan did the crowd in Kessel use to reject every tyranny?';
    const a = answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Neither crown nor turban/);
    // The reader on its own: the crowd's slogan, not words of "Speakers" (who only passed the message on).
    const read = readAnswer(analyseQuestionFor(q, lexiconOf(index)), index);
    expect(read.answer?.text ?? '').toMatch(/Neither crown nor turban/);
    expect(read.answer?.text ?? '').not.toMatch(/Speakers: “/);
  });

  it('GIVEN "where did the rally with A and the B video take place" THEN a report without A is another gathering, and the venue is the one the event\'s own sentence gives', () => {
    const a = answer('where exactly in kessel did the rally with anton vell and the rita moss video take place?');
    const lead = a.text.split('“')[0] ?? '';
    expect(lead).not.toMatch(/Marktplatz|Camp Seven|Vardania/);
    expect(a.answered).toBe(true);
    expect(lead).toMatch(/Old Mint|Platz der Freiheit/);
  });

  it('GIVEN "where did the rally with A take place" THEN a report that never names A tells of another gathering, and where the speech of A places the people it describes is no venue', () => {
    const a = answer('where exactly in tallby did the rally with jorun falk and the olaf brink video take place?');
    // The report of that rally names no venue, only "the Nordish capital": nothing is the answer.
    expect(a.answered).toBe(false);
  });

  it('GIVEN "which coastal watchdog reported …" and "rights watchdog Tidemark reported …" THEN the name after the body\'s noun is the body asked', () => {
    const a = answer('Which coastal watchdog reported 21 deaths and 640 arrests in the coastal districts?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/^Tidemark/);
    expect(analyseQuestion('Which coastal watchdog reported 21 deaths?').terms.some((t) => t.sort === 'source')).toBe(false);
  });

  it('GIVEN "how many children were among the N killed" THEN "among" is no word to find, and only the part asked answers: minors for children, nothing for women', () => {
    expect(analyseQuestion('how many children were among the 2,310 killed?').terms.map((t) => t.fold)).not.toContain('among');
    const kids = answer('how many children were among the 2,310 killed in the spring protests, per the Vardanian Front?');
    expect(kids.answered).toBe(true);
    expect(kids.text.split('“')[0]).toMatch(/\b44\b/);
    const women = answer('how many women were among the 2,310 dead counted by the Vardanian Front?');
    expect(women.text.split('“')[0]).not.toMatch(/\b(?:44|120|30|2,001)\b/);
  });

  it('GIVEN "what did X reportedly tell the meeting" and "“…,” X is said to have told the meeting" THEN the words are X\'s, whole', () => {
    const a = answer('What did Starn reportedly tell the meeting on June 3?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/by any means/);
    expect(analyseQuestion('What did Starn reportedly tell the meeting on June 3?').subject?.text).toBe('Starn');
  });

  it('GIVEN "how did X respond to the figures" and "X has dismissed such figures as “…”" THEN that is its response', () => {
    const a = answer('how did the Norland government respond to the figures of 700 dead?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/pure invention/);
  });

  it('GIVEN "where did the spokesman give the press conference about arrests in <country>" THEN the town of the conference answers: the country names no venue asked', () => {
    const q = 'Where did the Coastal Rights Office spokesman give the press conference about 900 arrests in Finland?';
    expect(answer(q).text.split('“')[0]).toMatch(/Marlow/);
    const read = readAnswer(analyseQuestionFor(q, lexiconOf(index)), index);
    expect(read.answer?.text ?? read.reason).toMatch(/^Marlow/);
  });

  it('GIVEN "what did X predict" and "“…,” said Nordia’s former prime minister Lars X" THEN the prediction is his words', () => {
    const a = answer('at the kessel rally, what did odin predict about when the vardanian people would be rid of the junta?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2026/);
    expect(analyseQuestion('what did odin predict about the junta?').expects).toBe('statement');
  });

  it('GIVEN "at the Orbium monument" THEN a one-word name before a common noun that is no people\'s adjective is still a place', () => {
    const q = 'Where in Brenn did the exiles hold the candle vigil for the prisoners?';
    expect(answer(q).text.split('“')[0]).toMatch(/Orbium/);
    const read = readAnswer(analyseQuestionFor(q, lexiconOf(index)), index);
    expect(read.answer?.text ?? read.reason).toMatch(/Orbium/);
  });
});
