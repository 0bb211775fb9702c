import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A speech printed under its speaker's name, longer than an answer shows: asked about something it speaks of near
 * its end ("the motion on the Tarn Guard"), the answer shows that part and what follows, not only the opening.
 */
const OPENING = [
  'Thank you all for standing here in the cold with us on this grey afternoon in Kessel.',
  'For twelve winters now I have come to your vigils, and every winter there are more of you.',
  'Our city has learned the names of the students who were taken, and we repeat them every week.',
  'Many colleagues in the chamber who once looked away now sit with us on the committee.',
  'This is what patient work looks like, and it is your work far more than ours.',
  'I want to thank the families who travelled from the coast, some of them overnight by bus.',
].join(' ');
const LATE = [
  'Next week the chamber votes on a motion, which I co-signed, that lists the Tarn Guard as a terrorist body.',
  'Any of its officers who set foot in Velmark after that will be detained and put on trial.',
  'Keep coming to the square; we will keep speaking for you inside.',
].join(' ');

const REPORTS: Record<string, string> = {
  'kessel-vigil.txt': `Velmark: exiles hold a vigil and photo show in Kessel

Kessel, Velmark—March 9, 2031: Tarnish exiles held a vigil and a photo show for the students taken in Tarn.

Ms. Hedda Lorne, MP from the Green Harbour party of Velmark

In her speech to the exiles, she said:

${OPENING}
${LATE}
`,
};

describe('a long speech asked about a late part', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the motion told near the end of the speech THEN the answer shows it and what follows', () => {
    const a = ask(index, 'What did Lorne tell the Kessel vigil about the motion on the Tarn Guard?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/motion/);
    expect(a.text).toMatch(/detained/);
  });
});
