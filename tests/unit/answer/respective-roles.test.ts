import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A list of names whose offices a second list gives in the same order ("A, B et C, respectivement maires de X, de Y
// et de Z"): each name holds only its own item. And a list of people each with the title before the name ("les
// conseillères A et B, le maire de Y Jean-Luc C"): a title before the next name is not the name before's role.
const REPORTS = {
  'ternay-elus.txt': `Des élus du Val-Brun reçus à Ternay

La Gazette du Val-Brun

Le 4 mars 2031, les élus de douze communes du Val-Brun ont rencontré la présidente de l’association des familles de détenus dans ses locaux de Ternay.
Paul Ravel, Sophie Garnier, Luc Dantec et Marine Orsel, respectivement maires de Ternay, de Belcourt, de Saint-Aubin et d’Ormesson prirent tour à tour la parole pour soutenir les prisonniers politiques.
Assistaient aussi à la rencontre les conseillères Anne Morel et Julie Vasseur, le maire de Vernay Jean-Luc Perrin, et plusieurs habitants.
`,
};

describe('roles given "respectivement" and titles before the next name of a list', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "A, B, C et D, respectivement maires de W, de X, de Y et d’Z" THEN who D is names only Z', () => {
    const a = ask(index, 'Who is Marine Orsel?').answer.text;
    expect(a).toMatch(/maire d’Ormesson/);
    expect(a).not.toMatch(/Ternay|respectivement/);
  });

  it('GIVEN the same list THEN the second name is the second place’s mayor', () => {
    const a = ask(index, 'who is Sophie Garnier?').answer.text;
    expect(a).toMatch(/maire de Belcourt/);
    expect(a).not.toMatch(/Ternay|Ormesson/);
  });

  it('GIVEN the same list THEN the mayor of the third place is the third name', () => {
    const a = ask(index, 'who was the mayor of Saint-Aubin?').answer.text;
    expect(a).toMatch(/^Luc Dantec\b/);
    expect(a).not.toMatch(/^(?:Paul Ravel|Sophie Garnier|Marine Orsel)/);
  });

  it('GIVEN "…, le maire de Vernay Jean-Luc Perrin" after Julie Vasseur THEN the mayor of Vernay is Perrin, and the title is not hers', () => {
    const a = ask(index, 'Who was the mayor of Vernay?').answer.text;
    expect(a).toMatch(/^Jean-Luc Perrin\b/);
    expect(a).not.toMatch(/^(?:Julie Vasseur|Paul Ravel)/);
    expect(ask(index, 'Who is Julie Vasseur?').answer.text).not.toMatch(/Perrin|maire de Vernay/);
  });
});
