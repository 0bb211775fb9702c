import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report whose lead counts the dead of a crackdown on protests, then gives a town its own count in a sentence that
 * names no protest ("Two of the dead were counted in Kelmor"), then an official toll next to a sentence on the
 * demonstrations. Asked of the town, its own count answers: the report's best count already tells of the protests.
 */
describe('a town count in a report on the event asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ostrevia-toll.txt': `Anger spreads after a teacher dies in custody

Lisk Ledger

March 3, 2031

The crackdown by Ostrevian police on the unrest that followed the death in custody of the village teacher Ilan Dravec has cost at least 58 lives, the Lisk-based Ostrevia Rights Watch announced on Monday.

The watchdog listed dead in nine provinces, the worst hit being the marshy Dunmarsh province with 17.

Two of the dead were counted in Kelmor, it added.

Relatives were pressed to hold burials after dark, it said.

By the official count, 30 people have been killed, several police officers among them.

Dravec's death set off demonstrations across Ostrevia.
`,
    });
  });

  it('GIVEN "how many died in kelmor itself in the dravec protests (the 58 count)?" THEN the count of the sentence naming Kelmor', () => {
    const a = ask(index, "how many died in kelmor itself in the dravec protests (the watchdog's 58 count)?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\bTwo\b/);
    expect(a.text).not.toMatch(/\b30\b/);
  });

  it('GIVEN the official toll asked THEN the government figure still answers', () => {
    const a = ask(index, 'what is the official death toll of the dravec protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b30\b/);
  });
});
