import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A sentence that counts several kinds of signer side by side ("14 committee chairs, 37 subcommittee chairs") answers
// for the kind asked only with the number whose own words are the ones asked: "subcommittee" is not "committee",
// "former deputy prime ministers" are not "deputy ministers", the Lower Chamber's members are not the Upper Chamber's.
const REPORTS = {
  'pledge-varnia.txt': `Varnian legislators back the Tarsa reform pledge
Varnia Herald

Lawmakers in Corvel presented the Tarsa reform pledge on Thursday, March 4, 2021.

The pledge has been backed by 14 committee chairs, 37 subcommittee chairs, and 9 members of the trade panel.

Signers include two former deputy prime ministers, one retired envoy, six deputy ministers, and eight heads of party groups.

A majority of Varnian lawmakers, including 118 members of the Lower Chamber and 203 members of the Upper Chamber, have endorsed the pledge.
`,
};

describe('a count among several kinds of signer listed together', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  const head = (q: string) => ask(index, q).answer.text.split('Closest in the archive')[0]!.split(/[:(]/)[0]!;

  it('GIVEN "14 committee chairs, 37 subcommittee chairs" WHEN subcommittee chairs are asked THEN 37, never 14', () => {
    const h = head('how many subcommittee chairs backed the tarsa pledge?');
    expect(h).not.toMatch(/14/);
    expect(h).toMatch(/37/);
  });

  it('GIVEN "two former deputy prime ministers … six deputy ministers" WHEN former deputy prime ministers are asked THEN never six', () => {
    const h = head('How many former deputy prime ministers signed the Tarsa pledge?');
    expect(h).not.toMatch(/six|6/i);
    expect(h).toMatch(/two|2/i);
  });

  it('GIVEN "118 members of the Lower Chamber and 203 members of the Upper Chamber" WHEN members from the Lower Chamber are asked THEN 118, never 203', () => {
    const h = head('How many members from the Lower Chamber endorsed the Tarsa pledge?');
    expect(h).not.toMatch(/203/);
    expect(h).toMatch(/118/);
  });
});
