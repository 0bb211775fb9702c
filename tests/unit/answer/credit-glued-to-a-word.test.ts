import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A scraped page loses the space before "according to": the toll is still the wire's, given to it by officials,
// and a rights group the report names elsewhere (with a toll of its own) is not its source.
const REPORTS = {
  'velora-toll.txt': `Velora unrest: wire gives a higher toll

Ninety-one pensioners and 12 nurses are counted among those who died in the March unrest, along with several border guardsaccording to the newest tally handed to the TNW agency by four provincial health officers.

The TNW figures are well above those of the Lantern Rights Alliance, whose last count of the dead in Velora stood at 177.

The Lantern Rights Alliance has asked the regional assembly to open an inquiry.
`,
};

describe('a credit glued to the word before it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the pensioners are counted in a tally handed to the wire THEN "according to the Lantern Rights Alliance" is not answered with it', () => {
    const a = ask(index, 'How many pensioners died in the March unrest in Velora according to the Lantern Rights Alliance?').answer;
    expect(a.text).not.toMatch(/\b91\b|Ninety-one/i);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same tally THEN asked by the wire it answers', () => {
    const a = ask(index, 'How many pensioners died in the March unrest in Velora according to TNW?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ninety-one|\b91\b/i);
  });
});
