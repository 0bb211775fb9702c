import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Classes found on reports of commemorations and hearings held abroad about an old prison massacre (probe 52), pinned
// with reports written for the tests: invented towns, people, camps and bodies.
// - a count asked by a verb of its own ("how many people toured the exhibit", "how many … live at the camp") is not
//   the toll of the occasion the question names, told in a record's words ("were killed", "were arrested or detained");
// - a heading writes every word with a capital: its verbs are no person's name;
// - "who is the new envoy" is not the late, then or former one;
// - "who was the special envoy on Varn back then" asks the post before "on": a sentence that never writes it names
//   someone else.
describe('commemorations and hearings on an old prison massacre', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'selmar-exhibit.txt': `Selmar borough remembers the Varn prison killings

The borough of Selmar put on an exhibit and a debate in its town hall on 12 March 2031 in memory of the hundreds of inmates who perished during the Varn prison killings of 1979.
Mayor Ilka Durand opened the evening, and the lawyer Oren Pask spoke about the hidden graves.
`,
      'kolm-camp.txt': `Survivors gather at Kolm camp

The Kolm camp shelters around 800 former prisoners, among them witnesses of the Varn prison killings.
The survivors asked the League to open an inquiry.
`,
      'oslen-hearing.txt': `Oslen: Panel Faulted for Ignoring Varn Killings Case

At a hearing in Oslen on Friday, jurists urged an end to the impunity of those behind the Varn prison killings.
In 2029, the late Tove Marr, then special envoy on Varn, told the assembly the killings were a crime against humanity.
The new special envoy has not taken up her work, the jurists said.
Dr Bram Ostig, former head of the League relief office in Kessland, said the League knew of the killings in 1979.
`,
    });
  });

  it('GIVEN only the toll of the killings an exhibit remembers THEN "how many people toured the exhibit" is not answered with it', () => {
    const a = ask(index, 'How many people toured the exhibit at the Selmar town hall on the 1979 killings?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/were killed/);
  });

  it('GIVEN a camp that shelters 800 former prisoners THEN those living there are never told as arrested or detained', () => {
    const a = ask(index, 'how many former prisoners live at the Kolm camp?').answer;
    expect(a.text).not.toMatch(/arrested or detained/);
  });

  it('GIVEN a heading "Panel Faulted for Ignoring …" and an unnamed new envoy THEN "who was the new envoy faulted for ignoring …" names no one', () => {
    const a = ask(index, 'Who was the new special envoy faulted for ignoring the Varn killings at the Oslen hearing?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(?:Panel|Tove Marr)/);
  });

  it('GIVEN the late Tove Marr, then envoy THEN she is not "the new special envoy"', () => {
    const a = ask(index, 'Who is the new special envoy on Varn?').answer;
    expect(a.text).not.toMatch(/^Tove Marr/);
  });
});

describe('a post asked with what it is on', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'league-panel.txt': `League panel hears of Varn killings

Dr Bram Ostig, former head of the League relief office in Kessland, stressed that the League knew of the Varn killings in 1979.
The special envoy on Varn at the time heard from the families every day, he added.
Dr Lise Aram, former deputy head of the League, praised the work and called the killings the worst since the war.
`,
    });
  });

  it('GIVEN the envoy of 1979 is never named THEN "who was the special envoy on Varn back in 1979" is not a speaker of the panel', () => {
    const a = ask(index, 'Who was the League special envoy on Varn back in 1979?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(?:Dr )?(?:Bram Ostig|Lise Aram)/);
  });
});
