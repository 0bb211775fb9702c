import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "who is Orrin's lawyer?", "orrin's lawyer name?": the person standing in that part to the one named is asked
 * (a who question), not who Orrin is, and never a passage that only says Orrin had lawyers.
 */
const REPORTS: Record<string, string> = {
  'orrin-verdict.txt': `Ostria court jails Carridan official for life over 1990 prison killings

VELMAR - An Ostrian court on Thursday sentenced a Carridan national to life in prison for his part in the 1990 killings of prisoners at the Dunlow jail.

The Velmar District Court found Pavel Orrin, 58, guilty of murder.

Marten Quist, Orrin's lawyer, told the Velmar Courier that they were "let down" and would appeal the sentence.
`,
  'orrin-hearing.txt': `Hearing on the Dunlow killings enters its last stage

VELMAR, May 3, 2022 - Supporters of the victims' families rallied outside the court on Tuesday.

At this stage, first the prosecutors, then the families' lawyers and finally Orrin's lawyers presented their cases.
`,
};

describe("a part asked of the one named (\"X's lawyer\")", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN \"Marten Quist, Orrin's lawyer, told …\" WHEN asked who Orrin's lawyer is THEN Marten Quist", () => {
    const a = ask(index, "who is Orrin's lawyer?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Marten Quist/);
  });

  it('GIVEN the same reports WHEN asked tersely for the lawyer\'s name THEN Marten Quist, not the passage on the lawyers\' cases', () => {
    const a = ask(index, "orrin's lawyer name?").answer;
    expect(a.text).not.toMatch(/presented their cases/);
    expect(a.text).toMatch(/Marten Quist/);
  });
});
