import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Roles a report gives in slots other than "X, Mayor of …,": after an age ("X, 58, a former …"), in a relative clause
// ("X, who is a journalist and host of …"), as an abbreviated title before the name ("Former UPF Sec-Gen X"), as a
// predicate ("Gen. X was the commander of …"), or by a description that takes up the person named just before ("The
// bus driver said …"); and a role question whose person is described by a who-clause ("…, the one who spoke at …").
const REPORTS = {
  'harwick-gate.txt': `Exiles rally at Harwick Gate

Harwick Herald

Harwick, June 3, 2031 – Thousands gathered at Harwick Gate on Saturday for the exiles of Valdor. Tomas Reiner, former President of the Northern Assembly, linked the city's own history to the exiles' struggle.

“We will go home one day,” Lena Vost, 58, a former political prisoner in Valdor who fled the country two decades ago, told the crowd as she joined the march.

Former UPF (Union) Sec-Gen Sara Holm welcomes the guests to the rally, says: “The regime is on the brink” at Harwick Gate.

A website close to the Guard reported that Gen. Omar Tarvinezh was the commander of the northern brigade of the Valdor Guard and said that more than 200 people were arrested, including “traitors,” in the first week.
`,
  'valdor-hour.txt': `The Valdor Hour: what the exiles want

North Radio

Let's discuss this now with Mira Kell, who is a journalist and host of "The Valdor Hour."
KELL: The exiles want a vote, and they want it soon.
`,
  'harwick-conference.txt': `Exiles meet in Harwick to plan the next rally

Harwick Herald

The keynote speaker was joined by several deputies of the Northern Assembly, as well as former U.S. Deputy Envoy Piet Hollander and Dr. Ana Reyes.

Mr. Hollander noted the weakness of the regime after a year of strikes.
`,
  'council-statement.txt': `Council mourns its members

Council News

Two senior members, Omid Talvar and Sana Brenner, were among those killed in the raid.
Council President Lena Brenner said the movement would honour them.
The vigil condemned Karim Odeh, the regime's militias and mercenaries.
`,
  'norvik-march.txt': `Hundreds march in Norvik for Valdor

Norvik Times

NORVIK — Hundreds of people marched through Norvik on Sunday to support the protests in Valdor.

Karim Dasht, 41, who took part in the march, said his cousin was detained in Valdor last month.

The bus driver said he came from Brenn to Norvik "to support my people."

"We need help now," he said.
`,
};

describe('roles in other slots than an apposition', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X, former President of …" THEN "what position did X hold, the one who spoke at the rally" gives the role, not the speakers', () => {
    const a = ask(index, 'what position did tomas reiner hold, the one who spoke at the harwick rally in 2031').answer;
    expect(a.text).toMatch(/former President of the Northern Assembly/);
    expect(a.text).not.toMatch(/^Speakers|spoke at/);
    const b = ask(index, 'tomas reiner who spoke to the harwick crowd - who is he').answer;
    expect(b.text).toMatch(/former President of the Northern Assembly/);
    expect(b.text).not.toMatch(/^Speakers/);
  });

  it('GIVEN "as well as former U.S. Deputy Envoy X Y" and "Mr. Y noted …" THEN "X Y spoke at … who is he?" gives his whole title', () => {
    const a = ask(index, 'piet hollander spoke at that harwick conference. who is he?').answer;
    expect(a.text.split('“')[0]).toMatch(/former U\.S\. Deputy Envoy/);
    expect(a.text.split('“')[0]).not.toMatch(/Envoy Piet\b/);
  });

  it('GIVEN "X, 58, a former political prisoner in …" THEN who X is', () => {
    const a = ask(index, 'who is lena vost').answer;
    expect(a.text).toMatch(/former political prisoner/);
    expect(a.text).not.toMatch(/gives no role/);
  });

  it('GIVEN "X, who is a journalist and host of …" THEN who X is', () => {
    const a = ask(index, 'who is mira kell').answer;
    expect(a.text).toMatch(/journalist and host of/);
    expect(a.text).not.toMatch(/gives no role/);
  });

  it('GIVEN "Former UPF (Union) Sec-Gen X welcomes …" THEN the title is her role, not part of her name', () => {
    const a = ask(index, "what was sara holm's role in the upf").answer;
    expect(a.text).toMatch(/Sec-Gen/);
    expect(a.text).not.toMatch(/gives no role/);
  });

  it('GIVEN "Gen. X was the commander of …" THEN his position, also asked with a letter missing from his name', () => {
    for (const q of ["what is omar tarvinezh's position", "what is omar tarvinez's position"]) {
      const a = ask(index, q).answer;
      expect(a.text).toMatch(/commander of the northern brigade of the Valdor Guard/);
      expect(a.text).not.toMatch(/gives no role|more than 200/);
    }
  });

  it('GIVEN a namesake with a title ("Council President Lena Brenner") or a list after a name THEN no role is made of them', () => {
    const a = ask(index, 'who is sana brenner').answer;
    expect(a.text).not.toMatch(/Council President|President Lena/);
    const b = ask(index, 'who is karim odeh').answer;
    expect(b.text.split('“')[0]).not.toMatch(/militias/);
  });

  it('GIVEN "X, 41, who took part …, said …" then "The bus driver said …" THEN what X does for a living', () => {
    const a = ask(index, 'what does karim dasht do for a living').answer;
    expect(a.text).toMatch(/bus driver/);
  });
});
