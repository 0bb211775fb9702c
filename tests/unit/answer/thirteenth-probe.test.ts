import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Failure classes of the thirteenth probe (camp raids, trials, diaspora sit-ins), pinned with reports written for the
// tests (invented places, people, bodies).
const REPORTS = {
  'brellow-raid.txt': `Troops raid Brellow settlement; 14 dead

KASTOR VALE - Army units stormed the Brellow settlement of exiled Dornish dissidents and at least 14 people were killed in the pre-dawn clashes Friday, officials said.

The exiles said 40 residents were killed, while the colonel who led the raid denied that anyone died.

But two officials at the hospital in Marrow, the district capital, said 14 exiles were killed and 52 wounded in the clashes.
`,
  'harlan-camp.txt': `Harlan camp is stormed; 3 Killed, Hundreds Hurt

May 4, 2031 Guards of the Osrian interior ministry entered the Harlan camp with clubs and water cannon. Three individuals are known to have been killed and hundreds severely wounded.
`,
  'harlan-review.txt': `Osria and its exiles

May 2031

Guards storm the Harlan camp of Osrian exiles on May 4. Guards reportedly kill 9 and wound 300 after opening fire.
`,
  'corvel-trial.txt': `Three convicted over plot against Osrian exiles

The criminal court of Corvel sentenced on Thursday an Osrian envoy, Tarik B., to 15 years in prison. Two other defendants received terms of 10 and 12 years, while a third defendant, Lomas Reddick, was sentenced to 9 years. Mila Kors and Tarik Boll, a couple living in Dunmere, were arrested in Varna on May 2, 2030. They were prosecuted over a plan to attack a congress of the Exiles' Front (EXF) in Varna, near Corvel.

The third defendant, Lomas Reddick, presented as a courier for the envoy, was present at the EXF congress.
`,
  'halden-raid.txt': `Police raid exiles' camp in Halden

Police in Osria raided the Halden camp of the Exiles' Front early on Tuesday. The Exiles' Council, a coalition that includes the EXF, said one man was killed and up to 20 others injured.

"After this attack, Karim Dassel was martyred and more than 60 people were hurt," the council said.
`,
  'kelvar-camp.txt': `Police raid exiles' camp in Osria

Residents of Kelvar-2 camp at a speech by a visiting senator last May. AFP

Police in Osria have raided a camp of an exiled opposition group, reportedly leaving one man dead.

Authorities raided the Kelvar-2 camp in Durnitz, located about 30 kilometres from the capital Velgrad, early on Tuesday morning.

“The Osrian State Police have assured us that all was done lawfully,” a Dornish State Department representative said of the raid.
`,
  'tovar-toll.txt': `UN: Dozens dead in raid on exiles' camp

Twenty-two exiles were killed when troops stormed Camp Tovar last week, a UN spokesman has revealed.

UN rights spokeswoman Ilse Brandt in Velgrad said on Thursday that a team of observers saw 18 bodies at the camp during a visit on Wednesday.
`,
  'pell-raid.txt': `Police raid on Pell camp criticised

“The Osrian State Police have assured us that all was done lawfully,” a Dornish State Department representative said of the raid on the Pell camp.
`,
  'pell-plaza.txt': `Exiles protest in the rain outside the assembly

Protest by Dornish exiles across the Assembly Hall in Velgrad on Thursday was widely covered.

The Coastal Wire reported that former Dornish Sen. Arno Tesk told those gathered at Pell Plaza that thousands had been jailed under Dornish President Halvard Ekk, and former Dornish Ambassador Jorun Mell said the government should go.
`,
  'brellow-col.txt': `Army raids Brellow settlement; 14 dead

BRELLOW - Army units raided the settlement of exiled Dornish dissidents and at least 14 people were killed in the pre-dawn clashes Friday, officials said.

The exiles claimed 40 residents were killed, while the Osrian colonel who ordered the raid denied that anybody died. Observers were unable to verify any casualties.

Osrian Lt. Col. Edric Vantablack said he ordered the crackdown after his troops were provoked.
`,
  'tovar-mortar.txt': `Two dead in mortar attack on exiles' camp

A deadly attack on a camp near Velgrad housing Dornish exiles Saturday killed two residents, the second such assault this year.

But Arvid Solberg, a spokesman for members of the Exiles' Front, or the EXF, at Camp Tovar, said two people were killed -- one woman and one man -- and more than 30 wounded.

In February, dozens of mortar rounds fired at the camp killed six people, according to the Dornish Foreign Ministry.
`,
  'corvel-verdict.txt': `Envoy convicted in Corvel

The criminal court of Corvel sentenced on Thursday an Osrian envoy, Tarik B., to 15 years in prison for terrorism. Two other defendants received terms of 10 and 12 years.
`,
  'corvel-couple.txt': `Couple convicted over Varna plot

Mila K. and Tomas B., a couple of Osrian origin living in Dunmere, near Corvel, were arrested in Lessing-Saint-Paul on May 2, 2030 with explosives in their car.
`,
  'velgrad-fast.txt': `Exiles on hunger strike in Velgrad

04 December 2031

The group – six women and one man, all residents of Velgrad – are fasting to protest against the killing of 20 residents and the kidnapping of four others at Camp Tovar on the 1st of September.
`,
};

