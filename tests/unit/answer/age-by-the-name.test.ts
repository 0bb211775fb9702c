import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How old was Tavo Renn?" against "Renn, 27, allegedly …" (the last name alone, a paragraph after the full name) or
// "the 24-year-old protester Ilse Varga": the age written right by the name answers, however tersely it is asked.
// Reports written for the tests: invented people, towns and bodies.
describe('a person\'s age, written right by the name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'renn.txt': ` date 2031-09-15 Scores of exiles took to the street in Kessel on Monday to demonstrate against the council's execution of a champion rower, Tavo Renn, who is widely believed to have been framed.
The demonstrators assembled in front of the consulate which represents the council's interests in Kessel.
The council executed Renn on Saturday. Renn, 27, allegedly killed a security guard during protests in 2029. But Renn said in an audio that was smuggled out of prison that he was tortured to confess the crime.
`,
      'varga.txt': `Exiles Show Anger At Hanging Of Detained Protester

Following the execution of the 24-year-old protester Ilse Varga on Thursday, several public figures called on exiles to hold protest gatherings.
In the town of Dorn, a group of exiles held a sit-in at the consulate.
`,
    });
  });

  it.each([
    ['how old was Tavo Renn?', /^27 years old/],
    ['tavo renn - how old was he', /^27 years old/],
    ['ilse varga age?', /^24 years old/],
  ])('GIVEN "%s" THEN the age by the name answers', (q, age) => {
    const a = ask(index, q).answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(age);
  });

  it('GIVEN no age written by a name THEN "how old was Ilse Dorn?" is not answered with another person\'s age', () => {
    const a = ask(index, 'how old was Ilse Dorn?').answer;
    expect(a.text).not.toMatch(/\b24\b|\b27\b/);
  });
});
