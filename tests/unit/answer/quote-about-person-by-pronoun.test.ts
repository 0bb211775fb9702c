import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What did Tomas Reyl say about Lina?": his words speak of her by a pronoun ("She never turned anyone away"), the
 * paragraph before naming her, two sentences up. Words about a person asked by name, told so, are about that person.
 */
describe('words about a person asked by name, spoken of by a pronoun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'checkpoint.txt': `Nurse shot at checkpoint mourned in Dell

Dell Courier

May 20, 2031

Lina Marsh, 24, was shot at a checkpoint outside Dell on Friday evening.

To the people of her street, Lina was much more than a name on a list of the dead. She was a nurse, a sister and a keen runner, with her whole life still ahead.

"She never turned anyone away," said her neighbour and running partner Tomas Reyl, who had come to light a candle at her door. "She was the kindest of us all."
`,
    });
  });

  it('GIVEN "What did Tomas Reyl say about Lina?" THEN his words on her', () => {
    const a = ask(index, 'What did Tomas Reyl say about Lina?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/never turned anyone away/);
  });
});
