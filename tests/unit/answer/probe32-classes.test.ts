import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { understand } from '../../../src/understand/understand.ts';
import { countOfATownUnwritten } from '../../../src/answer/count-of-a-town-unwritten.ts';
import type { Answer } from '../../../src/domain/types.ts';

// Classes of wrong answers found by the thirty-second probe (war tolls, arrests and hangings of 2025 in real
// reports), pinned on reports of the genre in invented words.
const REPORTS = {
  'tally.txt': `Monthly Tally – April 2033: Rights Situation in Varnia

VRMA– This tally reviews the abuses our monitors verified in Varnia over April 2033, drawn from figures gathered by VRMA, the wire service of the Varnia Rights Monitors. A steep climb in hangings over the month and the detention of teenagers were the gravest abuses logged.

Executions

In April, Varnian jails recorded 97 executions, the highest monthly figure since January. According to VRMA, the executed included 81 men and 4 women, while the sex of 12 others is not known because no official notice was given.

Among them were at least 5 Osgari citizens, which brings the number of Osgari citizens hanged in Varnia this year to 31.
`,
  'fund.txt': `Varnia raises its toll from the air war
Published: 9 August 2033 | Northern Wire

Tomas Relk, who runs the Varnian fund for the families of the dead, told state radio that at least 840 people were killed in the three-week air war.

The Oslo-based Lantern Watch, which has tracked earlier unrest closely, has put the dead at 910. The bombing hurt another 3,200 people, the group said.
`,
  'named.txt': `Lantern Watch names the dead of the Harl crackdown
Published: 12 June 2032 | Lantern Watch

Lantern Watch has now named the 212 men, women and children shot dead by Varnian troops during the Harl crackdown last winter.
`,
  'judge.txt': `Varnia holds 1,400 after the border war
Published: 20 August 2033 | Exile Voice

Varnia's chief judge, Arin Posk, told state radio that around 1,400 people were detained during and after the border war, with some of them likely to face the death penalty.
`,
  'toll.txt': `Varnia says 540 killed in eleven days of air raids
Published: 3 May 2033 | Northern Wire

On Tuesday the Varnian health ministry reported 540 people killed in the air raids since April 22.
`,
  'osgar.txt': `Osgar counts its losses as the truce holds
Published: 3 May 2033 | Osgar Daily

Osgar's rescue service reported 31 people killed in the air raids on its side since April 22, and 900 hurt.
`,
  'dorvik.txt': `Drone strike on Dorvik market
Published: 3 May 2033 | Osgar Daily

A drone struck the covered market of Dorvik at noon on Tuesday, and city officials said 14 people were killed there.
`,
  'hanged.txt': `Varnia hangs two prisoners accused of spying for Osgar
Published: 2 July 2033 | Exile Voice

The hangings were carried out at dawn in Kessa Prison in Varnia's Lower Vale province, the state-run VNA agency said.

Varnia identified the two men executed as Oren Dask and Osgari national Pell Marto.

Their lawyers, who work from an office in Dorvik, had asked for a retrial in March.
`,
};

describe('the thirty-second probe: counts and charges told of others', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a month of hangings told in all and by sex WHEN how many hangings the monitor recorded is asked THEN no count of women alone answers', () => {
    const { answer } = ask(index, 'How many executions did VRMA record in Varnian jails in April 2033?');
    if (answer.answered) expect(answer.text).toMatch(/\b97\b/);
    expect(answer.text).not.toMatch(/^(?:According to [^,“]*, )?(?:Nine|9|4) women/);
  });

  it('GIVEN "212 men, women and children" WHEN how many people the group says were killed is asked THEN 212 answers (a list of parts is the whole)', () => {
    const { answer } = ask(index, 'How many people did Lantern Watch say were killed in the Harl crackdown?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b212\b/);
  });

  it('GIVEN a toll credited to "the group" after a person\'s toll WHEN the wounded according to the person are asked THEN the group\'s count does not answer', () => {
    const { answer } = ask(index, 'How many people were hurt according to Tomas Relk?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a count of people detained WHEN how many were sentenced to death is asked THEN the count of detainees does not answer', () => {
    const { answer } = ask(index, 'How many detainees have been sentenced to death according to Posk?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a count of people detained WHEN how many were detained is asked THEN it answers', () => {
    const { answer } = ask(index, 'How many people were detained according to Arin Posk?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('1,400');
  });

  it('GIVEN a title saying "accused of spying" and no sentence telling a charge WHEN what the men were accused of is asked THEN the title answers nothing', () => {
    const { answer } = ask(index, 'What were the two men hanged in Kessa accused of?');
    expect(answer.answered).toBe(false);
  });
});

// The real answer this class comes from joined the tolls of several reports of one day (a national toll, the other
// side's losses) into one reply for a town named in only one report's caption; an archive small enough for a test
// does not join them, so the check is shown on such a reply directly.
describe('a count asked of a town, given from reports that never name it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  function replyCiting(files: string[], text: string): Answer {
    const citations = files.map((file) => {
      const article = index.data.articles.find((a) => a.files.includes(file))!;
      const s = index.sentencesOf(article.id).find((x) => /\d/.test(x.text) && /killed/.test(x.text))!;
      return { file, articleId: article.id, title: article.title, excerpt: s.text, sentence: s.index, start: 0, end: s.text.length };
    });
    return { question: '', answered: true, intent: 'howmany', text, citations };
  }

  it('GIVEN a reply joining a Dorvik toll to one from a report that never writes Dorvik WHEN how many were killed in Dorvik is asked THEN the reply is declined', () => {
    const question = 'How many people were killed in Dorvik on May 3, 2033?';
    const intent = understand(question, index);
    const given = replyCiting(['dorvik.txt', 'osgar.txt'], 'According to city officials, 14 people were killed; according to Osgar’s rescue service, 31 people were killed.');
    expect(countOfATownUnwritten(intent, index, given).answered).toBe(false);
  });

  it('GIVEN a toll from a report that writes Dorvik WHEN how many were killed in Dorvik is asked THEN the reply stands', () => {
    const question = 'How many people were killed in Dorvik on May 3, 2033?';
    const intent = understand(question, index);
    const given = replyCiting(['dorvik.txt'], '14 people (reported by “Drone strike on Dorvik market”)');
    expect(countOfATownUnwritten(intent, index, given).answered).toBe(true);
  });
});
