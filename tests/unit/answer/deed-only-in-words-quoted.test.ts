import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Who spoke of a deed, or told the news of it, did not do it.
const REPORTS = {
  'envoy-held.txt': `Tarsan holds foreign envoy for two hours

The Veldish envoy to Tarsan, Piet Allard, was held for two hours on Sunday after leaving a candlelight vigil in the capital.

In a statement, Veldish Foreign Minister Ada Lenz said: "The detention of our envoy without any reason is a plain breach of the rules between states."

The daily Morgenpost printed his photo after the Norlink agency reported his detention.
`,
  'consul-held.txt': `Orvan detains consul after vigil

The Kessian consul in Orvan, Marit Holm, was held for three hours on Monday after she left a vigil for the crash victims.

In a statement, Kessian Foreign Minister Tove Rask said: "The arrest of our consul without grounds is a plain breach of the rules between states."
`,
  'kolder-jail-strike.txt': ` date 2031-05-20 Ardel reports toll of the air raid on Kolder jail

By Herald Desk

Ardel's cabinet spokeswoman Lina Oster announced on Monday that 212 people were killed during the air raid on Kolder jail on May 9, including 14 guards.

Oster said the attack on Kolder jail, west of the capital, had been condemned by several foreign governments.

Justice ministry spokesman Kaspar Lind said that 40 prisoners walked out during the raid, and that most had since come back.
`,
};

describe('a deed only spoken of', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Rask quoted on "the arrest of our consul" THEN "who arrested the kessian consul" never names Rask', () => {
    const a = ask(index, 'who arrested the kessian consul').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/Rask/);
  });

  it('GIVEN "the Norlink agency reported his detention" THEN "who arrested piet allard" never names Norlink', () => {
    const a = ask(index, 'who arrested piet allard').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/Norlink/);
  });

  it('GIVEN "spokeswoman Lina Oster announced … killed during the air raid on Kolder jail" THEN "who bombed kolder jail" never names Oster', () => {
    const a = ask(index, 'who bombed kolder jail').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/Oster/);
  });
});
