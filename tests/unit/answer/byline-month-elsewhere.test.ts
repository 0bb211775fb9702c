import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report dated only by its byline ("14 October, 2031") tells of "Sunday": asked about a gathering of another month,
// its organiser is not the one asked, even though no other month is written in its text.
const REPORTS = {
  'dockers-march.txt': `Hundreds of harbour workers march in Velmar

Hundreds of harbour workers march in Velmar
3 min read
14 October, 2031
Sunday's march went ahead once a city ban had been lifted by a local judge.

Hundreds of harbour workers walked through Velmar on Sunday, in a march organised by the Velmar Dockers Guild.

The guild wants the night shifts shortened.
`,
  'orchard-vigil.txt': `A vigil against evictions in Velmar – August 2031

The vigil against evictions took place at Orchard Square in Velmar on 12 August 2031, starting at 18:00.

Tenants and neighbours lit candles along the square until late.
`,
};

describe('a report dated only by its byline, asked about another month', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the only organiser named is in a report bylined in October WHEN asked who organised the August vigil THEN that organiser is not given', () => {
    const { answer } = ask(index, 'Who organised the vigil against evictions in Velmar in August 2031?');
    expect(answer.text).not.toMatch(/Dockers Guild/);
  });

  it('GIVEN the byline month is the one asked WHEN asked who organised the march THEN the guild is named', () => {
    const { answer } = ask(index, 'Who organised the march of harbour workers in Velmar in October 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Dockers Guild/);
  });
});
