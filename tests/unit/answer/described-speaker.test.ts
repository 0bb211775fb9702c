import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did poet Sara Kovin say?": lower-case words of description before a name ("poet", "the Lantern Foundation's
// harbour researcher") describe the person asked; the name is who spoke. The report writes the description apart from
// the name ("poet and one-time detainee Sara Kovin") or not at all, and the words asked had been looked for as one name.
const REPORTS = {
  'lindau-vigil.txt': `Exiles hold candle vigil on the Lindau quay
Published: 12 June 2031 | Meridian Wire

LINDAU (MW) — Several hundred exiles from Valdor held a candle vigil on the Lindau quay on Saturday evening.

Among those who came was poet and one-time detainee Sara Kovin, who said: "We read out every name tonight, so that no one in Lindau can pretend not to know."

The vigil broke up peacefully before midnight.
`,
  'port-alden-strikes.txt': `Monitor counts dead after week of strikes on Port Alden
Published: 2 March 2030 | Harbour Post

At least 60 people were killed in Port Alden during a week of air strikes, the Lantern Foundation said on Monday.

“We counted sixty people killed in six days, most of them in the fish market,” said Tomas Reid, a harbour researcher at the Lantern Foundation.
`,
};

describe('a speaker asked with words describing them', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "poet and one-time detainee Sara Kovin, who said: …" WHEN "what did poet Sara Kovin say at the Lindau vigil?" THEN her words', () => {
    const { answer } = ask(index, 'What did poet Sara Kovin say at the Lindau vigil?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/We read out every name tonight/);
  });

  it('GIVEN "…,” said Tomas Reid, a harbour researcher at the Lantern Foundation WHEN asked as "Lantern Foundation analyst Tomas Reid" THEN his words', () => {
    const { answer } = ask(index, "What did Lantern Foundation analyst Tomas Reid say about the killings?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/sixty people killed in six days/);
  });

  it('GIVEN no words of a mayor WHEN "what did the mayor of Port Alden say?" THEN no one else’s words are given as the mayor’s', () => {
    const { answer } = ask(index, 'What did the mayor of Port Alden say?');
    expect(answer.answered).toBe(false);
  });
});
