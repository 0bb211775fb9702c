import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An invented border war: Bolivian jets did the killing; the KLF militia is named only as the target; nobody else
// is named as bombing the town; Chile is named only in another report, about grain.
const REPORTS = {
  'orvel-strikes.txt': `Jets pound militia positions near Orvel
Andes Bulletin, 14 June 2034

Bolivian jets bombed the hill town of Orvel on Tuesday, its mayor said.

The offensive is aimed at the Kalter Liberation Front (KLF), which holds the villages south of the river.

A monitoring group said Bolivian raids near Orvel killed at least 27 fighters on Wednesday.
`,
  'grain-deal.txt': `Chile and Uruguay sign a grain accord
Harbour Times, 20 June 2034

Chile agreed on Friday to buy wheat from Uruguay for the next three winters, its trade minister said.
`,
};

describe('a deed asked of a doer the report does not name as doing it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only Bolivian jets bombing Orvel WHEN "when did chile bomb orvel" THEN not in the archive', () => {
    const { answer } = ask(index, 'when did chile bomb orvel');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN fighters killed by Bolivian raids WHEN "how many fighters did the KLF kill near orvel" THEN not in the archive', () => {
    const { answer } = ask(index, 'how many fighters did the KLF kill near orvel');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/\b27\b/);
  });

  it('GIVEN the same report WHEN the fighters killed near Orvel are asked THEN 27 is still the answer', () => {
    const { answer } = ask(index, 'how many fighters were killed in the raids near orvel');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b27\b/);
  });
});
