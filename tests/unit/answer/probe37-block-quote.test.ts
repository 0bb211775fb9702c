import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A speech set apart as a block quote under a sentence ending in a colon (probe 37: "X called for a boycott of …:"
// then X's words in the next paragraph, without quotation marks), pinned with a report written for the tests:
// invented people and places.
describe('a block quote after a colon', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'harlow-banks.txt': `Exiles rally in Harlow as strikes spread at home

The yearly rally, which the organisers said drew more than 40,000 people, was held at the Harlow Exhibition Hall on Sunday.

Ana Brook, who has spoken at many of the movement's events, called on banks that still lend to the Vardanian government to stop until it falls:

I tell every bank that still lends to this government: your money buys the bullets fired at students. Close the accounts today, and the people of Vardania will remember who stood with them.

Other guests spoke of the strikes spreading through the oil towns.
` });
  });

  it('GIVEN "X called on banks … to stop until it falls:" and the speech below THEN what X said is the speech', () => {
    const a = ask(index, 'What did Ana Brook say to the banks at the Harlow rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/your money buys the bullets/);
    expect(a.citations.some((c) => /Close the accounts today/.test(c.excerpt))).toBe(true);
  });
});
