import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French wire reports of a war: tolls credited to a watchdog, a civil defence or a ministry, words put to an envoy,
// sayers named by their office. Invented reports, invented places and people.
const REPORTS = {
  'treve-demandee.txt': `Varnie : Ostrand réclame une pause dans les combats

Le Courrier de Lorn

Lorn, 14 mars 2031 – Le ministre varnien des Affaires étrangères, Paul Ostrand, s'est entretenu lundi avec la présidente de l'Union des ports, Mira Lenz, pour lui demander « une pause de dix jours dans les combats » et « la réouverture des routes du nord ».
Les bombardements sur la vallée de Kessa ont fait au moins 41 morts depuis samedi, selon le Réseau varnien des droits humains (RVDH).
`,
  'pieges-a-ostel.txt': `Des familles bloquées au sud de Varnie

Agence du Levant Nord

Ostel, 2 juillet 2031 – Des familles risquent d'être prises au piège autour d'Ostel entre l'armée, les milices et les combattants du Front des Collines (FDC), a déclaré la coordinatrice des Nations unies pour l'aide d'urgence.
« Les routes du sud sont coupées depuis trois jours », a ajouté Ilse Varga dans un communiqué.
Près de 9 000 habitants ont quitté les villages voisins depuis lundi.
« Nous manquons de tentes et d'eau », a indiqué aux journalistes un porte-parole de l'Agence des réfugiés, Tomas Lindqvist.
`,
  'frappes-dorva.txt': `Frappes meurtrières dans la province de Dorva

Le Courrier de Lorn

Lorn, 9 mai 2031 – Les avions de l'armée ont bombardé samedi des villages de la province de Dorva, tuant au moins 64 civils, selon le Réseau varnien des droits humains (RVDH).
« Le bilan s'élève à 64 civils tués, 50 à Tell-Amra et 14 à Kessa », a précisé l'ONG.
Un marché de Tell-Amra a été touché en pleine matinée.
`,
  'vallee-kessa.txt': `Cinq jours de frappes sur la vallée de Kessa

Le Courrier de Lorn

D'après un nouveau décompte, les frappes de l'armée ont tué en cinq jours 300 civils, dont 77 enfants, dans la vallée de Kessa.
Plus de 300 civils dont une soixantaine d'enfants ont péri sous les obus tirés depuis cinq jours par l'armée sur les villages de la vallée de Kessa, un carnage que personne n'a su arrêter.
`,
  'marrow-strikes.txt': `Warplanes strike Marrow province

Northern Wire

Lorn, June 2, 2031 – Warplanes killed at least 27 people in Marrow province on Sunday, the Orlan Monitor said.
Rescuers were still searching the rubble of two houses in the evening.
`,
  'riposte-kelmark.txt': `Riposte après le bombardement de Tell-Amra

Le Courrier de Lorn

Le bombardement qui a frappé le 3 mai le bourg de Tell-Amra a fait au moins 12 morts, selon les secouristes.
Ce bombardement a poussé la marine de Kelmark à tirer des roquettes sur le port de Varn, qui a démenti toute responsabilité.
`,
};

describe('a French war report read like a user would ask it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a minister meets an official "pour lui demander « … »" WHEN what the official said is asked THEN the words put to her are not hers', () => {
    const { answer } = ask(index, "Qu'a répondu Mira Lenz à la demande d'Ostrand ?");
    expect(answer.text).not.toMatch(/Mira Lenz said/);
    expect(answer.text).not.toMatch(/pause de dix jours/);
  });

  it('GIVEN the same sentence WHEN asked in English what Mira Lenz said THEN not answered with the minister\'s words', () => {
    const { answer } = ask(index, 'What did Mira Lenz say about the pause in the fighting?');
    expect(answer.text).not.toMatch(/Mira Lenz said/);
  });

  it('GIVEN "…, du Front des Collines (FDC), a déclaré la coordinatrice" WHEN who warned is asked THEN the group inside the words said is not the one who said them', () => {
    const { answer } = ask(index, "Qui a averti que des familles risquent d'être prises au piège autour d'Ostel ?");
    expect(answer.text).not.toMatch(/^(?:FDC|Front des Collines)/);
  });

  it('GIVEN a toll told town by town in French ("50 à Tell-Amra et 14 à Kessa") WHEN the count "à Kessa" is asked THEN never the province\'s 64', () => {
    const { answer } = ask(index, 'Combien de civils ont été tués à Kessa dans les frappes sur la province de Dorva ?');
    const head = answer.text.split('“')[0] ?? '';
    expect(head).not.toMatch(/\b64\b/);
    if (answer.answered) expect(head).toMatch(/\b14\b/);
  });

  it('GIVEN "killed in … province" WHEN asked in English THEN the dead are counted, not provinces', () => {
    const { answer } = ask(index, 'How many people were killed in Marrow province on Sunday?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b27\b/);
  });

  it('GIVEN the same toll WHEN asked in French with "tués … province" THEN the dead are counted', () => {
    const { answer } = ask(index, "Combien de civils l'armée a-t-elle tués samedi dans la province de Dorva ?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b64\b/);
    expect(answer.text).not.toMatch(/took part|cities/);
  });

  it('GIVEN only the bombing is dated WHEN the date of a deed "after the bombing" is asked THEN the bombing\'s day is not given for it', () => {
    const { answer } = ask(index, "On what date did Kelmark's navy fire rockets at the port of Varn after the Tell-Amra bombing?");
    expect(answer.text).not.toMatch(/^May 3/);
    expect(answer.answered).toBe(false);
  });

  it('GIVEN "…, a déclaré la coordinatrice …" then "« … », a ajouté X" WHEN X\'s role is asked THEN the office of the sentence before', () => {
    const { answer } = ask(index, "Quel est le rôle d'Ilse Varga ?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/coordinatrice des Nations unies/);
  });

  it('GIVEN "a indiqué aux journalistes un porte-parole de l\'Agence, X" WHEN who X is asked THEN the spokesperson, without the verb', () => {
    const { answer } = ask(index, 'Who is Tomas Lindqvist?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/porte-parole de l'Agence des réfugiés/);
    expect(answer.text).not.toMatch(/indiqué aux journalistes/);
  });

  it('GIVEN "300 civils, dont 77 enfants" and "une soixantaine d\'enfants" in one report WHEN the children are counted THEN the figure, not the round noun', () => {
    const { answer } = ask(index, "Combien d'enfants figurent parmi les 300 civils tués en cinq jours dans la vallée de Kessa ?");
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/\b77\b/);
  });
});
