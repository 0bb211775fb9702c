import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A vote told side by side: each number belongs to the side written after it ("31 members voting in favour (nine
// were against, and seven abstained)"). Asked one side, a number of another side is no answer, nor is a sentence that
// tells only another side ("those who abstained were …" asked who voted against).
const REPORTS = {
  'corvel-monitors.txt': `The Corvel Council voted on Friday to send monitors to the port city of Tarsa in Ostria.

The 31 member states voting in favour (nine were against, and seven abstained) said the monitors would report by spring.

Ostria's envoy Ruth Lamm said the monitors would not be let in.
`,
  'selmar-dams.txt': `The Selmar Assembly has passed a motion to send a panel of engineers to study the Drava river dams.

Among the countries that voted in favour were Pira, Gondal and Ketra. Among those to abstain were the river's neighbours on the 52-member assembly, Vell and Dorran.

Panel chief Ruth Lamm said the dams were sound.
`,
};

describe('a side of a vote asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "31 member states voting in favour (…, seven abstained)" WHEN how many member states abstained THEN never 31', () => {
    const { answer } = ask(index, 'How many member states abstained in the Corvel Council vote on monitors for Ostria?');
    expect(answer.text.split(/[(:“]/)[0]).not.toMatch(/\b31\b/);
  });

  it('GIVEN only the abstainers on "the 52-member assembly" WHEN how many voted for THEN never 52', () => {
    const { answer } = ask(index, 'How many members of the Selmar Assembly voted for the panel on the Drava dams?');
    expect(answer.text.split(/[(:“]/)[0]).not.toMatch(/\b52\b/);
  });

  it('GIVEN only those in favour named WHEN who voted against is asked THEN never those in favour', () => {
    const { answer } = ask(index, 'Who voted against the Selmar Assembly motion?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Pira|Gondal|Ketra/);
  });
});
