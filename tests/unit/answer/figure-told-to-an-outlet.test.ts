import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A toll that officials "told" a news agency is theirs, not the agency's; the officials who told it are not counted
 * among the dead; a government "said" a figure in lower case is still who said it; and bodies whose figures a sentence
 * sets against the toll ("higher than figures from …") did not give it. A dateline with its day ("VARN, 2 June 2020
 * (Tidewire) –") names no one who did anything.
 */
const REPORTS: Record<string, string> = {
  'varn-toll.txt': `Officials put Varn protest toll at 900, sources tell Tidewire

VARN, 2 June 2020 (Tidewire) – About 900 people were killed during two weeks of unrest in Varn, three officials of the Varn Interior Ministry told Tidewire.

The toll of 900 is far higher than figures from rights groups and the Kessel government.

The Kessel government had said at least 300 people died.
`,
  'brenn-raids.txt': `Raids in Brenn

BRENN, 5 May 2020 – Security forces raided homes across the province this week.

Some 450 people were detained in the raids, a Brenn Justice Ministry official told reporters.
`,
};

describe('a toll told to a news agency, and the figures set against it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN officials who "told Tidewire" the toll THEN the count is credited to their ministry, not to the agency', () => {
    const a = ask(index, 'how many were killed in Varn according to the interior ministry?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/According to Varn Interior Ministry \([^)]*\), about 900 people were killed/);
  });

  it('GIVEN "three officials … told" THEN no official is counted among the dead, and the toll of everyone is no count of officials', () => {
    const a = ask(index, 'how many officials were killed in Varn?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no figure for deaths/);
    const all = ask(index, 'how many people were killed in Varn?').answer;
    expect(all.text).toContain('about 900 people were killed');
    expect(all.text).not.toMatch(/\bthree officials\b[^“]*killed/);
  });

  it('GIVEN "the Kessel government had said" THEN the lower count is the government\'s', () => {
    const a = ask(index, 'how many died according to the Kessel government?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^According to Kessel government \([^)]*\), at least 300 people were killed/);
  });

  it('GIVEN "a ministry official told reporters" THEN the detentions are that official\'s', () => {
    const a = ask(index, 'how many were detained in Brenn according to the justice ministry?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Brenn Justice Ministry official');
    expect(a.text).toContain('450');
  });

  it('GIVEN "who said 900 were killed" THEN the government whose sentence says 300 is not given as the one who said it', () => {
    const a = ask(index, 'who said 900 people were killed?').answer;
    expect(a.text).not.toMatch(/^Kessel/);
    if (a.answered) expect(a.text).toMatch(/^Varn Interior Ministry\b/);
  });

  it('GIVEN "who gave the figure" THEN the ministry that told it answers, not the dateline nor the government compared', () => {
    const a = ask(index, 'who gave the figure of 900 dead?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Varn Interior Ministry\b/);
  });
});
