import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An occasion whose title holds a date ("Ten years after 4 October 2021") is not held on that date: asked when it
// was held, the date the question itself writes is never the answer.
const REPORTS = {
  'council-forum.txt': `Ten years after 4 October 2021
Exile Council News

A forum of jurists titled "Ten years after 4 October 2021, justice for the Kessan exiles" met in Lutece.

On 4 October 2021, about 900 officers searched the Kessan exile council's offices and held 120 of its members. Speakers said no charge had been proven since.
`,
};

describe('a date the question writes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a forum titled with the date of a raid WHEN "when was the forum \'Ten years after 4 October 2021\' held?" THEN that date is not given', () => {
    const { answer } = ask(index, "When was the forum 'Ten years after 4 October 2021' held?");
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/^[^“]*October 4, 2021/);
  });
});
