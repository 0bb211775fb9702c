import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS19_REPORTS } from './wordings19-reports.ts';

describe('a count asked of a body by name, where its sentence credits it to the police or the authorities (wordings19)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS19_REPORTS);
  });

  it('GIVEN a police count in a sentence naming the league only as a backer WHEN the league’s count is asked THEN it abstains', () => {
    const { answer } = ask(index, 'how many marchers did the ldv count going from place kleber to the port of lormont');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same sentence WHEN the police count is asked THEN it answers with it', () => {
    const { answer } = ask(index, 'how many marchers went from place kleber to the port of lormont according to the police');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1 500|1,500/);
  });

  it('GIVEN officers the officials confirmed dead WHEN the rights group’s count of dead officers is asked THEN it abstains', () => {
    const { answer } = ask(index, 'how many police officers did free varnia watch say were killed in varnia');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the rights group’s own toll WHEN it is asked THEN it answers with it', () => {
    const { answer } = ask(index, 'how many ppl did free varnia watch say were killed in varnia');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b120\b/);
  });
});
