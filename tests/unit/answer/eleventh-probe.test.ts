import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Classes seen on the eleventh probe (speakers at gatherings), pinned in reports written for the test.
const REPORTS = {
  'kestel-forum.txt': `Exiles hold a forum in Kestel

Kestel Courier

On Saturday, hundreds of exiles from Valdor gathered in Kestel for the annual forum of the movement.

Other guests speaking at the forum included Norvania MP Hedda Lorne, former president of Kestavia Ingrid Talmer, former speaker of the Brisk Assembly Karin Valde, and former foreign minister of Duria Pell Amsand.

Also present was Mirko Sandt, the personal adviser of Norvania President Karin Holt, who praised the exiles.
`,
  'lunden-press.txt': `Jurists condemn the envoy's appointment

Lunden Post

During a press conference held in Lunden on March 4, lawmakers and exiles condemned the appointment of Valdor's envoy to the forum.

Tor Berrin, a member of the Valdor Assembly, Ansa Kulle, President of the League for Rights in Norvania, and Pim Ostra attended and spoke at the conference.

In part of his remarks, Kulle said the appointment showed the weakness of the system.
`,
  'norvan-briefing.txt': `Exiles brief the Norvan assembly

Norvan Daily

Lunden – On Thursday March 3, 2031, the Alliance of Valdorian Norvan Communities (AVNC) held a Briefing in the Norvan House of Delegates during which members of the Assembly, former Valdor political prisoners, and women’s rights activists expressed support for the uprising in Valdor.

In her remarks, Delegate Hanna Brisk said, “The freedom of Valdor is not a partisan issue.”
`,
  'lunden-tor.txt': `Kundgebung in Lunden im Rahmen des Valdor-Gipfels 2031

Trotz Regen versammelten sich am Samstag, 3. Mai 2031, 6000 Menschen aus ganz Norvanien am Kestler Tor in Lunden, um für ein freies Valdor einzutreten.
Neben Lunden nahmen Menschen an Kundgebungen in 12 Hauptstädten der Welt teil, darunter Brisk, Holm und Tarvik.
Weitere Redner am Kestler Tor waren Lars Berrin (Abgeordneter), Anna Vorlund (Ehrenvorsitzende der Norvanischen Gesellschaft für Menschenrechte) und Karin Valde (Bürgermeisterin a.D.).
Videobotschaften kamen von Ingrid Talmer (Ministerin a.D.) und Oskar Fenn (Abgeordneter).
`,
  'kestel-march.txt': `Exiles march in Brenmark

Norvan Daily

Exiles from Valdor marched through Brenmark on Sunday. Some 2,500 people took part, police said.

Exiles also joined rallies in 14 cities across Norvania the same day.
`,
  'brisk-session.txt': `Exile leader addresses lawmakers in Brisk

Brisk Observer

Brisk, May 9 – The exile leader Hedda Lorne was the keynote speaker at a meeting of lawmakers in Brisk.

Lorne addressed some 150 lawmakers and their assistants during a session, entitled “The Road Ahead: Fear or Freedom,” that was organised by “Friends of a Free Valdor”.
`,
  'harvest-plan.txt': `Exiles meet in Tarvik to plan the future of Valdor

Tarvik Life

Experts and activists gathered in Tarvik for a two-day conference on the future of Valdor.

Crown Prince Tomas Fenn delivered the conference’s keynote address. He unveiled the “Harvest Plan,” a roadmap to revive the farms of Valdor.

He said:’”Unlike the old rulers, I do not promise free bread and buses. I promise you a plan shaped by long talks with farmers and traders.”
`,
  'tarvik-summit.txt': `Exiles open their summit in Tarvik

Tarvik Life

On Saturday, thousands of exiles gathered to begin the Free Valdor Summit of 2031.

In her speech addressing the gathering, Lorne criticized the rulers of Valdor, especially their taking of hostages.

Former Norvan Security Advisor Jonas Brenn also spoke at the event, beginning his speech by saying, “It should be the declared policy of Norvania to stand with the exiles.” He later pointed out the growing ties between the rulers and their neighbours, “The rulers are about to sign a pact with the north.”
`,
};