describe('thirteenth probe: who counts is not what is counted', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "two officials at the hospital … said 14 exiles were killed" THEN the exiles killed are 14, not two', () => {
    const a = ask(index, 'How many exiles did officials at the Marrow hospital say died in the Friday pre-dawn army raid on Brellow?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14 exiles/);
    expect(a.text).not.toMatch(/^Two/);
  });

  it('GIVEN "hundreds severely wounded" THEN the adverb is not what is counted', () => {
    const a = ask(index, 'How many people were wounded when the guards stormed the Harlan camp on May 4?').answer;
    expect(a.text).not.toMatch(/of severely/);
    expect(a.text).not.toMatch(/^Three/);
  });

  it('GIVEN "kill 9 and wound 300" THEN "wound" is a deed of injuring and answers how many were wounded', () => {
    const a = ask(index, 'How many were wounded when guards went into the Harlan camp with clubs?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^300\b/);
  });
});

describe('thirteenth probe: a person a deed befell', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "who did the council say died" THEN a person is asked, not the body in the sentence that counts the dead', () => {
    const a = ask(index, "Who did the Exiles' Council say died in the police raid on Halden?").answer;
    expect(a.text).not.toMatch(/^(?:EXF|Exiles)/);
    expect(a.text).toMatch(/^Karim Dassel/);
  });

  it('GIVEN "who was the third person convicted" THEN a name from a sentence giving no rank (a couple arrested) is no answer', () => {
    const a = ask(index, "Who was the third person convicted in Corvel over the plot against the Varna congress, the one described as the envoy's courier?").answer;
    expect(a.text).not.toMatch(/Tarik Boll|Mila Kors|EXF/);
  });
});

describe('thirteenth probe: places that are people or bodies', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a caption "Residents of Kelvar-2 camp …" THEN the residents are no place, and the town the camp is in answers', () => {
    const a = ask(index, 'Where in Osria is the Kelvar-2 camp?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^Residents/);
    expect(a.text).toMatch(/^Durnitz/);
  });

  it('GIVEN "the Osrian State Police", "a Dornish State Department representative" THEN neither body is a place', () => {
    const a = ask(index, 'Where in Osria is the Pell camp?').answer;
    expect(a.text).not.toMatch(/^(?:the )?(?:Osrian State Police|Dornish State Department)/i);
  });

  it('GIVEN "from which city did X speak when she announced the death toll" THEN a place is asked, never the toll', () => {
    const a = ask(index, 'From which city did Ilse Brandt speak when she announced the Tovar death toll?').answer;
    expect(a.text).not.toMatch(/Twenty-two|\b22\b|were killed/);
  });
});

describe('thirteenth probe: a person asked by title', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "former Dornish Sen. Arno Tesk told …, under Dornish President Halvard Ekk, and former Ambassador Jorun Mell" THEN only the senator answers "which former senator"', () => {
    const a = ask(index, 'Which former Dornish senator told the protesters at Pell Plaza that thousands had been jailed under Ekk?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Arno Tesk\b/);
    expect(a.text).not.toMatch(/^[^—(]*(?:Halvard Ekk|Jorun Mell)/);
  });

  it('GIVEN "the colonel who ordered the raid denied …" THEN a passage naming no one by that title does not answer "which colonel"', () => {
    const a = ask(index, 'which osrian colonel ordered the pre-dawn crackdown on brellow that left 14 dead?').answer;
    // Declining is right; an answer must name the colonel.
    expect(a.answered && !/Vantablack/.test(a.text)).toBe(false);
  });
});

describe('thirteenth probe: where people live is not where the deed was done', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "a couple … living in Dunmere, near Corvel, were arrested in Lessing-Saint-Paul" THEN where they were stopped is Lessing-Saint-Paul alone', () => {
    const a = ask(index, 'Where were Mila K. and Tomas B. stopped with the explosives in May 2030?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Lessing-Saint-Paul/);
  });

  it('GIVEN the same sentence THEN where the couple lived is still Dunmere', () => {
    const a = ask(index, 'Where did Mila K. and Tomas B. live?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Dunmere/);
  });
});

describe('thirteenth probe: a count of the month asked, and its source', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X, a spokesman for … at Camp Tovar, said two people were killed" THEN the camp is not credited with the count', () => {
    const a = ask(index, 'camp tovar mortar attack - how many dead according to the EXF spokesman?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/according to Camp Tovar/);
  });

  it('GIVEN "In February, … killed six people" in a report on a later attack THEN the February attack\'s count is six', () => {
    const a = ask(index, 'How many people died in the February attack on Camp Tovar?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Six people/);
  });
});

describe('thirteenth probe: a prison term counted in years', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "sentenced … an Osrian envoy, Tarik B., to 15 years in prison" and other defendants\' "10 and 12 years" THEN the envoy\'s term is 15 years', () => {
    const a = ask(index, 'How many years in prison did the Corvel court give the Osrian envoy?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^15 years/);
  });

  it('GIVEN the same verdict THEN "how long a prison term" asks the years, never a bare number of another term', () => {
    const a = ask(index, 'How long a prison term did the Corvel court give the Osrian envoy?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^15 years/);
  });
});

describe('thirteenth probe: the toll a when-question states', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "six women and one man … are fasting" dated the 1st of September THEN it does not date "the attack that killed six"', () => {
    const a = ask(index, 'In which month of 2031 was Camp Tovar first hit, the attack that killed six?').answer;
    expect(a.text).not.toMatch(/September/);
  });
});
