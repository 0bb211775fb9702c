import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.ts';
import { answerIntent } from '../../../src/answer/answer.ts';
import type { Answer, ConversationContext } from '../../../src/domain/types.ts';
import { answerArchive } from '../../fixtures/answer/archive.ts';

const index = answerArchive();

function ask(q: string, context?: ConversationContext): Answer {
  return answerIntent(understand(q, index, context), index);
}

function cited(a: Answer): string[] {
  return a.citations.map((c) => `${c.articleId}#${c.sentence}`);
}

describe('answer: who spoke', () => {
  it('GIVEN a rally pinned by place and date THEN lists its speakers with their roles and cites them', () => {
    const a = ask('Who spoke at the Bellecour rally on March 13, 2021?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Hélène Marchetti-Roux (Deputy Mayor of Lyon)');
    expect(a.text).toContain('Karim Oudjani (former senator of the Rhône)');
    expect(a.text).not.toContain('Sophie Lambert');
    expect(a.citations[0]?.file).toBe('lyon-a.txt');
  });

  it('GIVEN two rallies on the same square in the same month and no date THEN both are named', () => {
    const a = ask('anyone know who spoke at bellecour');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2 events match');
    expect(a.text).toContain('March 13, 2021');
    expect(a.text).toContain('March 27, 2021');
    expect(a.text).toContain('Sophie Lambert');
  });

  it('GIVEN a role in the question ("which former senator") THEN only the speaker with that role is named', () => {
    const a = ask('Which former senator spoke at the rally in Lyon?');
    expect(a.text).toContain('Karim Oudjani');
    expect(a.text).not.toContain('Marchetti-Roux');
    expect(a.text).not.toContain('Lambert');
  });

  it('GIVEN "which students were killed on <date>" THEN names the people the matching sentence names', () => {
    const a = ask('Which students were killed on October 2, 2022?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Darius Farahani and Leyla Nouri/);
    expect(cited(a)[0]).toBe('tally-a#2');
  });

  it('GIVEN "who organised" THEN names the organiser the report states', () => {
    const a = ask('Who organised the rally at Place Bellecour on March 13?');
    expect(a.text).toContain('Association of Iranian Women in Lyon');
    expect(cited(a)).toContain('lyon-a#1');
  });
});

describe('answer: roles', () => {
  it('GIVEN "who is X" THEN states the role with its source', () => {
    const a = ask('Who is Karim Oudjani?');
    expect(a.text).toBe('Karim Oudjani is former senator of the Rhône (according to Iran Freedom Monitor (March 14, 2021)).');
    expect(cited(a)).toEqual(['lyon-a#5']);
  });

  it('GIVEN the role asked the other way round THEN names the person holding it', () => {
    const a = ask('who is the deputy mayor of lyon');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Hélène Marchetti-Roux is Deputy Mayor of Lyon/);
  });

  it('GIVEN a role nobody in the archive holds THEN does not answer with another role', () => {
    const a = ask('Who is the mayor of Marseille?');
    expect(a.answered).toBe(false);
  });
});

