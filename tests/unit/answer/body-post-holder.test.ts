import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who is KRA's envoy for the northern provinces?": a body's post written with a possessive asks who holds it (a
 * person), not the role of someone called "KRA's envoy". The report names the holder before the post, in an
 * apposition that closes a list set off by spaced dashes ("… Dell and Quint - Tomas Reyl, KRA envoy for …"): the dash
 * parts the list from the name, so the name is the holder's alone.
 */
describe('the holder of a body\'s post asked with a possessive', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'camps.txt': `Families still waiting in border camps, relief agency says

Northern Wire

March 3, 2030

About 40,000 families are still waiting in tents along the border - in Marrow, Dell and Quint - Tomas Reyl, KRA envoy for the northern provinces, told a press call on Tuesday.

The Kessa Relief Agency (KRA) has asked donors for another 12 million crowns to see the camps through the spring.
`,
    });
  });

  it('GIVEN "Who is KRA\'s envoy for the northern provinces?" THEN Tomas Reyl, without the list before him', () => {
    const a = ask(index, "Who is KRA's envoy for the northern provinces?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tomas Reyl\b/);
  });

  it('GIVEN "who is Tomas Reyl?" THEN still his post', () => {
    const a = ask(index, 'Who is Tomas Reyl?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/envoy/i);
  });
});
