import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What did the crowd shout back after X spoke?" against a report giving X's words ("“…,” activist X said after
 * speaking at the rally") and saying only that "the crowd answered with" a cry: X's words are X's speech, not the
 * crowd's. Answering them as what the crowd shouted is wrong; the bot declines.
 */
describe("a speaker's words are not what the crowd shouted", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'orvel-march.txt': `Thousands march in Orvel to back the Dorvan strikes

Orvel Herald, May 14, 2031

Thousands of people marched in Orvel on Saturday to back the strikers in Dorvan, where the walkouts entered a third month.

"From the mines to the ports, I give my life for Dorvan," rights activist Nadia Kerrow said after her speech at the Orvel rally, naming towns hit by the strikes. The crowd answered with a roar of support for the miners.

Organisers said exiles had come from four countries.
`,
    });
  });

  it('GIVEN only a named activist quoted WHEN asked what the crowd shouted back THEN her words are not given as the crowd’s', () => {
    const a = ask(index, 'what did the crowd in orvel shout back after kerrow spoke?').answer;
    expect(a.text).not.toMatch(/give my life/);
  });

  it('GIVEN the same report WHEN asked what the activist said THEN her words are given', () => {
    const a = ask(index, 'What did Nadia Kerrow say at the Orvel rally?').answer;
    expect(a.text).toMatch(/give my life/);
  });
});
