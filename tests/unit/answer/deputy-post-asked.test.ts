import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who is the warden of Tessel jail?" asks the holder of a post. A report that names only the deputy warden (and a
// former governor of the region) does not tell who the warden is, nor who the governor is now; asked as the deputy,
// or asked who that person is, it answers.
const REPORTS = {
  'tessel-jail.txt': `Hunger strike spreads at Tessel jail
Published: 4 March 2033 | Northern Ledger

Forty inmates at Tessel jail refused food for a third day on Tuesday, their relatives said.

Oren Malvik, deputy warden of the jail, told reporters that the strikers were receiving medical checks twice a day.

Idris Kalloway, a former governor of the Marnen region, urged the prison service to open talks with the inmates.
`,
};

describe('a post asked without "deputy" or "former"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the deputy warden named WHEN the warden is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'Who is the warden of Tessel jail?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Malvik/);
  });

  it('GIVEN only a former governor named WHEN the governor of the region is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'Who is the governor of the Marnen region?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Kalloway/);
  });

  it('GIVEN the same report WHEN the deputy warden is asked THEN he is named', () => {
    const { answer } = ask(index, 'Who is the deputy warden of Tessel jail?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Malvik/);
  });
});
