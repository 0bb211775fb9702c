import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/domain/types.ts';
import { createNlp, type Nlp } from '../../../src/extract/nlp.ts';
import { extractPeople, type PeopleResult } from '../../../src/extract/people.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { articleFromText } from '../../support/article-from-text.ts';

let nlp: Nlp;
beforeAll(() => {
  nlp = createNlp();
});

function peopleOfText(text: string): PeopleResult {
  const article = articleFromText(text, 'fx');
  return extractPeople(nlp, article, splitSentences(nlp, article));
}
const peopleOf = (file: string): PeopleResult =>
  peopleOfText(readFileSync(new URL(`../../fixtures/extract-people/${file}`, import.meta.url), 'utf8'));

function speaker(r: PeopleResult, id: string): Speaker {
  const s = r.speakers.find((x) => x.id === id);
  if (!s) throw new Error(`no speaker ${id} among ${r.speakers.map((x) => x.id).join(', ')}`);
  return s;
}
const roles = (s: Speaker): string[] => s.roles.map((r) => r.text);

describe('people in a Brussels rally report', () => {
  it('GIVEN an accented name with a particle THEN the id is folded ASCII and the short form is an alias', () => {
    const r = peopleOf('brussels-rally.txt');
    const s = speaker(r, 'helene-van-der-berghe');
    expect(s.name).toBe('Hélène Van der Berghe');
    expect(s.aliases).toContain('Ms. Van der Berghe');
    expect(roles(s)).toEqual(expect.arrayContaining(['Senator', "a member of the Belgian Senate's foreign affairs committee"]));
  });

  it('GIVEN hyphenated names THEN they stay whole with their roles', () => {
    const r = peopleOf('brussels-rally.txt');
    expect(roles(speaker(r, 'karim-abdel-malek'))).toContain('spokesman of the Iranian Refugees Council');
    expect(speaker(r, 'karim-abdel-malek').affiliations).toContain('Iranian Refugees Council');
    expect(roles(speaker(r, 'octave-lenoir-dufresne'))).toContain('Deputy Mayor of Liège');
    expect(speaker(r, 'farzaneh-ghorbani').aliases).toEqual(expect.arrayContaining(['Dr. Ghorbani']));
  });

  it('GIVEN a foundation named after a person and a square THEN neither is a speaker', () => {
    const r = peopleOf('brussels-rally.txt');
    expect(r.speakers.map((s) => s.id).sort()).toEqual(['farzaneh-ghorbani', 'helene-van-der-berghe', 'karim-abdel-malek', 'octave-lenoir-dufresne']);
  });
});

describe('people in a Berlin anniversary report', () => {
  it('GIVEN a participant list THEN each gets the role stated for them, shared roles for pairs', () => {
    const r = peopleOf('berlin-anniversary.txt');
    expect(roles(speaker(r, 'matthias-kuhne'))).toContain('Chairman of the German Solidarity Committee for a Free Iran');
    expect(roles(speaker(r, 'leyla-ahmadi-nejad'))).toContain("members of the Iranian Women's Association");
    expect(roles(speaker(r, 'shirin-parsa'))).toContain("members of the Iranian Women's Association");
    expect(roles(speaker(r, 'thomas-brandt'))).toContain('former MP');
    expect(speaker(r, 'thomas-brandt').aliases).toContain('Brandt');
  });

  it('GIVEN a gate and a news site THEN neither is a person', () => {
    const names = peopleOf('berlin-anniversary.txt').speakers.map((s) => s.name).join(' | ');
    expect(names).not.toContain('Brandenburg');
    expect(names).not.toContain('Iran Focus');
  });
});

describe('people in a Geneva report', () => {
  it('GIVEN "bin" and "von" names and a later short form THEN the short form joins the full name', () => {
    const r = peopleOf('geneva-session.txt');
    expect(speaker(r, 'ahmad-bin-khalid').aliases).toContain('Mr. Bin Khalid');
    expect(roles(speaker(r, 'ahmad-bin-khalid'))).toContain('a Bahraini human rights advocate');
    expect(speaker(r, 'ingrid-von-hoffmann').aliases).toContain('Mrs. von Hoffmann');
    expect(roles(speaker(r, 'marco-bellini'))).toContain('Senator');
    expect(r.speakers).toHaveLength(3);
  });
});

