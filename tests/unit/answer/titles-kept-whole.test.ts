import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Former U.S. Vice President Tom Hale addressed the crowd": the reader named "Vice President Tom Hale", dropping
 * "Former" (the name read from "Vice", after the initials) — now the name with its whole title after it; and the speakers listed for
 * "who addressed … apart from Lea Tamm?" no longer include her. And a French apposition that
 * lost its closing comma ran into the verb: "X, le maire et conseiller général d’Ostrelle a rendu public un appel
 * …" gave "… a rendu public un appel" as part of the role.
 */
const REPORTS: Record<string, string> = {
  'ostrov-square.txt': `Exiles rally at the Ostrov Glass Dome
Published September 7, 2025

Thousands of Vardanian exiles rallied at the Glass Dome in Ostrov on Saturday. Lea Tamm, the opposition's leader, spoke by video link.

Former U.S. Vice President Tom Hale addressed the crowd and argued that Vardania's future lies in free elections.
`,
  'ostrelle.txt': `Un appel pour la Vardanie à Ostrelle
Publié le 3 mars 2023

Jean-Loup Marnier, le maire et conseiller général d’Ostrelle a rendu public un appel signé par 30 élus pour soutenir le peuple vardanien.
`,
};

describe('a title kept whole with the name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Former U.S. Vice President Tom Hale addressed the crowd" THEN the reader keeps "Former" with his title', () => {
    const read = readAnswer(analyseQuestionFor('who addressed the crowd at the Glass Dome in Ostrov?', lexiconOf(index)), index);
    expect(read.answer?.text).toMatch(/^Tom Hale \(Former U\.S\. Vice President\)/);
  });

  it('GIVEN "apart from Lea Tamm" THEN the speakers listed leave her out', () => {
    const a = ask(index, 'who addressed the crowd at the Glass Dome in Ostrov apart from Lea Tamm?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tom Hale \(Former U\.S\. Vice President\)/);
    expect(a.text).not.toContain('Lea Tamm');
  });

  it('GIVEN "X, le maire et conseiller général d’Ostrelle a rendu public un appel" THEN his role stops before the verb', () => {
    const a = ask(index, 'what post does Jean-Loup Marnier hold in Ostrelle?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('le maire et conseiller général d’Ostrelle');
    expect(a.text).not.toMatch(/rendu public|signé/);
  });
});
