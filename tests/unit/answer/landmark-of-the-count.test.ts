import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "what was the turnout at the marienwall gate demo of exiled valdorians?": the count is of the demonstration at the
// Marienwall Gate, a name the archive writes (in another language's form, "Marienwaller Tor", in a report with no
// English figure). A crowd figure from a report that never names that landmark (a rally of exiled Valdorians in
// another city, "at the gates" of its hall) is of another occasion: no answer.
const REPORTS = {
  'kessel-hall.txt': `100,000 gather in Free Valdor rally in Kessel

Kessel - Courier, 09 Jul 2029

Over 100,000 exiled Valdorians and backers of the opposition rallied in one great gathering in Kessel. Big crowds waited at the gates of the Kessel hall to get into the yearly rally.
`,
  'orvel-tor.txt': `Orvel: Hin und Her um Exil-Valdorianer

Mehrere tausend Exil-Valdorianer durften am Donnerstag zunächst nicht am Marienwaller Tor demonstrieren. Das Gericht kippte das Verbot erst gegen Mittag.
`,
};

describe('a count of the occasion the question places by a landmark', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a crowd figure from a report never naming the landmark WHEN the turnout at the landmark demo is asked THEN not that figure', () => {
    const { answer } = ask(index, 'what was the turnout at the marienwall gate demo of exiled valdorians, the one the police banned');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/100,000/);
  });

  it('GIVEN the same WHEN the turnout at the Kessel rally is asked THEN the figure', () => {
    const { answer } = ask(index, 'what was the turnout at the free valdor rally in kessel');
    expect(answer.text).toMatch(/100,000/);
  });
});
