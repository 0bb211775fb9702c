import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An invented report: a monitor gives only how many of the detained students it has identified (the part told after
// its number, "N of the detained … have been identified"), never how many were detained in all. Asked how many were
// detained, the bot does not give the identified part as the whole; asked how many were identified, it does.
const REPORTS = {
  'tovar-monitor.txt': `Monitor lists detained students in Tovaria

June 2, 2033

The Tovar Student Watch, a monitor based abroad, said the crackdown on campuses had widened over the past month.
The monitor added that 1,130 of the detained students have been identified, noting that 45 are under 18.
Campus gates in the capital stayed shut on Tuesday.
`,
};

describe('a count of those identified, told after its number, is no count of all (probe53)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the count of detained students identified WHEN asked how many students were detained THEN it abstains', () => {
    const { answer } = ask(index, 'How many students were detained according to the Tovar Student Watch?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/1,130/);
  });

  it('GIVEN the same report WHEN asked how many detained students were identified THEN 1,130', () => {
    const { answer } = ask(index, 'How many detained students has the monitor identified?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,130/);
  });
});

// A second invented report gives the whole a few sentences before the part, credited to the monitor by "the monitor
// went on to say": asked how many were detained, the whole answers, credited to the monitor named before.
const WHOLE_BEFORE = {
  'vessa.txt': `Observer counts detentions in Vessa

The Vessa Campus Monitor (VCM) said in its weekly update that the crackdown on universities had spread to nine towns.
Although the interior ministry has released no figures, the monitor went on to say some 2,640 students have been detained since March.
VCM added that 41 lecturers had also been held.
The monitor added that 1,905 of the detained students have been identified, noting that 73 are under 18.
`,
};

describe('the whole told before a part identified answers, credited to the body named before (probe53)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WHOLE_BEFORE);
  });

  it('GIVEN the whole and, later, the part identified WHEN asked how many students were detained per the monitor THEN some 2,640, according to it', () => {
    const { answer } = ask(index, 'How many students have been detained according to VCM?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2,640/);
    expect(answer.text).not.toMatch(/1,905/);
    expect(answer.text).toContain('according to Vessa Campus Monitor');
  });
});
