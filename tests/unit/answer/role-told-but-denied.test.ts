import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "The archive gives no role for X" followed by the very sentence that writes X's role is a false statement: the role
// written before the name in these layouts is read (a body's possessive "The FWA's X", a title before a comma and a
// military rank "deputy fire chief, Col. X", a possessive description after a verb of saying "said his choir director
// and longtime neighbour X"), and an apposition cut at "who" does not end on it.
const REPORTS = {
  'flood.txt': `Floods force thousands from homes in Dorvik
Valley Courier, 12 April 2039

Heavy rain pushed the river Sellen over its banks on Tuesday, and some 30,000 people left their homes in and around Dorvik, according to the Flood Watch Alliance (FWA).

The FWA's Irma Bosk said: "If the rain continues, another 40,000 people could lose their homes within a week."

Tomas Reyna, a Chilean cameraman who was filming in Dorvik when the waters rose, said the dam upstream had been neglected for years.

Vermland's deputy fire chief, Col. Berit Sandqvist, said crews would stay in the town overnight.

A volunteer drowned near the old mill. "He never missed a single shift," said his choir director and longtime neighbour Otto Krell, who stood at the riverbank on Wednesday.
`,
  'riverains.txt': `Rassemblement pour les riverains à Lormont
Le Courrier du Fleuve, 3 mai 2040

Près de 400 personnes se sont réunies samedi devant la mairie de Lormont pour réclamer le relogement des riverains.

« Nous ne partirons pas tant que les digues ne seront pas réparées », a lancé Claire Morand, Franco-Belge membre du collectif Rives libres, en appelant la préfecture à agir.

Le conseiller d’État Marc Fenouil a promis une aide d’urgence aux familles.
`,
};

describe('a role the cited sentence writes is not denied', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The FWA\'s Irma Bosk said" WHEN "who is irma bosk" THEN she is of the FWA, not "no role"', () => {
    const { answer } = ask(index, 'Who is Irma Bosk?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/gives no role/);
    expect(answer.text).toMatch(/FWA/);
  });

  it('GIVEN "deputy fire chief, Col. Berit Sandqvist," WHEN "who is berit sandqvist" THEN the deputy fire chief', () => {
    const { answer } = ask(index, 'Who is Berit Sandqvist?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/gives no role/);
    expect(answer.text).toMatch(/deputy fire chief/);
    expect(answer.text.split('“')[0]).not.toMatch(/Col\.\s*\(/);
  });

  it('GIVEN "said his choir director and longtime neighbour Otto Krell" WHEN "who is otto krell" THEN that description', () => {
    const { answer } = ask(index, 'Who is Otto Krell?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/gives no role/);
    expect(answer.text).toMatch(/choir director/);
  });

  it('GIVEN "Tomas Reyna, a Chilean cameraman who was filming" WHEN "who is tomas reyna" THEN the role does not end on "who"', () => {
    const { answer } = ask(index, 'Who is Tomas Reyna?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Chilean cameraman/);
    expect(answer.text).not.toMatch(/cameraman who\b/);
  });

  it('GIVEN "a lancé Claire Morand, Franco-Belge membre du collectif Rives libres," WHEN "who is claire morand" THEN that French role', () => {
    const { answer } = ask(index, 'Who is Claire Morand?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/gives no role/);
    expect(answer.text.split('“')[0]).toMatch(/membre du collectif Rives libres/);
  });

  it('GIVEN "Le conseiller d’État Marc Fenouil" WHEN "who is marc fenouil" THEN the title with its body, without the article', () => {
    const { answer } = ask(index, 'Who is Marc Fenouil?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/gives no role/);
    expect(answer.text.split('“')[0]).toMatch(/Marc Fenouil: conseiller d’État/);
  });
});
