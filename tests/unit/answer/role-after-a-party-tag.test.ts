import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Mara Oss, (HÉP) Member of the Council of Kessby, …": a party's short name in brackets opening the
 * apposition stands before the role; the role is still hers.
 */
describe('a role after a party tag in brackets', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'weavers.txt': `Councillors back the mill women of Dorvania

On Friday, May 9, 2031, a hearing on the mill women of Dorvania was held at the Town Hall of Kessby. Councillors, union heads and a group from the Weavers' Circle, led by Ilse Varga, took part.

Tomas Brell, Member of the Town Council and Deputy Chair of the Green List; Ida Rhee, Member of the Dock Council from Nordby; and Mara Oss, (HÉP) Member of the Council of Kessby, addressed the hearing which was covered by the Kessby Courier.
`,
    });
  });

  it('GIVEN "what is Mara Oss\'s role" THEN the role written after the bracketed party', () => {
    const a = ask(index, "Mara Oss - what's her role? she addressed the kessby hearing in 2031").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Mara Oss is Member of the Council of Kessby/);
  });
});