describe('eleventh probe: speakers at gatherings', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a list "title Name, title Name" THEN each title is its own name\'s, not the name before it', () => {
    const a = ask(index, 'what role did ingrid talmer have? she spoke at the kestel forum').answer;
    expect(a.text).toMatch(/former president of Kestavia/);
    expect(a.text).not.toMatch(/Brisk Assembly|Hedda|Norvania MP/);
  });

  it('GIVEN "X, the personal adviser of Norvania President Y Z," THEN that is X\'s role (a role held towards a titled person)', () => {
    const a = ask(index, 'who is mirko sandt?').answer;
    expect(a.text).toMatch(/personal adviser of Norvania President Karin Holt/);
  });

  it('GIVEN "A, a member of …, B, President of …," THEN B\'s role is his own, and "In part of his remarks" is none', () => {
    const a = ask(index, 'who is ansa kulle?').answer;
    expect(a.text).toMatch(/President of the League for Rights/);
    expect(a.text).not.toMatch(/member of the Valdor Assembly|In part of/);
  });

  it('GIVEN "X (AVNC) held a Briefing in …" THEN "who held the briefing …" names X, even when the question names a person', () => {
    for (const q of ['Who held the briefing in the House of Delegates on March 3, 2031?', 'Who held the briefing with Hanna Brisk in March 2031?']) {
      const a = ask(index, q).answer;
      expect(a.text).toMatch(/^Alliance of Valdorian Norvan Communities/);
    }
  });

  it('GIVEN "versammelten sich … 6000 Menschen" THEN the crowd gathered is counted, not the capitals of rallies elsewhere', () => {
    const a = ask(index, 'How many people gathered at the Kestler Tor in Lunden in May 2031?').answer;
    expect(a.text).toMatch(/^6000 Menschen/);
  });

  it('GIVEN "Exiles also joined rallies in 14 cities" THEN 14 counts cities, not the exiles asked about', () => {
    const a = ask(index, 'How many exiles marched in Brenmark on Sunday?').answer;
    expect(a.text).not.toMatch(/^14\b/);
    expect(a.text).toMatch(/2,500/);
  });

  it('GIVEN "organised by “Friends of a Free Valdor”" THEN the organiser is named whole, past its lower-case "of a"', () => {
    const a = ask(index, 'Who organised the Brisk session The Road Ahead: Fear or Freedom?').answer;
    expect(a.text.split('“')[0]).toMatch(/Friends of a Free Valdor/);
  });

  it('GIVEN "Videobotschaften kamen von X" THEN "who was among those sending video messages" names X, not the other speakers', () => {
    const a = ask(index, 'Who was among those sending video messages to the rally at the Kestler Tor in 2031?').answer;
    expect(a.text.split('“')[0]).toMatch(/Ingrid Talmer|Oskar Fenn/);
    expect(a.text.split('“')[0]).not.toMatch(/Lars Berrin|Karin Valde/);
  });

  it('GIVEN "He said:’”Unlike …. I promise you a plan ….”" THEN the quote opened by a stray closing mark after the colon is read whole', () => {
    const a = ask(index, 'what did tomas fenn promise at the tarvik conference?').answer;
    expect(a.text).toMatch(/I promise you a plan/);
    expect(a.text).not.toMatch(/said:’/);
  });

  it('GIVEN "Former … Security Advisor X …, beginning his speech by saying, “….” He later pointed out …" THEN the quotes are X\'s, not the person named before', () => {
    const a = ask(index, 'What did Jonas Brenn say at the Free Valdor Summit 2031?').answer;
    expect(a.text).toMatch(/declared policy of Norvania/);
    const b = ask(index, 'What did Lorne say at the Free Valdor Summit 2031?').answer;
    expect(b.text).not.toMatch(/declared policy|pact with the north/);
  });

  it('GIVEN "Anna Vorlund (Ehrenvorsitzende der … Gesellschaft für Menschenrechte)" THEN a long role in brackets is her role', () => {
    const a = ask(index, 'Who is Anna Vorlund, a speaker at the Kestler Tor rally?').answer;
    expect(a.text).toMatch(/Ehrenvorsitzende der Norvanischen Gesellschaft/);
  });
});
