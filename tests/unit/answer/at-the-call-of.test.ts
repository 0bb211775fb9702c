import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who called the Selmar march?" against "They heeded the call of the Circle of former teachers of Selmar and
 * joined a march setting off from the Corn Exchange": the body after "the call of" made the call (a deed told as a
 * noun after "the" had no doer at all).
 */
describe('the body a march answered the call of', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'coast-vigils.txt': `Hundreds on the coast stand with the Dorvan strikers

Several hundred people gathered on Sunday, June 8, in Korvik and other coastal towns to back the strikes in Dorvan.

In Korvik, 900 people joined the vigil on the Quay, according to the harbour police.

In Selmar, about 120 people met, according to the town police. They heeded the call of the Circle of former teachers of Selmar and joined a march setting off from the Corn Exchange.
`,
    });
  });

  it('GIVEN "heeded the call of the Circle of …" WHEN asked who called the march THEN the Circle', () => {
    const a = ask(index, 'Who called the Selmar march from the Corn Exchange?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Circle of former teachers of Selmar/);
  });
});
