import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Asked where someone was or where a march ended, the answer must be a place: members of a body written as a plural
// acronym ("the MEPs") or an uprising's name in a headline ("Velora Protests") are no place.
const REPORTS = {
  'tarvel-communique.txt': `Communique No. 5

About 4,000 exiles marched in Tarvel this afternoon to back the striking miners of Velora.

In a recorded message to the marchers, Mrs. Ilse Marrow, the movement's chair, said the miners would not stand alone.

Two organisers later met members of the regional chamber. They described the miners' demands and passed the march's closing appeal on to the MEPs.
`,
};

const HEADLINES = {
  'velora-tally.txt': `900 detained in Velora Protests

LWV Velora: 900 Detained in Velora Protests

LWV Velora says at least 900 detained in Velora uprising

The Labour Watch of Velora (LWV) said yesterday that at least 900 people have been detained in the uprising in Velora which began on 3 May 2019.

A Tarvel-based aid group said the crackdown went on for a third week.
`,
};

describe('a where-answer that names no place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the report tells only of a message recorded THEN where she was is not "the MEPs"', () => {
    const a = ask(index, 'Where was Ilse Marrow when she addressed the march in Tarvel?').answer;
    expect(a.text).not.toMatch(/^The MEPs/);
  });

});

describe('a where-answer read from a headline', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(HEADLINES);
  });

  it('GIVEN a headline names an uprising THEN where a march ended is not that uprising', () => {
    const a = ask(index, 'Where did the 2019 Tarvel LWV rally end?').answer;
    expect(a.text).not.toMatch(/^Velora Protests/);
  });
});
