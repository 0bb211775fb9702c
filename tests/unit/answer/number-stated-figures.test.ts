import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "…'s official toll at the time the Monitor counted 76 dead": a number the question states marks the report it asks
// about; the figures of reports that never write it (a later stage of the same count) are not listed beside it.
// Invented reports.
describe('a figure asked at the stage a stated number marks', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'marvelia-76.txt': `Toll rises in Marvelia's bread protests

Coast Wire

September 30, 2031

The Marvelia Rights Monitor said at least 76 people had been killed in the bread protests. The official death toll stands at 41 people killed, including members of the security forces.
`,
      'marvelia-215.txt': `Monitor: 215 dead in Marvelia

Valley Dispatch

October 17, 2031

The Marvelia Rights Monitor said at least 215 people, including 27 children, had been killed in the bread protests. Officials said eight people were killed in a prison fire on Saturday.
`,
    });
  });

  it('GIVEN "at the time the Monitor counted 76 dead" THEN the official toll of that report, 41, without the later report\'s figures', () => {
    const a = ask(index, "What was Marvelia's official death toll at the time the Rights Monitor counted 76 dead in the bread protests?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b41\b/);
    expect(a.text.split('“')[0]).not.toMatch(/\b215\b|\beight\b/);
  });
});