describe('answer: quotes', () => {
  it('GIVEN "what did X call for" THEN gives the quote, attributed and cited', () => {
    const a = ask('What did Oudjani call for?');
    expect(a.text).toContain('Karim Oudjani said: “We demand that the European Union close the embassies of the executioners”');
    expect(cited(a)).toEqual(['lyon-a#6']);
  });

  it('GIVEN "what did X urge France to do" THEN gives the reported statement, not an unrelated quote', () => {
    const a = ask('What did Marchetti-Roux urge France to do?');
    expect(a.text).toContain('urged France to recall its ambassador from Tehran');
    expect(cited(a)).toEqual(['lyon-a#4']);
  });

  it('GIVEN a topic THEN the quote about it is chosen', () => {
    const a = ask('What did Sarah Holm say about markets?');
    expect(a.text).toContain('Markets full of families are not military targets');
  });

  it('GIVEN a topic the person never spoke about THEN says so instead of quoting something else', () => {
    const a = ask('What did Sarah Holm say about elections?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('no statement by Sarah Holm about elections');
  });

  it('GIVEN a person who is only mentioned THEN answered is false (no quote put in their mouth)', () => {
    const a = ask('What did Ebrahim Raisi say at the rally?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('no statement by Ebrahim Raisi');
  });

  it('GIVEN a question about what protesters chanted THEN banners and slogans are named as such', () => {
    const a = ask('What did the protesters chant?');
    expect(a.text).toContain('“Freedom for political prisoners”');
  });

  it('GIVEN a follow-up "and about markets?" after a quote question THEN the same person is quoted on the new topic', () => {
    const a = ask('and about markets?', { people: ['sarah-holm'], at: Date.now() });
    expect(a.intent).toBe('quote');
    expect(a.text).toContain('Markets full of families');
  });

  it('GIVEN a follow-up "what did she say?" THEN quotes the person asked about before', () => {
    const a = ask('what did she say?', { people: ['sophie-lambert'], at: Date.now() });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Sophie Lambert');
    expect(a.text).toContain('students must be freed');
  });
});

describe('answer: figures', () => {
  it('GIVEN two sources that disagree THEN both figures are shown with their sources and dates', () => {
    const a = ask('How many protesters were killed in the September 2022 uprising?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('According to Iran Rights Observatory (October 20, 2022), at least 320 protesters were killed in the September 2022 uprising');
    expect(a.text).toContain('according to the opposition coalition (November 5, 2022), over 750 protesters were killed');
    expect(a.text).toContain('different figures');
    expect(cited(a)).toEqual(['tally-a#0', 'tally-b#0']);
  });

  it('GIVEN informal "how many were detained" THEN the arrest figures of both sources are given', () => {
    const a = ask('how many were detained');
    expect(a.text).toContain('more than 15,000');
    expect(a.text).toContain('at least 30,000');
    expect(a.text).not.toContain('320');
  });

  it('GIVEN a casualty question about a shelling THEN only the shelling figure is given, attributed to its claimant', () => {
    const a = ask('How many people were killed in the Ariha market shelling?');
    expect(a.text).toBe('According to the Syrian Civil Defence, at least 45 civilians were killed in the shelling of a market in Ariha.');
    expect(cited(a)).toEqual(['ariha#0']);
  });

  it('GIVEN a count of damaged buildings THEN the figure keeps its words', () => {
    const a = ask('How many schools were damaged in the Ariha shelling?');
    expect(a.text).toContain('three schools were damaged');
  });

  it('GIVEN a follow-up "and how many were arrested?" after an uprising question THEN the arrest figures answer', () => {
    const a = ask('and how many were arrested?', { measure: 'killed', at: Date.now() });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('15,000');
  });

  it('GIVEN a follow-up after a rally question THEN the place and day of the rally narrow softly: the arrest figures still answer', () => {
    const a = ask('and how many were arrested?', { eventIds: ['lyon-a:e0'], at: Date.now() });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('more than 15,000');
  });

  it('GIVEN an attendance question THEN the crowd size is stated for the right rally', () => {
    const a = ask('How many people attended the rally at Bellecour on March 13, 2021?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/several hundred/i);
  });
});

describe('answer: when, where, what happened, timeline, mentions', () => {
  it('GIVEN a year-less event THEN its date says the year is not stated and never invents one', () => {
    const a = ask('When was the vigil outside the Iranian embassy in Oslo?');
    expect(a.text).toContain('November 12 (year not stated; the weekday fits 2011, 2016 or 2022)');
  });

  it('GIVEN two rallies at one place THEN "when" names both dates', () => {
    const a = ask('When was the rally at Place Bellecour?');
    expect(a.text).toContain('March 13, 2021');
    expect(a.text).toContain('March 27, 2021');
  });

  it('GIVEN a where question with a date THEN names the venue and city', () => {
    const a = ask('Where was the rally on March 27, 2021 held?');
    expect(a.text).toContain('at Place Bellecour, Lyon');
    expect(cited(a)).toEqual(['lyon-b#0']);
  });

  it('GIVEN "what happened" at a place on a day THEN describes the event with its sentence', () => {
    const a = ask('What happened outside the Iranian embassy in Oslo on November 12?');
    expect(a.text).toContain('candlelight vigil');
  });

  it('GIVEN a timeline request THEN events come in date order', () => {
    const a = ask('List the rallies in Lyon in March 2021');
    expect(a.text.indexOf('March 13, 2021')).toBeLessThan(a.text.indexOf('March 27, 2021'));
    expect(a.citations).toHaveLength(2);
  });

  it('GIVEN "which articles mention X" THEN lists the articles by title', () => {
    const a = ask('Which articles mention Sarah Holm?');
    expect(a.text).toContain('“Market shelling in Ariha kills dozens”');
  });
});

describe('answer: when extraction left gaps', () => {
  it('GIVEN a "Participants included:" list THEN everyone listed is named, not only the linked speaker', () => {
    const a = ask('Who took part in the conference in Geneva on June 9, 2023?');
    expect(a.text).toContain('Marc Vuilleumier (member of the Grand Council of Geneva)');
    expect(a.text).toContain('Anahita Rostami (human rights lawyer)');
  });

  it('GIVEN a rally nobody was linked to THEN the people its report quotes addressing it are named', () => {
    const a = ask('Who spoke at the rally in Hamburg?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Tobias Engel (a city councillor)');
  });

  it('GIVEN an undated rally "on Thursday" in a report of Friday November 18, 2022 THEN its date is November 17, 2022', () => {
    const a = ask('When did supporters rally outside the Iranian consulate in Hamburg?');
    expect(a.text).toContain('November 17, 2022');
  });

  it('GIVEN a count no figure was extracted for THEN the sentence stating it answers, and other tallies are not used', () => {
    const a = ask('How many activists were detained before the Geneva conference?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('12 activists had been detained');
    expect(a.text).not.toContain('15,000');
  });

  it('GIVEN "what did <an organisation> report" THEN the sentence where it reports is quoted', () => {
    const a = ask('What did the Geneva Human Rights Bureau report?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('12 activists had been detained');
  });
});

describe('answer: not in the archive', () => {
  const cases = [
    'What is the capital of Australia?',
    'How many people attended the Free Iran rally in Berlin?',
    'Who spoke at the rally in Lyon in 2018?',
    'How many protesters were killed in the 2009 Green Movement protests?',
    'What did John Whitfield say about Lyon?',
    'Who spoke at the conference in Madrid?',
  ];
  for (const q of cases) {
    it(`GIVEN "${q}" THEN answered is false with a message and suggestions`, () => {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.citations).toEqual([]);
      expect(a.text).toMatch(/archive (has nothing|holds no)/);
      expect(a.suggestions?.length ?? 0).toBeGreaterThan(0);
    });
  }

  it('GIVEN an unknown place THEN the message names it', () => {
    expect(ask('How many people attended the Free Iran rally in Berlin?').text).toContain('nothing on Berlin');
  });

  it('GIVEN a year outside the archive THEN the message names the year', () => {
    expect(ask('Who spoke at the rally in Lyon in 2018?').text).toContain('nothing from 2018');
  });

  for (const q of ['😀😀😀', '???', '42']) {
    it(`GIVEN a question without a word (${JSON.stringify(q)}) THEN it is asked to be put in words, with examples`, () => {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.text).toMatch(/^Ask a question about the archive in words, for example who spoke at a rally/);
    });
  }

  for (const q of ['', '   ', '😀😀😀', '@everyone', 'x'.repeat(10_000)]) {
    it(`GIVEN odd input (${JSON.stringify(q.slice(0, 12))}…) THEN a clear unanswered message, no throw`, () => {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.text.length).toBeGreaterThan(10);
      expect(a.text.length).toBeLessThan(600);
    });
  }
});
