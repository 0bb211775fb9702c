import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "founded by Sen. Tomas Velder": the stop of a title's abbreviation ends no name, so the doer is the name after it,
// never "Sen". "…, the former party leader Hugo Brenn, former army chief Lord Karl Dessau, …": a title that runs
// into the next name of a list (an honorific before it or not) is that next person's, not a role of the one before.
const REPORTS = {
  'corvel-forum.txt': `Lawmakers in Corvel found a forum for a free Ostria
Corvel Daily

CORVEL: Legislators in Corvel have set up the Forum of Lawmakers for a Free Ostria.

The forum, founded by Sen. Tomas Velder of the Green League, was unveiled at a meeting in the Corvel Upper House.

Signers include the former party leader Hugo Brenn, former army chief Lord Karl Dessau, and the former regional premier Ella Fisk.
`,
  'varnia-pledge.txt': `Lawmakers of Varnia sign the Tarsa pledge
Varnia Herald

Backers include the former party leader Jana Holt, former Chief of the Harbour Guard Lord Piet Amsel, and the retired judge Otto Grau.
`,
};

describe('a title before a name, and a list of titled people', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "founded by Sen. Tomas Velder" WHEN who founded the forum is asked THEN Tomas Velder, never "Sen"', () => {
    const { answer } = ask(index, 'who founded the Forum of Lawmakers for a Free Ostria?');
    const head = answer.text.split(/[(:]/)[0]!;
    expect(head).toMatch(/Tomas Velder/);
    expect(head).not.toMatch(/^Sen\b/);
  });

  it('GIVEN "Hugo Brenn, former army chief Lord Karl Dessau" WHEN who Hugo Brenn is asked THEN never the army chief', () => {
    const { answer } = ask(index, 'Who is Hugo Brenn?');
    expect(answer.text).toMatch(/party leader/);
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/army chief/);
  });

  it('GIVEN "Jana Holt, former Chief of the Harbour Guard Lord Piet Amsel" WHEN who Jana Holt is asked THEN never the Harbour Guard', () => {
    const { answer } = ask(index, 'Who is Jana Holt?');
    expect(answer.text).toMatch(/party leader/);
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Harbour Guard|Piet Amsel/);
  });
});
