import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchiveFromFolder, ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import type { Answer } from '../../../src/domain/types.ts';

// The whole pipeline on the default archive, with questions phrased unlike the public sample
// (informal, lower case, other words for the same facts).
let index: ArchiveIndex;
beforeAll(async () => {
  index = (await buildArchiveFromFolder('data/articles')).index;
});

function answer(q: string): Answer {
  return ask(index, q).answer;
}

function citesFile(a: Answer, prefix: string): boolean {
  return a.citations.some((c) => c.file.startsWith(prefix));
}

describe('seed archive: answers state the fact in the text', () => {
  const cases: Array<[string, RegExp[], string]> = [
    ['who were the speakers at the Dec 2 2019 rally in Paris', [/Vaucouleurs/, /Boutault/, /Legaret/], '002'],
    ['what did boutault ask macron to do', [/fact-finding/], '002'],
    ['death toll of the november 2019 uprising?', [/1,?500/], '001'],
    ['how many wounded in the november uprising', [/8,?000/], '001'],
    ['what date was the rally at the National Assembly', [/February 11, 2020/], '001'],
    ['Where did the MEK rally on Feb 11 2020', [/National Assembly/], '001'],
    ['who was killed in the 1982 attack on the PMOI home', [/Khiabani/], '001'],
    ["who's Drickznla", [/General Coordinator/], '000'],
    ['what did the UN coordinator say about east ghouta', [/spiralling/], '004'],
    ['which senator spoke at trocadero on december 26', [/Jean-Pierre Michel/], '003'],
    ['who is mayor of paris 2nd district', [/Boutault/], '002'],
    ['since when have the Iran protests been going on', [/November 15/], '002'],
    ['who called the rally in front of the iranian embassy', [/Syrian Revolution Coordination/], '000'],
    ["who's jacques boutault", [/2nd District/], '002'],
  ];
  for (const [q, must, file] of cases) {
    it(`GIVEN "${q}" THEN the answer says it and cites ${file}`, () => {
      const a = answer(q);
      expect(a.answered).toBe(true);
      for (const m of must) expect(a.text).toMatch(m);
      expect(citesFile(a, file)).toBe(true);
    });
  }

  it('GIVEN "who spoke at the Trocadero rally?" (two rallies there) THEN both rallies\' speakers, and nobody the reports only mention', () => {
    const a = answer('who spoke at the Trocadero rally?');
    for (const name of [/Vaucouleurs/, /Boutault/, /Jean-Pierre Michel/]) expect(a.text).toMatch(name);
    expect(a.text).not.toMatch(/Khamenei/);
    expect(citesFile(a, '002') && citesFile(a, '003')).toBe(true);
  });

  it('GIVEN the Aleppo rally (no year in the report) THEN its date keeps the year open', () => {
    const a = answer('What happened in front of the Iranian embassy in Paris on December 17?');
    expect(a.text).toContain('year not stated');
    expect(a.text).toContain('Aleppo');
  });
});

describe('seed archive: questions it cannot answer', () => {
  const cases = [
    'how many people were at the NCRI rally in Brussels',
    'what did Angela Merkel say about Iran',
    'How many people attended the rally in London?',
    'What did Hassan Rouhani say at the rally?',
    'What did Emmanuel Macron say at the Trocadero rally?',
    'Who spoke at the rally in Paris in 2021?',
    "what's the weather in Paris",
    'Who is the mayor of Lyon?',
  ];
  for (const q of cases) {
    it(`GIVEN "${q}" THEN answered is false`, () => {
      expect(answer(q).answered).toBe(false);
    });
  }
});

describe('seed archive: the verb of a quote question picks the kind of words', () => {
  it('GIVEN "what did rajavi tweet?" THEN the answer is her tweet, not a banner or a speech', () => {
    const a = answer('what did rajavi tweet?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/tweeted: “No concessions/);
    expect(citesFile(a, '002')).toBe(true);
  });

  it('GIVEN a tweet asked of someone who only spoke THEN it says the archive holds no tweet by them', () => {
    const a = answer('what did Panos Moumtzis tweet?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('no tweet by Panos Moumtzis');
  });
});
