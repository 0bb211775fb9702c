import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { understand } from '../../../src/understand/understand.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor named once in full with its initials, then credited by the initials alone ("MNCL says …"), beside another
// body's count of children in another report. Asked by the monitor's full name, the count is the monitor's (its
// initials are its name), and only its own is given. In the same sentence a bare amount a relative clause describes
// ("6,200 who were tortured to death") counts people, not the children listed before it; asked how many were tortured to
// death, that amount answers: not the others of its sentence, nor the register's "thousands of people".
const REPORTS = {
  'mncl-tolls.txt': `Marovian monitor counts the cost of twelve years of repression
Published: 3 March 2033 | Lowland Courier

The Marovian Network for Civil Liberties (MNCL) has kept a register of the thousands of people jailed, abducted and tortured to death by the former government since 2021.
According to the figures kept by MNCL, at least 118,000 civilians lost their lives over those years. MNCL says those killed by the security forces include 9,400 children and 8,100 women, as well as 6,200 who were tortured to death.
The register was handed to the new justice ministry last week.
`,
  'tarsk-shelling.txt': `Shelling of Vell leaves dozens dead
Published: 9 May 2032 | Hill Post

According to the Tarsk Observatory, the shelling of the market town of Vell on Sunday killed 43 people, 17 of them children.
`,
};

describe('a body asked by its full name and credited by its initials', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN the monitor credited as MNCL WHEN the children killed according to the Marovian Network for Civil Liberties are asked THEN its count of children, credited to MNCL, and not the observatory's", () => {
    const { answer } = ask(index, 'How many children did the security forces kill according to the Marovian Network for Civil Liberties?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/According to MNCL, 9,400 children/);
    expect(answer.text).not.toMatch(/\b17\b|Tarsk/);
    expect(answer.citations[0]?.excerpt).toContain('9,400 children');
  });

  it('GIVEN "9,400 children and 8,100 women, as well as 6,200 who were tortured to death" WHEN the children killed according to MNCL are asked THEN the 6,200 are not given as children', () => {
    const { answer } = ask(index, 'How many children were killed according to MNCL?');
    expect(answer.answered).toBe(true);
    // (The answer before the sentence it quotes.)
    const stated = answer.text.split('“')[0] ?? '';
    expect(stated).toMatch(/^9,400 children, according to MNCL/);
    expect(stated).not.toMatch(/6,200/);
  });

  it('GIVEN the same sentence WHEN how many were tortured to death according to MNCL is asked THEN the amount whose own clause tells it, not the children or women listed before it, nor the register\'s thousands', () => {
    const { answer } = ask(index, 'How many people does MNCL say were tortured to death?');
    expect(answer.answered).toBe(true);
    const stated = answer.text.split('“')[0] ?? '';
    expect(stated).toMatch(/^According to MNCL, 6,200 people/);
    expect(stated).not.toMatch(/9,400|8,100|[Tt]housands/);
  });

  it("GIVEN the same reports WHEN the reader reads how many were tortured to death THEN the amount the relative clause describes, not the register's vague thousands", () => {
    const read = readAnswer(understand('How many people does MNCL say were tortured to death?', index, undefined).analysis, index);
    expect(read.answer?.text).toMatch(/^6,200, according to MNCL/);
  });
});
