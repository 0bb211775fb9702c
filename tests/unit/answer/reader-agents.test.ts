import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Who did or said something, on reports written for these tests: "which Syrian official" is the office holder the
 * report on Syria names, not a foreign researcher whose quote mentions "the Syrian security services".
 */
const REPORTS: Record<string, string> = {
  'detentions.txt': `Syria detains thousands after bread protests

Damascus, March 9 — Security forces in Syria have detained thousands of people since the bread protests began, rights groups said.

“Eyewitnesses describe mass arrests by the Syrian security services in every town we reached, and families are not told where their relatives are held,” said Lena Marsh, research director of the Watchlist for Rights.
On March 3, Adel Nasri, a spokesman for Parliament's security committee, said some 4,012 people had been detained.
`,
  'geneva-vigil.txt': `Exiles hold vigil in Geneva

Geneva, March 6, 2021 — Several hundred people held a vigil for the prisoners in Syria outside the United Nations offices in Geneva on Saturday.

The vigil, organized by the Swiss branch of the National Council of Democrats of Syria, followed a month of arrests across the country.
`,
  'toll.txt': `Jets kill 30 in raids on the north of Vardania

Government jets killed at least 30 people in raids on villages in the north of Vardania on Sunday, the Vardania Rights Network said.
The Vardania Rights Network said a total of 12,480 people had died since the start of Vardania's civil war in 2015.
`,
  'interview.txt': `Exile leader looks back on the revolution

Hanna Voss, president of the Vardanian Democratic Front, spoke about the 1989 revolution on its anniversary. Voss was interviewed by our editor Tomas Berg.
`,
  'oslo-demo.txt': `Hundreds rally in Oslo against the junta

OSLO (AP) — Several hundred exiles demonstrated in central Oslo on Saturday against the Vardanian junta, carrying flags and banners in support of the Democratic Council of Vardania.

“We do not need weapons,” said Ana Petrov, a member of the Union for a Free Vardania in Norway, which staged the demonstration. “We want free elections.”
`,
  'loyalists.txt': `Loyalists rally in Ostrov after the unrest

Tens of thousands of government supporters gathered in Ostrov on Monday after a week of unrest across Vardania.

“Believe me, we are at war with enemies in every street, and what raged in our towns last week was a foreign plot,” Pavel Stern the commander of the National Guard told the gathering in Ostrov.
`,
  'press-release.txt': `Storting Photo Exhibition, Vigil and Briefings to Support the Vardanian Uprising

OSLO, NORWAY, March 4, 2021 /Newswire/ -- The Council of Vardanian Exiles (CVE) has launched its month-long E.U. Parliament campaign in support of the uprising, with briefings for members of parliament, a vigil and a photo exhibition.
`,
};

describe('the reader names who did the deed asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN "which Syrian official said …" THEN the office holder of a report on Syria is named, not a foreigner whose quote speaks of the Syrian services', () => {
    const a = answer('Which Syrian official said on March 3 that around 4,000 people had been detained in the bread protests?');
    expect(a.text).not.toMatch(/Lena Marsh/);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Adel Nasri/);
  });

  it('GIVEN "which Syrian official said …" of words only a foreign researcher said THEN nobody is named: "Syrian" in her quote does not make her Syrian', () => {
    const a = answer('Which Syrian official said that families are not told where their detained relatives are held?');
    expect(a.text).not.toMatch(/^Lena Marsh/);
  });

  it('GIVEN a long body named after the country asked ("the Swiss branch of the National Council of Democrats of Syria") THEN it is who organised the vigil', () => {
    const a = answer('Who organized the Geneva vigil for the prisoners in Syria on March 6, 2021?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('National Council of Democrats of Syria');
    expect(a.text).not.toMatch(/by the Swiss\b/);
  });

  it('GIVEN the same question THEN the reader on its own names the body: its last word "Syria" does not make it the country the question names', () => {
    const q = 'Who organized the Geneva vigil for the prisoners in Syria on March 6, 2021?';
    const read = readAnswer(analyseQuestionFor(q, lexiconOf(index)), index);
    expect(read.answer?.text).toMatch(/^National Council of Democrats of Syria \(according to/);
  });

  it('GIVEN "who counted N dead" THEN the body that "said a total of N people had died" is named: how a figure is claimed varies', () => {
    const a = answer("Who counted 12,480 dead since the start of Vardania's civil war?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Vardania Rights Network/);
  });

  it('GIVEN "who interviewed X" THEN the interviewer is named, not who X is', () => {
    const a = answer('Who interviewed Hanna Voss on the anniversary of the revolution?');
    expect(a.text).not.toMatch(/president of the Vardanian Democratic Front/);
    expect(a.text).toMatch(/^Tomas Berg/);
  });

  it('GIVEN "which group organised the demonstration" THEN the body "which staged the demonstration", named whole with its "for a"', () => {
    const a = answer('Which group organised the Oslo demonstration against the Vardanian junta?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Union for a Free Vardania/);
  });

  it('GIVEN "who told the crowd that the unrest was a foreign plot" THEN the person who said it to "the gathering", named before his title', () => {
    const a = answer('who told the pro-government crowd in Ostrov that the unrest was a foreign plot?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Pavel Stern');
    expect(a.text).not.toMatch(/^National Guard/);
  });

  it('GIVEN "which group launched the campaign" THEN the body before "(CVE) has launched", not a name inside what was launched', () => {
    const q = 'which group launched the month-long campaign in parliament with briefings and a vigil in march 2021?';
    const a = answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Council of Vardanian Exiles/);
    // The reader reads the doer through "(CVE) has": the body's full name, as written before its acronym.
    expect(readAnswer(analyseQuestionFor(q, lexiconOf(index)), index).answer?.text).toMatch(/^Council of Vardanian Exiles/);
  });
});
