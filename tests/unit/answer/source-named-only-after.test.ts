import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The toll is the report's own; the aid group is named only afterwards, for what its clinics found.
const REPORTS = {
  'tovel-gas.txt': `What we know about the attack on Tovel
Schools Weekly, 12 May 2036

On May 3, warplanes struck the market town of Tovel in the north. The raid killed 31 people, among them nine children, and left some 140 hurt. Accounts from Medics for Peace, which runs two clinics in the area, pointed to a poison gas.
`,
};

describe('a source named only after the count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Medics for Peace named only after the toll WHEN the toll is asked "acording to medics for peace" THEN not in the archive', () => {
    const { answer } = ask(index, 'how many ppl died in tovel acording to medics for peace');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/\b31\b/);
  });

  it('GIVEN the same report WHEN the toll is asked without a source THEN 31 is still the answer', () => {
    const { answer } = ask(index, 'how many people died in tovel');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b31\b/);
  });
});

describe('a source that signs the report at its end', () => {
  it('GIVEN a report signed "Riverside Radio" on its last line WHEN the count is asked according to it THEN the count is given', async () => {
    const index = await archiveOfTexts({
      'camp-opening.txt': `Exiles open a new camp in the hills
Some 2,400 exiles opened their new camp above the village of Brenna today, two hours from the capital.

The camp has a clinic, a school and a hall for meetings.

Riverside Radio
`,
    });
    const { answer } = ask(index, 'According to Riverside Radio, how many exiles opened the camp above Brenna?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2,400/);
  });
});
