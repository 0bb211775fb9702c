import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The archive holds one protest in Lisbon, outside the Russian regime's embassy, called by a Belarusian exile
// committee. Asked where protests against the Belarusian regime are held, that sentence tells of another country's
// regime: declined. Asked of the Russian regime, it answers.
const REPORTS = {
  'lisbon-embassy.txt': `Exiles protest outside embassy in Lisbon
Madrid, 4 Mar – On Saturday, March 2 a protest was held outside the Russian regime’s embassy at the call of the “Belarusian Exile Committee” in Lisbon.
Speakers condemned the arrest of reporters and demanded the release of all political prisoners.
`,
};

describe('a body of one country asked, another country’s told', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the protest was at the Russian regime’s embassy WHEN where protests against the Belarusian regime are held in Lisbon is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'Where are weekly protests against the Belarusian regime held in Lisbon?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the protest was at the Russian regime’s embassy WHEN where the exiles protested in Lisbon is asked THEN the embassy answers', () => {
    const { answer } = ask(index, 'Where did the Belarusian exiles protest in Lisbon?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/embassy/);
  });
});
