import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain/types.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { originUntold } from '../../../src/answer/origin-untold.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Where had X travelled from to join the march?" answered "The Grand Palace" from "they walked from the Harbour
 * Green … to the Grand Palace": the end of the route is nowhere anyone came from. The article opening the place's name
 * ("The") is no word of the place to find after "from" ("from the Harbour Green"); the answer is declined.
 */
describe('the end of a route is not where a marcher came from', () => {
  let index: ArchiveIndex;
  const route = 'They sang "Bread, work, dignity" as they walked from the Harbour Green — the wide lawn that holds the old lighthouse — to the Grand Palace.';
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-march.txt': `Korvik - Hundreds of people marched on Saturday in Korvik to back the strikes in Dorvan. ${route} Some marchers had made the trip from other towns, among them a nurse of 31 from Selmar who gave only her first name, Lirra.\n`,
    });
  });
  const answered = (text: string, excerpt: string): Answer => ({
    question: '',
    answered: true,
    intent: 'where',
    text,
    citations: [{ file: 'korvik-march.txt', articleId: 'korvik-march', title: 'Korvik', excerpt, sentence: 1, start: 0, end: excerpt.length } as Answer['citations'][number]],
  });

  it('GIVEN the route end quoted WHEN asked where a marcher travelled from THEN the answer is declined', () => {
    const q = 'Where had Lirra travelled from to join the Korvik march?';
    const a = originUntold(understand(q, index), index, answered(`The Grand Palace (according to an archived report): “${route}”`, route));
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Grand Palace/);
  });

  it('GIVEN a town written after "from" WHEN asked where she came from THEN the town stands', () => {
    const q = 'Where had Lirra travelled from to join the Korvik march?';
    const s = 'Some marchers had made the trip from other towns, among them a nurse of 31 from Selmar who gave only her first name, Lirra.';
    const a = originUntold(understand(q, index), index, answered(`Selmar (according to an archived report): “${s}”`, s));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Selmar/);
  });
});
