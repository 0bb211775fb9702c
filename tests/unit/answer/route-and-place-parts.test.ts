import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The right part of a place or route phrase: "marching to A near B" ends at A (B only places it); a French route
// "via A et vers la place B" ends at B, not where the crowd gathered.
const REPORTS = {
  'kestrel-march.txt': `Exiles march in Kestrel for the prisoners

Coast Radio

Hundreds of exiles gathered at Elm Park in Kestrel on Saturday before marching to Linden Gardens near Harbour Station.

“We will walk every week,” said one of the marchers.
`,
  'valmont-marche.txt': `Marche à Valmont pour les prisonniers

Le Courrier de Valmont

Plus de huit cents personnes se sont rassemblées dimanche sur la place des Tilleuls à Valmont à l’appel de la diaspora.

Plusieurs militants ont pris la parole devant la foule, après quoi les manifestants ont entamé la marche sur le boulevard du Rempart via Fontaine et vers la place de l’Horloge.
`,
  'norland-day.txt': `Exiles across Norland join a day of action for Valdor

Coast Radio

Thousands of people around Norland have joined a day of action in solidarity with the protesters in Valdor.
Protesters gathered at Elm Park in Brenn on Saturday before marching to Linden Gardens.
Organisers billed the protests as part of a global day of action, with rallies also held in Oslo, Lyon, and Porto.

Protesters gather in Kestrel. (Coast Radio: Ada Lind)
About 800 protesters gathered in front of the Provincial Hall to join the day of action.
Regional member for Eastvale, Tom Varga, addressed the crowd, saying Norland must stand with the people of Valdor.

Protesters rally in support of Valdor in Brenn. (Coast Radio: Ole Berg)
Jonas Falk, who has family in Valdor, said he had not heard from them for a week.
“We are here for our families,” Mr Falk said at the Brenn protest.
`,
  'brenn-release.txt': `Solidarity Vigil With The People Of Valdor | 12 Wattle Crescent, Tarvik

Press Release: Harbour Exiles

Exiles in Norland are joining worldwide solidarity actions like this one at the Valdor Embassy.

“We need action now,” said Dr Lina Sarv, spokesperson for the vigil organisers.

“We call on the government to close the Valdor Embassy in Tarvik,” said Dr Sarv.

The solidarity vigil is organised by the Association to Defend Liberty & Human Rights in Valdor-Norland, supporters of the Valdor Council.
`,
};

describe('the part of a place or route phrase asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "before marching to A near B" THEN where they marched to is A, not the landmark B', () => {
    const a = ask(index, 'where did the kestrel exiles march to from elm park').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Linden Gardens/);
  });

  it('GIVEN French "via A et vers la place B" THEN the march ended at B, not where the crowd gathered', () => {
    const a = ask(index, 'where did the valmont march end?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Horloge/);
    expect(a.text).not.toMatch(/^(?:the )?place des Tilleuls/i);
  });

  it('GIVEN a report on rallies in two towns and others "also held in" abroad THEN each town\'s speakers, and its own crowd', () => {
    const kestrel = ask(index, 'who spoke at the kestrel rally').answer;
    expect(kestrel.text.split('“')[0]).toMatch(/Tom Varga/);
    expect(kestrel.text.split('“')[0]).not.toMatch(/Falk/);
    const brenn = ask(index, 'who spoke at the brenn rally').answer;
    expect(brenn.text.split('“')[0]).toMatch(/Falk/);
    expect(brenn.text.split('“')[0]).not.toMatch(/Varga/);
    const crowd = ask(index, 'how many protesters gathered in front of the provincial hall in kestrel').answer;
    expect(crowd.text).toMatch(/\b800\b/);
  });

  it('GIVEN "organised by the Association to Defend Liberty & Human Rights in Valdor-Norland" THEN no part of that name is the place', () => {
    const a = ask(index, 'where was the tarvik solidarity vigil with the people of valdor held').answer;
    expect(a.text).not.toMatch(/Defend Liberty|^Valdor-Norland/);
    expect(a.text).toMatch(/^(?:The )?Valdor Embassy/);
  });
});
