import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// One sentence counts two groups: "9 guards were hurt, and 34 Harl-2 tenants needed treatment … from the guards".
// Asked how many guards were hurt, the number written right before "guards" answers, not the tenants' number whose
// clause happens to name the guards too.
const REPORTS = {
  'harl-estate.txt': `Eviction at the Harl estate turns violent
Published: 9 May 2031 | Borland Daily

Bailiffs backed by private guards cleared two blocks of the Harl-2 estate outside Borland on Tuesday morning.

In the scuffles that followed, 9 guards were hurt, and 34 Harl-2 tenants needed treatment after inhaling the smoke from flares thrown by the guards.

The housing minister, Teodor Vasch, said the eviction order had been lawful.
`,
};

describe('a count beside another noun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "9 guards were hurt, and 34 … tenants needed treatment … by the guards" WHEN the guards hurt are asked THEN 9', () => {
    const { answer } = ask(index, 'How many guards were hurt during the eviction at the Harl estate?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^9 guards/);
    expect(answer.text).not.toMatch(/^34/);
  });

  it('GIVEN the same sentence WHEN the tenants treated are asked THEN 34', () => {
    const { answer } = ask(index, 'How many tenants needed treatment after the eviction at the Harl estate?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b34\b/);
  });
});
