import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../../src/understand/compound.ts';

/*
 * Questions that ask two or three things at once are read as the questions they join, each able to stand alone:
 * "it" and "there" become the occasion another part names, and a part naming no occasion, place or time is given
 * the one the others name.
 */
describe('compound questions', () => {
  it('GIVEN "who spoke at X and when was it?" THEN two questions, the second about X', () => {
    expect(compoundParts('who spoke at the Velmar Square rally and when was it?')).toEqual(['who spoke at the Velmar Square rally?', 'when was the Velmar Square rally?']);
  });

  it('GIVEN "when and where was X?" THEN a question for the time and one for the place', () => {
    expect(compoundParts('when and where was the march against the envoy in Kastel?')).toEqual(['when was the march against the envoy in Kastel?', 'where was the march against the envoy in Kastel?']);
  });

  it('GIVEN "<occasion> - when and where?" THEN each asking word with the occasion', () => {
    expect(compoundParts('Orvel vigil 2021 - when and where?')).toEqual(['Orvel vigil 2021 - when?', 'Orvel vigil 2021 - where?']);
  });

  it('GIVEN two questions in one message THEN the second, naming nothing, is asked of the first one’s occasion', () => {
    expect(compoundParts('Who organised the vigil in Orvel? How many came?')).toEqual(['Who organised the vigil in Orvel?', 'How many came at the vigil in Orvel?']);
  });

  it('GIVEN the occasion named in the second part only THEN the first part is asked of it too', () => {
    expect(compoundParts('how many came and who organised the Kastel rally?')).toEqual(['how many came at the Kastel rally?', 'who organised the Kastel rally?']);
  });

  it('GIVEN a time closing the last part THEN a part naming none shares it', () => {
    expect(compoundParts('how many were killed and how many were arrested in March 2031?')).toEqual(['how many were killed in March 2031?', 'how many were arrested in March 2031?']);
  });

  it('GIVEN "and" joining names, places or deeds THEN one question', () => {
    expect(compoundParts('who spoke at the rally in Kastel and Orvel?')).toBeUndefined();
    expect(compoundParts('what did Ana Roth and Sam Vell say?')).toBeUndefined();
    expect(compoundParts('how many were killed and injured in 2031?')).toBeUndefined();
  });

  it('GIVEN "and where they were held" (a clause, not a question) THEN one question', () => {
    expect(compoundParts('how many people were arrested and where they were held')).toBeUndefined();
    expect(compoundParts('tell me about the arrests and when they happened')).toBeUndefined();
  });

  it('GIVEN "who, when and where" THEN one question ("who was the march" asks nothing)', () => {
    expect(compoundParts('who, when and where was the Velmar march?')).toBeUndefined();
  });

  it('GIVEN "… there and when" with no occasion named THEN one question (nothing to ask the time of)', () => {
    expect(compoundParts('what did the mayor say there and when')).toBeUndefined();
  });

  it('GIVEN the part the occasion is read from says "there" THEN that part keeps its words', () => {
    expect(compoundParts('what did the mayor of the 9th district say at the pensions conference there, and when was it')).toEqual([
      'what did the mayor of the 9th district say at the pensions conference there?',
      'when was the pensions conference?',
    ]);
  });

  it('GIVEN a mention or @everyone in the question THEN the parts hold none of it', () => {
    const parts = compoundParts('<@123456789012345678> @everyone who spoke at the Velmar rally and when was it?');
    expect(parts).toEqual(['who spoke at the Velmar rally?', 'when was the Velmar rally?']);
  });
});

describe('compound questions answered whole', () => {
  it('GIVEN "what did X say …, and what was his old job?" THEN one question (the post is asked of the person quoted)', () => {
    expect(compoundParts('what did Paul Vell say at the Kastel rally, and what was his old job?')).toBeUndefined();
    expect(compoundParts('what did Ana Roth say in Orvel and what is her title?')).toBeUndefined();
  });
});

describe('the occasion a later part refers to', () => {
  it('GIVEN "the kastel freedom for vardania rally … and how many groups backed it?" THEN "it" is the whole rally, not a word’s end ("…an rally")', () => {
    expect(compoundParts('who organised the kastel freedom for vardania rally in feb 2031 and how many groups backed it?')).toEqual([
      'who organised the kastel freedom for vardania rally in feb 2031?',
      'how many groups backed the kastel freedom for vardania rally?',
    ]);
  });
});

describe('the post asked with the words, in another wording', () => {
  it('GIVEN "…, and what job did he hold?" THEN one question too', () => {
    expect(compoundParts('what did Paul Vell say at the Kastel rally, and what job did he hold?')).toBeUndefined();
  });
});
