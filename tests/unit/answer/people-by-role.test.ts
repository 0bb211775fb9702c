import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A person and the role a report gives them, linked in whichever direction the question asks: "who organised …"
// and "who was spokesperson for …" find the person whose stated role it is ("…, said X, one of the main organizers").
const REPORTS = {
  'tarnow-vigil.txt': `Hundreds hold a vigil in Tarnow for detained students

Tarnow Daily

Tarnow, April 4, 2031 – About 200 people gathered in Market Square in Tarnow on Saturday evening. Anna Lis, a student, said she came with her whole family. “We want them home,” said Marek Duda, who carried a candle for each of the detained.

The vigil was organized to demand "the release of every student held since March," said Piotr Wenk, one of the main organizers.

“We will come back every week until they are free,” said Dr Olga Brandt, spokesperson for the vigil organisers.
`,
  'valmont-rassemblement.txt': `Rassemblement à Valmont pour les prisonniers politiques

Le Courrier de Valmont

Plusieurs centaines de personnes se sont rassemblées samedi sur la place du Marché à Valmont, à l’appel de la diaspora. La manifestation, organisée bien avant le verdict, vise à soutenir les familles des prisonniers.

Samedi, le rassemblement était surtout marqué par le verdict de la veille : “Nous avons appris la nouvelle avec colère. Nous ne lâcherons rien tant que les prisonniers ne seront pas libres“, réagit Nadia Rahimi, militante et organisatrice du rassemblement.

On compte parmi la foule de la place du Marché plusieurs élus, dont la députée Claire Morel (PS) et le président du conseil de Valmont Jean Dufour (MR), venus après le verdict.
`,
  'valdor-displaced.txt': `Fighting in Valdor displaces 40,000

Valdor Relief Update

At least 40,000 people have been displaced in Valdor since the fighting began, the relief office said.

In his daily press briefing, Jon Arvid Holm, Spokesman for the Relief Commissioner, stated that most of the displaced are women and children.

“We cannot reach the north,” Mira Solberg, 61, a nurse from the border town, told Agence Nord-Presse as she waited for a bus.
`,
};

describe('people found by the role a report gives them', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, said X, one of the main organizers" THEN "who organised the vigil" names X, not the first person quoted', () => {
    const a = ask(index, 'who organised the tarnow vigil for the detained students?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Piotr Wenk/);
  });

  it('GIVEN "…, said Dr X, spokesperson for the vigil organisers" THEN "who was spokesperson for the organisers" names X', () => {
    const a = ask(index, 'who was spokesperson for the tarnow vigil organisers').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^(?:Dr )?Olga Brandt/);
    expect(a.text).not.toMatch(/^The (vigil|rally) was organi[sz]ed by/);
  });

  it('GIVEN French "réagit X, militante et organisatrice du rassemblement" THEN "who organised the rally" names X, not a politician listed', () => {
    const a = ask(index, 'who organised the valmont rally at place du marché after the verdict?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Nadia Rahimi/);
  });

  it('GIVEN "In his daily press briefing, X, Spokesman for …, stated …" THEN who gave the briefing is X ("press" is no name a letter from "Presse")', () => {
    const a = ask(index, 'who gave the daily press briefing on the 40,000 displaced in valdor').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Jon Arvid Holm/);
  });
});