describe('people: generic evidence', () => {
  it('GIVEN "the" before a capitalised phrase or a place preposition THEN it is not a person', () => {
    const r = peopleOfText('Supporters gathered in Hyde Park. The Northern Alliance said it would join. Speakers arrived from Stockholm Centrum.');
    expect(r.speakers).toEqual([]);
  });

  it('GIVEN a name that is only a subject of "said" THEN it is a person', () => {
    const r = peopleOfText('Daniel Okonkwo said the march would continue until the prisoners are freed.');
    expect(r.speakers.map((s) => s.id)).toEqual(['daniel-okonkwo']);
  });

  it('GIVEN two people with one surname THEN a bare surname goes to the one named last before it', () => {
    const r = peopleOfText('Leila Farahani spoke first. Later Reza Farahani, her cousin, took the stage. Farahani thanked the organisers.');
    const reza = speaker(r, 'reza-farahani');
    expect(reza.mentions).toHaveLength(2);
    expect(speaker(r, 'leila-farahani').mentions).toHaveLength(1);
  });

  it('GIVEN a first name that is also a common word at the start of a sentence THEN the person is still found', () => {
    const r = peopleOfText('Hope Johnson told reporters that the vigil would continue. Will Sanders said nothing.');
    expect(r.speakers.map((s) => s.id).sort()).toEqual(['hope-johnson', 'will-sanders']);
  });

  it('GIVEN a sentence opener before a surname THEN no person is made of them', () => {
    const r = peopleOfText('Yesterday Rajavi said the regime would fall. Protesters Ali and Reza chanted.');
    expect(r.speakers).toEqual([]);
  });

  it('GIVEN a role opening the sentence before an honorific name THEN that is the role', () => {
    const r = peopleOfText('A veteran human rights lawyer, Mr. Kamal Haddadi, spoke about the trials.');
    expect(roles(speaker(r, 'kamal-haddadi'))).toEqual(['A veteran human rights lawyer']);
  });

  it('GIVEN organisations used like people ("X said its …", "X fighters", "… Without Borders") THEN none is a person', () => {
    const r = peopleOfText(
      'Reporters Without Borders condemned the arrests. Doctors Without Borders said its clinic was hit. Kataib Hezbollah claimed the strike. Kataib Hezbollah fighters were seen near the border. Médecins Sans Frontières warned of an epidemic.',
    );
    expect(r.speakers).toEqual([]);
  });

  it('GIVEN "said it was" after a person THEN she is still a person', () => {
    expect(peopleOfText('Nasrin Ebadi said it was time to act.').speakers.map((s) => s.id)).toEqual(['nasrin-ebadi']);
  });

  it('GIVEN "the death of X" and "portraits of X" THEN X is a person, unlike "the bombardment of X"', () => {
    const r = peopleOfText('Crowds marked the death of Leyla Karimi. They carried portraits of Omid Sarraf. Aircraft continued the bombardment of Tell Rifaat.');
    expect(r.speakers.map((s) => s.id).sort()).toEqual(['leyla-karimi', 'omid-sarraf']);
  });

  it('GIVEN titles with a dotted acronym or a possessive THEN the whole title is the role', () => {
    const r = peopleOfText('Former U.S. Senator Dan Whitfield spoke first. Then NCRI Women’s Committee chair Soheila Javan condemned the executions.');
    expect(roles(speaker(r, 'dan-whitfield'))).toContain('Former U.S. Senator');
    expect(roles(speaker(r, 'soheila-javan'))).toContain('NCRI Women’s Committee chair');
  });

  it('GIVEN "Name, 22, died" and datelines "City, 12 Oct –" THEN the first is a person, the datelines are not', () => {
    const r = peopleOfText('Stockholm, October 3, 2022 — Thousands gathered.\n\nHalden Vik, 12 Oct – Hundreds rallied.\n\nZhina Karimi, 22, died in custody.');
    expect(r.speakers.map((s) => s.id)).toEqual(['zhina-karimi']);
  });
});

describe('people in a press release with a participant list', () => {
  it('GIVEN one participant per line THEN each role stops at the line end', () => {
    const r = peopleOf('rome-press-release.txt');
    expect(roles(speaker(r, 'bruno-ferrante'))).toEqual(['former Foreign Minister of Italy']);
    expect(roles(speaker(r, 'parisa-navabi'))).toEqual(['Iranian-American scholar']);
    expect(roles(speaker(r, 'marta-lombardi'))).toEqual(['Senator', 'Chair of the Parliamentary Friends of a Free Iran']);
    expect(roles(speaker(r, 'tiago-mendes'))).toEqual(['former MEP']);
    expect(speaker(r, 'carla-gentile').aliases).toContain('Ms. Carla Gentile');
    expect(r.speakers).toHaveLength(5);
  });
});


describe('words for a people are no one’s name', () => {
  it('GIVEN "Kurdish Canadian campaign urges …" and "Several thousand Finnish Armenians marched" THEN no speaker is named after them, and the person quoted is', () => {
    const r = peopleOfText(
      [
        'Kurdish Canadian campaign urges Ottawa to back the strikers',
        'Several thousand Finnish Armenians marched in Turku on Saturday in support of the strikers.',
        '"We will not be silent," said Lena Halvorsen, a spokeswoman for the marchers.',
      ].join('\n\n'),
    );
    const ids = r.speakers.map((s) => s.id);
    expect(ids).not.toContain('kurdish-canadian');
    expect(ids).not.toContain('finnish-armenians');
    expect(ids).toContain('lena-halvorsen');
  });
});
