import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Which cities did Lenn name as the main gathering points?": the places a person named are in that person's words;
 * the report's own rally town, told before the name ("The rally in Korvik is one of many …, as part of what Arvid
 * Lenn labelled a global day of action"), is not one of them.
 */
describe('places a person named', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-rally.txt': `Thousands rally in Korvik for Vardania

Thousands of people gathered at Lindqvist Park in Korvik on Saturday afternoon, calling for change in Vardania.

The rally in Korvik is one of many happening worldwide Saturday, as part of what Arvid Lenn labelled a global day of action. Lenn said Ostra, Tessa and Brenn would be the main gathering points for Vardanians living abroad.
`,
    });
  });

  it('GIVEN the report’s own town told before the name THEN it is not given as a place the person named', () => {
    const a = ask(index, 'Which cities did Lenn name as the main gathering points for Vardanians abroad on the global day of action?').answer;
    expect(a.answered && /Korvik/.test(a.text)).toBe(false);
  });

  it('GIVEN a plain where-question THEN the rally’s place still answers', () => {
    const a = ask(index, 'where did thousands gather in Korvik on Saturday?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Lindqvist Park/);
  });
});
