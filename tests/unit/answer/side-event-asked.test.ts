import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "On Thursday the 9th of May 2030, a Side Event on … was organized by …": a side event beside a council's session is a
 * meeting of its own. Unread, a question on it was answered with the month of an uprising another report dates.
 */
describe('a side event asked of', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'side-event.txt': `By Lena Ostrova / Coast Rights Digest

On Thursday the 9th of May 2030, a Side Event on the treatment of prisoners in Dorvania was organized by the Harbour Women's Law Circle.

Its panel brought together Professor Ilse Varga and Tomas Brell, a prison doctor.

Professor Varga asked the council to send its own inspectors to the jails.
`,
      'hall.txt': `Hall of Nations: Dorvania after the unrest of 2029

On Monday April 2, delegates met for a meeting in the Hall of Nations in Kessby about the unrest.

Speakers talked about the prospects that have risen after the uprising which erupted in November 2029 and went on into 2030.
`,
    });
  });

  it('GIVEN "when was the side event of the Harbour Women\'s Law Circle" THEN its day, not the uprising\'s month', () => {
    const a = ask(index, "When was the Harbour Women's Law Circle side event on prisoners in Dorvania held?").answer;
    expect(a.text).not.toMatch(/November 2029/);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 9, 2030/);
  });

  it('GIVEN "who organized the side event on prisoners" THEN the circle named', () => {
    const a = ask(index, 'Who organized the side event on the treatment of prisoners in Dorvania?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Harbour Women's Law Circle/);
  });
});
