import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A wire story on a court ruling abroad and the reaction of the convicted man's government, whose spokesperson is named
// after his post and its body with no comma between ("The spokesperson for Morvay's interior ministry Daro Kesh …").
// Asked who that spokesperson is, or who he is, the bot gives the post the report writes; asked "who was the … spokesman
// who condemned the ruling against Varga?", the one who did it, not the convicted man the clause names.
const REPORTS = {
  'ruling.txt': `Morvay rejects Lindholm court ruling
By Harbour Wire staff
March 4, 2031

A court in Lindholm on Tuesday sentenced a former Morvayan prison guard, Ilko Varga, to twelve years for abuses against detainees.

The spokesperson for Morvay's interior ministry Daro Kesh later in the day condemned the ruling as "baseless" and said Morvay would not recognise it.

Families of former detainees gathered outside the court to hear the verdict.
`,
};

describe('a post of a body written before a name without a comma', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The spokesperson for Morvay\'s interior ministry Daro Kesh" WHEN asked "who is Daro Kesh?" THEN his post', () => {
    const { answer } = ask(index, 'who is Daro Kesh?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Daro Kesh is (?:the )?spokesperson for Morvay['’]s interior ministry/i);
  });

  it('GIVEN the same report WHEN asked "who is the spokesperson for Morvay\'s interior ministry?" THEN Daro Kesh', () => {
    const { answer } = ask(index, "who is the spokesperson for Morvay's interior ministry?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Daro Kesh/);
  });

  it('GIVEN the same report WHEN asked "Who was the Morvayan interior ministry spokesman who condemned the ruling against Varga?" THEN Daro Kesh, not Varga', () => {
    const { answer } = ask(index, 'Who was the Morvayan interior ministry spokesman who condemned the ruling against Varga?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Daro Kesh/);
  });
});
