import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { countOfAnotherState } from '../../../src/answer/count-of-another-state.ts';
import { deedOnlyInWordsQuoted } from '../../../src/answer/deed-only-in-words-quoted.ts';
import { answered, citeAll, provOf } from '../../../src/answer/reply.ts';
import { cleanQuestion, understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Checks merged at stop 35 that declined or changed answers their reports give (found by two second reads of the
// merges): each case is a one-report archive of the genre in invented words, asked as a member would.
const report = (title: string, date: string, body: string): string => `${title}\nPublished: ${date} | Lantern Wire\n\n${body}\n`;

async function answerOf(body: string, question: string, title = 'News from the region', date = '14 November 2031') {
  const index = await archiveOfTexts({ 'report.txt': report(title, date, body) });
  return { index, answer: ask(index, question).answer };
}

describe('second read of stop 35: answers the merged checks must still give', () => {
  it('GIVEN a deed done in a town named after "amid protests in" WHEN where it was done is asked THEN the town answers', async () => {
    const { answer } = await answerOf('Security forces opened fire on worshippers amid protests in Varsk on Friday, killing at least 40 people, witnesses said.', 'Where did security forces open fire on worshippers?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Varsk/);
  });

  it('GIVEN a body saying it had arrested two tourists WHEN that body is given for who arrested them THEN the answer stands (a body telling its own deed is its doer)', async () => {
    const index = await archiveOfTexts({ 'r.txt': report('Guard corps holds two hikers', '14 November 2031', 'The KGC said on Monday it had arrested two Belgian hikers near Darvel, accusing them of filming a naval base.') });
    const intent = understand('Who arrested the Belgian hikers?', index);
    const id = index.data.articles[0]!.id;
    const s = index.sentencesOf(id).find((x) => x.text.includes('had arrested'))!;
    const given = answered(intent, `KGC (according to Lantern Wire): “${s.text}”`, citeAll(index, [provOf(id, s)]));
    expect(deedOnlyInWordsQuoted(intent, index, given).answered).toBe(true);
  });

  it('GIVEN a month’s count written beside the year’s running total WHEN that month is asked THEN its own count answers', async () => {
    const { answer } = await answerOf(
      'In October alone, the Lantern Rights Monitor recorded 120 executions, bringing the total so far this year to more than 900, its director said on Sunday.',
      'How many executions did the Lantern Rights Monitor record in October 2031?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/120/);
  });

  it('GIVEN "60 school girls were poisoned" WHEN how many girls were poisoned is asked THEN 60 answers (the place word qualifies the girls)', async () => {
    const { answer } = await answerOf('At least 60 school girls were poisoned in Dorn last week and taken to clinics, the provincial health office said.', 'How many girls were poisoned in Dorn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/60/);
  });

  it('GIVEN a monitor that recorded 520 executions WHEN how many it registered is asked THEN 520 answers (no gathering is asked)', async () => {
    const { answer } = await answerOf('The Lantern Rights Monitor recorded 520 executions across the country in 2031, up from 410 a year before.', 'How many executions did the Lantern Rights Monitor register in 2031?', 'Monitor counts executions', '3 January 2032');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/520/);
  });

  it('GIVEN 27 inmates "unaccounted for" and girls "taken to hospital" WHEN missing and hospitalised are asked THEN those counts stand', async () => {
    const index = await archiveOfTexts({
      'r.txt': report('Jail fire and a sick school', '14 November 2031', 'Officials said 27 inmates are still unaccounted for after the fire at Kolder jail.\nAbout 40 schoolgirls were taken to hospital in Dorn after a strange smell filled their classrooms.'),
    });
    const id = index.data.articles[0]!.id;
    for (const [q, word, lead] of [
      ['How many inmates are missing?', 'unaccounted', '27 inmates'],
      ['How many schoolgirls were hospitalised?', 'hospital', 'About 40 schoolgirls'],
    ] as const) {
      const intent = understand(q, index);
      const s = index.sentencesOf(id).find((x) => x.text.includes(word))!;
      const given = answered(intent, `According to officials, ${lead}: “${s.text}”`, citeAll(index, [provOf(id, s)]));
      expect(countOfAnotherState(intent, index, given).answered).toBe(true);
    }
  });

  it('GIVEN a march whose sentence urges another country\'s government in passing WHEN where exiles protested against the Iranian government is asked THEN it is not declined as another country\'s', async () => {
    const { answer } = await answerOf(
      'Thousands of Iranian exiles marched in Marlow on Saturday, urging the Iraqi government to close its border camps.\nThey chanted slogans against the Iranian government.',
      'Where did exiles protest against the Iranian government?',
      'Exiles march in Marlow',
    );
    expect(answer.text).not.toMatch(/another country/);
  });

  it('GIVEN "the reporter identified Teo Ulvin as the man who attacked him" WHEN who attacked the reporter is asked THEN Teo Ulvin is not declined as the one attacked', async () => {
    const { answer } = await answerOf('The reporter identified Teo Ulvin as the man who attacked him outside the court in Harl on Monday, police said.', 'Who attacked the reporter?');
    expect(answer.text).not.toMatch(/as the one it was done to/);
  });

  it('GIVEN "1,200 Afghan refugees were deported" WHEN how many refugees were deported is asked THEN 1,200 answers (a country’s people is no named part)', async () => {
    const { answer } = await answerOf('At least 1,200 Afghan refugees were deported from Iran in October, the Harbor Aid Agency said on Monday.', 'How many refugees were deported, according to the Harbor Aid Agency?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,200/);
  });

  it('GIVEN "Gov. Ana Berg" WHEN who the governor is is asked THEN the post written short is not called unnamed', async () => {
    const { answer } = await answerOf('Gov. Ana Berg said the coast road into Harl would reopen on Monday after the floods.\nCrews cleared mud from the bridge.', 'Who is the governor?', 'Floods close the coast road');
    expect(answer.text).not.toMatch(/No sentence names the governor/);
  });

  it('GIVEN "the closing session" WHEN which session she addressed is asked THEN the answer is not declined for want of a number, nor numbered from another sentence', async () => {
    const body = 'Opposition figure Mira Tolvan addressed the closing session of the Lund conference on Oskan rights on Friday.\nShe called for a vote on the future of Oska and the freeing of all prisoners.';
    const first = await answerOf(body, 'Which session of the Lund conference did Mira Tolvan address?', 'Exiles address Lund conference');
    expect(first.answer.text).not.toMatch(/No sentence found numbers/);
    const other = await answerOf(body.replace(/\nShe called.*$/, '\nDuring the first day of that session, delegates heard from relatives of prisoners.'), 'Which session of the Lund conference did Mira Tolvan address?', 'Exiles address Lund conference');
    expect(other.answer.text).not.toMatch(/^The first\b/);
  });

  it('GIVEN "to mark the anniversary of the death of" WHEN what anniversary was marked is asked THEN it is not declined for want of a number', async () => {
    const { answer } = await answerOf('Hundreds of exiles gathered in Lund on Saturday to mark the anniversary of the death of Tara Venn, a poet who died in custody.', 'What anniversary did the exiles mark in Lund?');
    expect(answer.text).not.toMatch(/No sentence found numbers/);
  });

  it('GIVEN a title-case headline opening with "Rights Council" over its deck WHEN the report is cited THEN the headline is its title, not its publisher', async () => {
    const index = await archiveOfTexts({
      'kessa.txt': 'Rights Council Extends Kessa Mission\nThe council voted 25 to 6 on Friday to renew the fact-finding mission for another year\n\nGeneva, 5 April 2032 - The Rights Council voted on Friday to extend the mandate of its mission on Kessa for another year.\n',
    });
    expect(index.data.articles[0]?.title).toBe('Rights Council Extends Kessa Mission');
  });

  it('GIVEN a spokesman for a dockworkers’ union WHEN who is the spokesman for the strikers is asked THEN he is not declined as another body’s', async () => {
    const { answer } = await answerOf(
      'Thousands of dockers walked out in Harl port on Monday over unpaid wages.\n"We will not go back until every docker is paid," said Oren Falk, a spokesman for the dockworkers\' union.\nPolice detained 12 strikers at the gates.',
      'Who is the spokesman for the strikers?',
      'Dockers walk out in Harl port',
    );
    expect(answer.text).not.toMatch(/No sentence names the spokesman/);
  });
});

describe('second read of stop 35: "post" as a noun', () => {
  it('GIVEN "what did X say in her post" WHEN the question is cleaned THEN "post" stays a noun (only "what did X post on …" asks words written)', () => {
    expect(cleanQuestion('What did Ostrow say in her post?')).toMatch(/\bher post\b/);
    expect(cleanQuestion('What did Mina Ostrow post on her channel?')).not.toMatch(/\bpost\b/);
  });
});

describe('second read of stop 35: a region’s people stay a part', () => {
  it('GIVEN only "57 Kurdish people" killed in one town WHEN the toll of the whole wave of protests is asked THEN not in the archive', async () => {
    const { answer } = await answerOf(
      'The Open Door League said on Friday that at least 57 Kurdish people had been killed in Halsk, the capital of the western province, since the previous Monday.',
      'How many people were killed in the October 2031 protests according to the Open Door League?',
      'Protest deaths rise in Halsk',
      '8 October 2031',
    );
    expect(answer.answered).toBe(false);
  });
});
