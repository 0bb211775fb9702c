import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A rally report quotes people in the crowd beside its speakers ("X, 34, a nurse who travelled from Brenn, said …",
// "said Y, a student who carried a placard", "protester Z said"): they talked to the reporter, they did not address
// the rally, so "who spoke at the rally" does not list them. Someone described so who also told the crowd still spoke.
const REPORTS = {
  'velmora-rally.txt': `Thousands rally in Velmora for a free Valdor

By Dana Roe, Velmora Courier
June 14, 2031

VELMORA — Several thousand people gathered on Harbour Square in Velmora on Saturday to demand an end to executions in Valdor, in a rally organised by the Velmora Exiles Council.

The main speaker, former senator Alan Pryce, told the crowd that the regime "has never been weaker". "The people of Valdor will decide their own future," Pryce said.

Mina Tavassel, 34, a nurse who travelled from Corvin with her two children, said she had lost a cousin in the protests of 2029. "I come every year because I cannot stay silent," she said.

"We want the world to hear us," said Rafi Kerman, a student from Lunsford, who carried a placard with the names of executed prisoners.

Protester Ilse Brandt said the crowd was larger than last year.

Also addressing the rally was Councillor Joan Ashby, who called on the government to list the Guard Corps as a terrorist group.

Omid Sarraf, 61, who came from Dessel, told the crowd that his brother had been executed in 2030.
`,
};

describe('people of the crowd are not the rally’s speakers', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a speaker, a councillor "also addressing the rally", and three people of the crowd quoted WHEN who spoke is asked THEN only the speakers are named, and only their sentences cited', () => {
    const { answer } = ask(index, 'who spoke at the Velmora rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Alan Pryce/);
    expect(answer.text).toMatch(/Joan Ashby/);
    expect(answer.text).not.toMatch(/Tavassel|Kerman|Brandt/);
    expect(answer.citations.map((c) => c.excerpt).join(' ')).not.toMatch(/Tavassel|Kerman|Brandt/);
  });

  it('GIVEN someone of the crowd by age who "told the crowd" THEN they spoke at the rally', () => {
    const { answer } = ask(index, 'who spoke at the Velmora rally?');
    expect(answer.text).toMatch(/Omid Sarraf/);
  });

  it('GIVEN a person of the crowd WHEN what they said is asked THEN their words are still given', () => {
    const { answer } = ask(index, 'what did Mina Tavassel say?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/cannot stay silent|lost a cousin/);
  });
});
