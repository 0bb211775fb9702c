import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What was the police estimate for the march?" asks the crowd by the police's count: an activist's estimate or a
 * count no one is credited with, in a report that never names the police, is no answer; the police's own count is.
 */
describe('the police estimate asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'harbour-march.txt': `Thousands march to Harbour Square for Vardania

Marsh Courier

Thousands have marched to Harbour Square in Korvik in solidarity with the uprising in Vardania as it enters its 90th day.

Rights activist Mira Osk estimated a few thousand people attended the march to Harbour Square on Saturday.

More than 500 protesters
`,
      'tessa-vigil.txt': `Vigil for Vardania in Tessa

Marsh Courier

About 4,000 people joined the vigil for Vardania on the Tessa quayside on Sunday, the Tessa police said.
`,
    });
  });

  it('GIVEN "what was the police estimate for the X march?" THEN it is asked as a crowd according to the police', () => {
    expect(cleanQuestion('what was the police estimate for the Harbour Square march on the 90th day?')).toBe(
      'how many people attended the Harbour Square march on the 90th day, according to the police?',
    );
  });

  it('GIVEN no police count in the report THEN neither the activist’s estimate nor an uncredited count is given', () => {
    const a = ask(index, 'what was the police estimate for the Harbour Square march on the 90th day of the Vardania uprising?').answer;
    expect(a.answered && /500|few thousand/.test(a.text)).toBe(false);
  });

  it('GIVEN the police count in the report THEN it answers', () => {
    const a = ask(index, 'what was the police estimate for the vigil for Vardania in Tessa?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/4,000/);
  });
});
