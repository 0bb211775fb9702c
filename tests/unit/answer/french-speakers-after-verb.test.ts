import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French reports name a speaker after the verb, often with a role and its article between ("a déclaré la poétesse X",
// "réagit le député X"), with words of the sentence running on past the closing mark («…» de Kessa à Lyon, a déclaré
// X), with an aside ("a pour sa part estimé X"), or by a pronoun ("a-t-elle ajouté"); and they set a title before a
// name with French words in it ("le député au Parlement lorrain X", "l'ancien vice-président de la Chambre des pairs du
// Norland X").
const REPORTS = {
  'lyon-veillee.txt': `Veillée à Lyon pour les prisonniers

Le Courrier des Traboules

Quelque trois cents exilés ont tenu samedi une veillée place des Terreaux.
« Il faut rappeler notre ambassadeur » de Kessa à Lyon, a déclaré la romancière Odile Varenne, exilée depuis dix ans. « Je suis fière de cette foule. Mais sur le plan diplomatique, il faut des actes », a pour sa part estimé Noémie Castagnac, étudiante en histoire.
« Les sanctions actuelles sont une farce », réagit le député Bastien Lorival.
« Nous reviendrons chaque samedi », a-t-il ajouté.
Le sénateur Paul Ferrand est venu avec le député au Parlement lorrain Hugo Mercadier.
Des figures comme l’ancien vice-président de la Chambre des pairs du Norland Edmund Ashcroft ont annoncé leur venue.
`,
};

describe('French speakers named after their verb, and French titles before a name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «…» de Kessa à Lyon, a déclaré la romancière Odile Varenne THEN the words are hers', () => {
    const a = ask(index, 'Qu’a dit Odile Varenne sur l’ambassadeur ?').answer.text;
    expect(a).toMatch(/Odile Varenne said: “Il faut rappeler notre ambassadeur”/);
  });

  it('GIVEN «…», a pour sa part estimé Noémie Castagnac THEN the words are hers, not the speaker’s before', () => {
    expect(ask(index, 'What did Noémie Castagnac say?').answer.text).toMatch(/Noémie Castagnac said: “Je suis fière de cette foule/);
    expect(ask(index, 'What did Odile Varenne say?').answer.text).not.toMatch(/fière/);
  });

  it('GIVEN «…», réagit le député Bastien Lorival, then «…», a-t-il ajouté THEN both are his', () => {
    const a = ask(index, 'What did Bastien Lorival say?').answer.text;
    expect(a).toMatch(/une farce/);
    expect(a).toMatch(/chaque samedi/);
    // (His role is the title, never the verb before it.)
    const role = ask(index, 'who is Bastien Lorival?').answer.text;
    expect(role).toMatch(/député/);
    expect(role).not.toMatch(/réagit/);
  });

  it('GIVEN "le député au Parlement lorrain Hugo Mercadier" THEN his role is the whole title', () => {
    expect(ask(index, 'Qui est Hugo Mercadier ?').answer.text).toMatch(/député au Parlement lorrain/);
  });

  it('GIVEN "l’ancien vice-président de la Chambre des pairs du Norland Edmund Ashcroft" THEN the title runs over "des pairs du"', () => {
    expect(ask(index, 'who is Edmund Ashcroft?').answer.text).toMatch(/ancien vice-président de la Chambre des pairs du Norland/);
  });
});
