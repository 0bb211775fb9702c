import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report in French listing the guests who spoke at an evening in Velmont, each with a title. Asked as French chat
// asks it, "odile fenn c'est qui" or "c'est qui paul arvelle", the bot gives the title, as it does for "qui est …",
// instead of a passage quoting the whole list.
const REPORTS = {
  'velmont-fr.txt': `Des élus soutiennent les exilés varnois
Publié le 12 octobre 2031

Une soirée de soutien aux exilés varnois s'est tenue le 11 octobre à la salle des fêtes de Velmont.

Plusieurs invités y ont pris la parole, parmi lesquels : Marc Dorval, maire de Velmont, Odile Fenn, préfète honoraire, Paul Arvelle, conseiller régional de la Brisse, et Lina Sarvi, porte-parole du Conseil démocratique varnois.

Les élus ont signé un appel pour la libération des prisonniers politiques en Varnie.
`,
};

describe("French chat: « X c'est qui »", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN a guest with a title WHEN asked « odile fenn c'est qui » THEN her title", () => {
    const { answer } = ask(index, "odile fenn c'est qui");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Odile Fenn\b.*préfète honoraire/);
  });

  it("GIVEN the same report WHEN asked « c'est qui paul arvelle » THEN his title", () => {
    const { answer } = ask(index, "c'est qui paul arvelle");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Paul Arvelle\b.*conseiller régional/);
  });
});
