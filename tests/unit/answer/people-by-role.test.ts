import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A person and the role a report gives them, linked in whichever direction the question asks: "who organised …"
// and "who was spokesperson for …" find the person whose stated role it is ("…, said X, one of the main organizers").
const REPORTS = {
  'tarnow-vigil.txt': `Hundreds hold a vigil in Tarnow for detained students

Tarnow Daily

Tarnow, April 4, 2031 – About 200 people gathered in Market Square by the river bank in Tarnow on Saturday evening. Anna Lis, a student, said she came with her whole family. “We want them home,” said Marek Duda, who carried a candle for each of the detained.

The rally was organized to show "solidarity with the students who are marching in the streets," said Piotr Wenk, one of the main organizers.

“We will come back every week until they are free,” said Dr Olga Brandt, spokesperson for the vigil organisers.
`,
  'valmont-rassemblement.txt': `Rassemblement à Valmont pour les prisonniers politiques

Le Courrier de Valmont

Plusieurs centaines de personnes se sont rassemblées samedi sur la place du Marché à Valmont, à l’appel de la diaspora. La manifestation, organisée bien avant le verdict, vise à soutenir les familles des prisonniers.

Samedi, le rassemblement était surtout marqué par le verdict de la veille : “Nous avons appris la nouvelle avec colère. Nous ne lâcherons rien tant que les prisonniers ne seront pas libres“, réagit Nadia Rahimi, militante et organisatrice du rassemblement.

On compte parmi la foule de la place du Marché plusieurs élus, dont la députée Claire Morel (PS) et le président du conseil de Valmont Jean Dufour (MR), venus après le verdict.
`,
  'banking-street.txt': `Exiles rally on Banking Street

Metro Wire

About 100 exiles gathered outside the embassy on Banking Street for the rally organised by the Valdor Women's Union in the UK.
`,
  'selby-march.txt': `Exiles march in Selby

Selby Post

About 300 exiles marched through Selby on Sunday afternoon.

“We want our votes counted,” said Dr Ivo Lang, spokesperson for the march organisers.

The march was organised by the Harbour League, a group of exiles from Valdor.
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

  it('GIVEN "said Dr X, spokesperson for the march organisers" THEN X is not who organised the march', () => {
    const a = ask(index, 'who organised the selby march').answer;
    expect(a.text.split('“')[0]).not.toMatch(/Ivo Lang/);
  });

  it('GIVEN a street named "Banking" and another report by a river "bank" THEN who organised the Banking Street rally is read from its own report', () => {
    const a = ask(index, 'who organised the banking street rally').answer;
    expect(a.text.split('“')[0]).toMatch(/Valdor Women/);
    expect(a.text).not.toMatch(/Piotr Wenk/);
  });

  it('GIVEN "In his daily press briefing, X, Spokesman for …, stated …" THEN who gave the briefing is X ("press" is no name a letter from "Presse")', () => {
    const a = ask(index, 'who gave the daily press briefing on the 40,000 displaced in valdor').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Jon Arvid Holm/);
  });
});
