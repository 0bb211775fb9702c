import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "In which town was a 12-year-old boy shot?" answered with the town where a report tells of a 19-year-old student:
 * a question that tells its person by an age asks of someone of that age, not of another victim.
 */
describe('a person asked of by an age the report gives to no one', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'brenna-toll.txt': `Rights group raises Vardania toll to 212

HALDEN, May 4, 2031 — The rights group Civic Watch said on Tuesday that at least 212 people were killed in last month's fuel protests in Vardania.

Civic Watch said security forces had fired live rounds at unarmed marchers. Among the dead, according to Civic Watch, was a 19-year-old student in the town of Brenna who was shot while she walked home from a pharmacy.
`,
    });
  });

  it('GIVEN a victim of another age THEN asked of a 12-year-old boy it abstains', () => {
    const a = ask(index, 'In which town was a 12-year-old boy shot during the fuel protests in Vardania?').answer;
    expect(a.answered && /Brenna/.test(a.text)).toBe(false);
  });

  it('GIVEN the age the report gives THEN the town answers', () => {
    const a = ask(index, 'In which town was a 19-year-old student shot during the fuel protests in Vardania?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Brenna/);
  });
});
