import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Reports on poison-gas attacks and on prisoners, as the fifty-seventh probe read them, pinned with reports written
// for the tests: invented towns, bodies and people.
const REPORTS = {
  'varn-wiki.txt': `Varn gas attack

The Varn gas attack, an attack by the forces of the Kessian army, happened in the small hours of 12 March 2029 in Varn, a farming district east of Orlan. Rockets carrying a nerve agent struck two districts. Estimates of the number killed run from at least 150 people to 900.
Most of the dead were recorded in LWN’s database of victims by name.
`,
  'tessa-wiki.txt': `Tessa poisoning

The Tessa gas attack took place on 9 June 2031 in the town of Tessa in the north of Kessia. The release of a gas killed at least 60 people.
It was the worst use of such weapons since the Varn gas attack two years before.
Doctors and onlookers said the gas caused the deaths of between 30 and 40 people and injuries to perhaps well over 90.
`,
  'orlan-deal.txt': `Envoy sets out the findings

The Coastal League has said more than 700 people died in Varn. Its threat of sanctions eased after a deal with Pellia to ship out Kessia’s arsenal of gas shells, estimated at more than 300 tonnes.
The US is pressing for sanctions to stop the Kessian government from using such weapons.
Aid charities had earlier said the attack in eastern Varn on March 12 had killed 210.

The panel linked the attack to the army. The panel described traces that it said tied the agent used to the Kessian army: "The samples from Varn hold three marker compounds. Their presence is a strong sign that the agent came from the army’s own stock."

The Kessian army said the strike was a "fabrication", and the Pellian government claimed the whole incident had been staged.
`,
};

describe('attacks, their dates and their tolls', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the Tessa attack dated in a sentence that never names Varn THEN "when did the Varn gas attack take place" is not given the Tessa date', () => {
    const a = ask(index, 'When did the Varn gas attack take place?').answer;
    // (What the archive holds, named after a refusal, may list the Tessa attack with its date.)
    expect(a.text.split('Closest in the archive')[0]).not.toMatch(/June|2031/);
  });

  it('GIVEN "recorded in LWN’s database" THEN LWN is no place, and its toll is not read from a range credited to no one', () => {
    const a = ask(index, "What was the LWN's death toll for the Varn attack?").answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN "caused the deaths of between 30 and 40 people and injuries to perhaps well over 90" THEN the wounded are not counted 30 to 40', () => {
    const a = ask(index, 'How many people were wounded in the Tessa attack according to doctors?').answer;
    expect(a.text).not.toMatch(/^(?:Between )?30\b/);
  });

  it('GIVEN "Aid charities had earlier said … had killed 210" THEN the US government\'s toll is not 210', () => {
    const a = ask(index, 'How many people did the US government say were killed in the March 12 gas attack?').answer;
    expect(a.text).not.toMatch(/^210\b/);
  });

  it('GIVEN the arsenal "estimated at more than 300 tonnes" THEN "how big was Kessia\'s arsenal" is not answered with the dead', () => {
    const a = ask(index, "How big was Kessia's arsenal of gas shells estimated to be when the deal with Pellia was made?").answer;
    expect(a.text).not.toMatch(/\b700\b/);
  });

  it('GIVEN "tied the shells to the Kessian army: “…”" THEN the words after the colon are not the army\'s', () => {
    const a = ask(index, 'What did the Kessian army say about the Varn attack?').answer;
    expect(a.text).not.toMatch(/marker compounds/);
  });
});

describe('how someone described an attack', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'dorn-raid.txt': `Minister: army killed 320 in Dorn raid

Army units killed 320 people in a raid on the hill town of Dorn, said Foreign Minister Ela Varo.

Ela Varo said the dead included 40 children, and called the raid an “act of pure savagery”.

Ela Varo has said army units killed 320 people in a raid on Dorn last week

Ela Varo has said army units killed 320 people in a raid on Dorn last week

The army denies the raid took place.
`,
    });
  });

  it('GIVEN only one sentence naming the raid in her words THEN "how did Ela Varo describe the raid on Dorn" is never answered with the toll she gave', () => {
    const a = ask(index, 'How did Ela Varo describe the raid on Dorn?').answer;
    expect(a.text.split('Closest in the archive')[0]).not.toMatch(/killed 320/);
  });
});

describe('a count set against another body’s words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'harbour-strike.txt': `Navy strikes Pellian harbour depot

The navy fired 24 missiles at the harbour depot near Colm on Friday night, officials said.
Seven dockers including two boys were killed, the Pellian state radio claimed, but the Navy Ministry said no workers had been targeted.
The depot was said to hold fuel for the army.
`,
    });
  });

  it('GIVEN "… were killed, the state radio claimed, but the Navy Ministry said …" THEN the toll is not the ministry’s', () => {
    const a = ask(index, 'How many dockers did the Pellian state radio say were killed in the strike on the depot?').answer;
    expect(a.text).not.toMatch(/according to (?:the )?Navy Ministry/);
  });
});
