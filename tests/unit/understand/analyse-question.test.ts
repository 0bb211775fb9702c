import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { keyOf, tokenize } from '../../../src/understand/vocabulary.ts';

describe('analyseQuestion: the answer expected', () => {
  const cases: Array<[string, string]> = [
    ['how many buses came from Belgium?', 'count'],
    ['what did the police say the crowd was?', 'count'],
    ['what death toll did the monitor give for the shelling?', 'count'],
    ['Who organised the vigil in Ghent?', 'agent'],
    ['which London-based newspaper covered the march?', 'agent'],
    ['Where in Lyon did the exiles gather?', 'place'],
    ['at which metro station was she detained?', 'place'],
    ['which squares did the march go between?', 'place'],
    ['When did the strike at the refinery begin?', 'date'],
    ['over what dates did the agency count the displaced?', 'date'],
    ['What did Anna Kowalski say about the embassy?', 'statement'],
    ['how did the monitor describe the situation in the camp?', 'statement'],
    ['After the vigil, Lord Haldane spoke to reporters. what did he say?', 'statement'],
    ['who is Pieter Janssen?', 'role'],
    ["who's Mina Rahimi, quoted by the radio at the rally?", 'role'],
    ['who was one of the organisers of the march in Velmont?', 'agent'],
    ['who were some of the speakers at the vigil?', 'agent'],
    ['which room was the conference in?', 'place'],
    ['What happened outside the consulate in Oslo on May 3?', 'fact'],
  ];
  for (const [q, expects] of cases) {
    it(`GIVEN "${q}" THEN it expects ${expects}`, () => {
      expect(analyseQuestion(q).expects).toBe(expects);
    });
  }
});

describe('analyseQuestion: focus and constraints', () => {
  it('GIVEN a counted noun THEN it is the focus, and the place asked after "in" is a constraint the report must name', () => {
    const a = analyseQuestion('How many teachers were detained in Zahedan in 2022?');
    expect(a.counted).toEqual([keyOf('teachers')]);
    const zahedan = a.terms.find((t) => t.fold === 'zahedan');
    expect(zahedan?.locative).toBe(true);
    expect(zahedan?.part).toBe('context');
    expect(a.terms.find((t) => t.fold === 'detained')?.part).toBe('focus');
    expect(a.years).toEqual([2022]);
  });

  it('GIVEN a hedge after the question ("? something about it being near the end") THEN its words are not looked for', () => {
    const a = analyseQuestion('what did sen. lind say about the junta at the rally? something about it being near the end');
    expect(a.terms.map((t) => t.fold)).not.toContain('end');
    expect(a.terms.map((t) => t.fold)).not.toContain('something');
    expect(a.terms.map((t) => t.fold)).toContain('junta');
  });

  it('GIVEN "per Radio Kurdistan" THEN the outlet is a source, weighed lightly, not a fact about the event', () => {
    const a = analyseQuestion('per Radio Kurdistan, how many people marched in Erbil?');
    expect(a.terms.filter((t) => t.sort === 'source').map((t) => t.text)).toEqual(['Radio', 'Kurdistan']);
  });

  it('GIVEN an outlet whose name ends in a number ("per Radio 7", "(Channel 9)") THEN the whole name is a source, not a figure', () => {
    const per = analyseQuestion('how many people marched in Erbil, per Radio 7?');
    expect(per.terms.filter((t) => t.sort === 'source').map((t) => t.text)).toEqual(['Radio', '7']);
    expect(per.numbers).not.toContain(7);
    expect(per.terms.map((t) => t.fold)).not.toContain('per');
    const bracketed = analyseQuestion('what did the crowd chant at the 2031 vigil for Kestel (Channel 9)?');
    expect(bracketed.terms.filter((t) => t.sort === 'source').map((t) => t.text)).toEqual(['Channel', '9']);
    expect(bracketed.terms.find((t) => t.fold === '2031')?.sort).toBe('year');
  });

  it('GIVEN a short form in capitals in brackets ("(UFV)") or a year THEN neither is taken for an outlet', () => {
    const a = analyseQuestion('who spoke for the Union of Free Vardanians (UFV)?');
    expect(a.terms.filter((t) => t.sort === 'source')).toEqual([]);
    const y = analyseQuestion('how many marched in Erbil (2031)?');
    expect(y.terms.filter((t) => t.sort === 'source')).toEqual([]);
  });

  it('GIVEN a number the question states THEN it is context, never the answer', () => {
    const a = analyseQuestion('In the 2,400-strong march in Bern, how many children were there?');
    expect(a.numbers).toContain(2400);
  });

  it('GIVEN "apart from Sara Moradi" THEN her name is set aside for the answer', () => {
    const a = analyseQuestion('who spoke at the Bern march apart from Sara Moradi?');
    expect(a.excluded).toEqual(expect.arrayContaining(['sara', 'moradi']));
    expect(a.agent?.plural).toBe(true);
  });

  it('GIVEN a date in the question THEN its day is part of the date, not a figure', () => {
    const a = analyseQuestion('Who spoke at the vigil in Malmö on March 4, 2023?');
    expect(a.range).toEqual({ from: '2023-03-04', to: '2023-03-04', text: 'march 4, 2023' });
    expect(a.numbers).toEqual([]);
  });

  it('GIVEN "what did X say about Y" THEN X is the subject and Y the topic', () => {
    const a = analyseQuestion('What did Anna Kowalski say about the embassy closures?');
    expect(a.subject?.text).toBe('Anna Kowalski');
    expect(a.topic).toEqual(tokenize('the embassy closures').filter((t) => t.fold !== 'the').map((t) => t.key));
  });

  it('GIVEN an event described with a word THEN the word is marked as describing it', () => {
    const a = analyseQuestion('how many died in the sarin attack on the town?');
    expect(a.terms.find((t) => t.fold === 'sarin')?.describesEvent).toBe(true);
  });
});

describe('vocabulary: words a question and a report use for one another', () => {
  it('GIVEN synonyms, inflections and other languages THEN they share a key', () => {
    expect(keyOf('kids')).toBe(keyOf('children'));
    expect(keyOf('detained')).toBe(keyOf('arrested'));
    expect(keyOf('verhaftet')).toBe(keyOf('arrested'));
    expect(keyOf('morts')).toBe(keyOf('killed'));
    expect(keyOf('maires')).toBe(keyOf('mayors'));
    expect(keyOf('munchen')).toBe(keyOf('munich'));
    expect(keyOf('inauguration')).toBe(keyOf('inaugurated'));
  });

  it('GIVEN phrases THEN they read as one word ("took part", "death toll", "showed up")', () => {
    expect(tokenize('they took part').map((t) => t.key)).toEqual(['they', keyOf('participated')]);
    expect(tokenize('the death toll').map((t) => t.key)).toEqual(['the', keyOf('toll')]);
    expect(tokenize('people showed up').map((t) => t.key)[1]).toBe(keyOf('attended'));
  });

  it('GIVEN thousands written with dots and spaces THEN the number is read whole', () => {
    expect(tokenize('12.000 verhaftet')[0]?.value).toBe(12000);
    expect(tokenize('70 000 participants')[0]?.value).toBe(70000);
    expect(tokenize('1,429 civilians')[0]?.value).toBe(1429);
  });

  it('GIVEN "march" next to a number THEN it is the month; otherwise a march', () => {
    expect(tokenize('on 8 March 2025')[2]?.key).toBe('march');
    expect(tokenize('the march to the square')[1]?.key).toBe(keyOf('rally'));
  });
});
