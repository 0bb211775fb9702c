import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who was the judge who sentenced X?" asks for the judge, not who X is: a report naming X but no judge holds no answer.
const REPORTS = {
  'pellor-hangings.txt': `Two young men hanged in Pellor after closed trials

Pellor's prison service hanged two men on Thursday over the winter street protests, a rights group said.

The first was Teodor Vask, 24, accused of setting fire to a police kiosk in the port district.

The second was Ilan Brisco, whose family was told of his death only a week later.
`,
};

describe('the holder of a part known by a deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report naming the condemned man but no judge THEN "who was the judge who sentenced him" asks for the judge and is not answered', () => {
    const a = ask(index, 'Who was the judge who sentenced Teodor Vask to death?').answer;
    expect(a.intent).toBe('who');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/gives no role/i);
  });

  it('GIVEN "who is X" THEN it still asks who X is', () => {
    const a = ask(index, 'Who was Teodor Vask?').answer;
    expect(a.intent).toBe('role');
  });
});
