import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "On the occasion of June 2, Lantern Day, a forum … was held … on May 30": the day after "on the occasion of" is the
 * day the forum was held for, not its own. The forum was held on May 30; answered with June 2 (and a year before the
 * report's, since June 2 falls after its dateline), a user reads a day that never was.
 */
describe('the day of the occasion a gathering was held for', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'forum.txt': `Weavers' conference backs striking mill women

May 31, 2031 – On the occasion of June 2, Lantern Day, a conference of support for the striking mill women of Dorvania was held in the old granary of Kessby on May 30. Guests came from eleven towns along the coast.

The conference was organised by the Kessby Weavers' Circle.

Speakers praised the strikers and asked the port towns to send food.
`,
    });
  });

  it('GIVEN "when was the conference in Kessby" THEN May 30, not the occasion\'s June 2', () => {
    const a = ask(index, 'When was the conference of support for the mill women held in Kessby?').answer;
    expect(a.text).not.toMatch(/June 2|2030/);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 30, 2031/);
  });
});
