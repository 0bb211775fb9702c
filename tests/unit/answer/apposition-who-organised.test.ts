import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who organised the march to the Harbour Council?" against "Lene Osk, a member of the Marsh Assembly who organized the
 * march, said: …": the relative clause's doer is the role set after the person's name, so the person organised it
 * (no one was named before: the clause's doer, a role without a name, set the person aside).
 */
describe('a person whose apposition organised the march', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'velden-march.txt': `Over 5,000 people show support for the Dorvan strikers in Velden
About 5,400 people from across the coast marched to the Harbour Council in Velden on Tuesday, asking the council to list the Dorvan guard as a criminal body.
The crowd waving Dorvan flags set off for the Harbour Council, where members had just opened their spring sitting.
Lene Osk, a member of the Marsh Assembly who organized the march, said: "We have come so the voices of the strikers are heard on the coast."
When the head of the Harbour Council, Pavel Morn, came out to the crowd, he told them the council stood with them.
`,
    });
  });

  it('GIVEN "X, a member of … who organized the march" WHEN asked who organised it THEN X', () => {
    const a = ask(index, 'who organised the march to the harbour council in velden for the dorvan strikers?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Lene Osk/);
  });
});
