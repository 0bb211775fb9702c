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

function peopleOf(file: string): PeopleResult & { text: string } {
  const article = articleFromText(readFileSync(new URL(`../../../data/articles/${file}`, import.meta.url), 'utf8'), file.slice(0, 3));
  return { ...extractPeople(nlp, article, splitSentences(nlp, article)), text: article.text };
}

function speaker(r: PeopleResult, id: string): Speaker {
  const s = r.speakers.find((x) => x.id === id);
  if (!s) throw new Error(`no speaker ${id} among ${r.speakers.map((x) => x.id).join(', ')}`);
  return s;
}

const roles = (s: Speaker): string[] => s.roles.map((r) => r.text);

describe('people in seed 000 (Paris embassy rally for Aleppo)', () => {
  it('GIVEN honorific names with roles THEN finds each speaker with the role as stated', () => {
    const r = peopleOf('000_2b81620ad0ff86e5.txt');
    expect(roles(speaker(r, 'ahmed-drickznla'))).toContain('General Coordinator of the Syrian community in Paris');
    expect(speaker(r, 'wan-mahmood-ghobash').name).toBe('Wan Mahmood Ghobash');
    for (const id of ['helen-fathpour', 'neda-zanjani', 'afshin-alavi']) {
      expect(roles(speaker(r, id))).toContain('members of the Iranian Resistance and the PMOI');
      expect(speaker(r, id).affiliations).toEqual(expect.arrayContaining(['Iranian Resistance', 'PMOI']));
    }
  });

  it('GIVEN "Mrs. Rajavi" and banners naming Maryam Rajavi THEN merges them into one person with her role', () => {
    const r = peopleOf('000_2b81620ad0ff86e5.txt');
    const rajavi = speaker(r, 'maryam-rajavi');
    expect(rajavi.aliases).toContain('Mrs. Rajavi');
    expect(roles(rajavi)).toContain('President-elect of the Iranian Resistance');
    expect(r.speakers.filter((s) => /rajavi/.test(s.id))).toHaveLength(1);
  });

  it('GIVEN organisations and places THEN none of them is a person', () => {
    const r = peopleOf('000_2b81620ad0ff86e5.txt');
    const names = r.speakers.map((s) => s.name).join(' | ');
    for (const bad of ['National Council', 'Free Syrian Army', 'Syrian Revolution', 'United Federation', 'East Aleppo', 'Paris', 'Iran Focus']) {
      expect(names).not.toContain(bad);
    }
  });
});

describe('people in seed 001 (National Assembly rally)', () => {
  it('GIVEN two Rajavis in one article THEN keeps Ashraf and Maryam apart', () => {
    const r = peopleOf('001_21f98a6f8f601717.txt');
    expect(speaker(r, 'ashraf-rajavi').roles).toEqual([]);
    expect(roles(speaker(r, 'maryam-rajavi'))).toContain('NCRI President');
    expect(speaker(r, 'maryam-rajavi').affiliations).toContain('NCRI');
  });

  it('GIVEN org names with "of Iran" THEN none is taken for a person', () => {
    const r = peopleOf('001_21f98a6f8f601717.txt');
    const names = r.speakers.map((s) => s.name).join(' | ');
    for (const bad of ['Mojahedin', 'National Assembly', 'Revolutionary Guards', 'Council', 'Tehran']) expect(names).not.toContain(bad);
  });
});

describe('people in seed 002 (Trocadero rally, December 2019)', () => {
  it('GIVEN appositions after names THEN reads each mayor and MP with the role as stated', () => {
    const r = peopleOf('002_3355de5601d71423.txt');
    expect(roles(speaker(r, 'michele-de-vaucouleurs'))).toContain('Head of the Parliamentary Committee for a Democratic Iran in the French National Assembly');
    expect(speaker(r, 'michele-de-vaucouleurs').name).toBe('Michèle de Vaucouleurs');
    expect(roles(speaker(r, 'jean-francois-legaret'))).toContain('Mayor of Paris’ 1st District');
    expect(roles(speaker(r, 'jacques-boutault'))).toContain('Mayor of Paris’ 2nd District');
  });

  it('GIVEN "Mrs. Maryam Rajavi", "Mrs. Rajavi" and "Maryam Rajavi" THEN one speaker with canonical name and aliases', () => {
    const r = peopleOf('002_3355de5601d71423.txt');
    const rajavi = speaker(r, 'maryam-rajavi');
    expect(rajavi.name).toBe('Maryam Rajavi');
    expect(rajavi.aliases).toEqual(expect.arrayContaining(['Mrs. Rajavi', 'Mrs. Maryam Rajavi']));
    expect(roles(rajavi)).toEqual(expect.arrayContaining(['president-elect of the NCRI', 'Iranian opposition leader']));
    expect(rajavi.mentions.length).toBeGreaterThanOrEqual(5);
  });

  it('GIVEN role provenance THEN its offsets point at the role in the article text', () => {
    const r = peopleOf('002_3355de5601d71423.txt');
    for (const s of r.speakers) for (const role of s.roles) expect(r.text.slice(role.source.start, role.source.end)).toBe(role.text);
    for (const m of r.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('GIVEN places and assemblies THEN none is a person', () => {
    const r = peopleOf('002_3355de5601d71423.txt');
    const names = r.speakers.map((s) => s.name).join(' | ');
    for (const bad of ['Trocadero', 'Palais', 'Chaillot', 'Esplanade', 'National Assembly', 'European Union', 'Liberation Army', 'Resistance Units']) {
      expect(names).not.toContain(bad);
    }
  });
});

describe('people in seed 003 (live report, Trocadero)', () => {
  it('GIVEN a title before the name THEN the name is the trailing proper nouns and the role the title', () => {
    const r = peopleOf('003_f712640349deff95.txt');
    expect(roles(speaker(r, 'jean-pierre-michel'))).toContain('Former French Senator');
    expect(roles(speaker(r, 'maryam-rajavi'))).toContain('Iranian opposition leader');
    const names = r.speakers.map((s) => s.name).join(' | ');
    expect(names).not.toContain('Trocadero');
    expect(names).not.toContain('Mujahedin');
  });
});

describe('people in seed 004 (Syria bombardment)', () => {
  it('GIVEN title-before-name and appositions THEN reads names with particles and their roles', () => {
    const r = peopleOf('004_b773096f1a5d9978.txt');
    expect(roles(speaker(r, 'panos-moumtzis'))).toContain('the United Nations regional humanitarian coordinator for the Syria crisis');
    expect(roles(speaker(r, 'suheil-al-hassan'))).toEqual(expect.arrayContaining(['Brigadier General', 'leader of the Syrian Regime’s Tiger Force']));
    expect(roles(speaker(r, 'recep-tayyip-erdogan'))).toContain('Turkish President');
    expect(speaker(r, 'maryam-rajavi').aliases).toContain('Rajavi');
  });

  it('GIVEN an observatory and a suburb THEN neither is a person', () => {
    const r = peopleOf('004_b773096f1a5d9978.txt');
    const names = r.speakers.map((s) => s.name).join(' | ');
    for (const bad of ['Observatory', 'East Ghouta', 'Damascus', 'Tiger Force', 'Syrian Civil War', 'Afrin']) expect(names).not.toContain(bad);
  });
});
