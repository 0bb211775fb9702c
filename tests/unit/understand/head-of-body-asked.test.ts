import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who heads the X?" asks who holds the head of X's post: a report writes it "Y, director of the X".
const REPORTS = {
  'kell-jail.txt': `Families crowd Kell jail after the gates open

 date 2031-04-02 Hundreds of families pushed into Kell jail on Sunday looking for sons and brothers, the crowd "making a count of the freed men impossible", according to Ilse Marr, director of the Kell Inmates' League and a former prisoner herself.

Petr Holm, head of the Orchard Rescue Brigade, asked the families to stay away so that his teams could search the cellars.
`,
};

describe('the head of a body asked with a verb', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Ilse Marr, director of the Kell Inmates\' League" WHEN asked who heads the League THEN Ilse Marr is named', () => {
    const { answer } = ask(index, "Who heads the Kell Inmates' League?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Ilse Marr/);
  });

  it('GIVEN "Petr Holm, head of the Orchard Rescue Brigade" WHEN asked who runs the brigade THEN Petr Holm is named, not Ilse Marr', () => {
    const { answer } = ask(index, 'who runs the Orchard Rescue Brigade?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Petr Holm/);
    expect(answer.text).not.toMatch(/Ilse Marr/);
  });
});
