import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "…rally - crowd size per organisers?", "…rally, mpd number?": a terse question whose last word says whose count of
 * the crowd is asked; "organisers" there asks no organiser. And "…rally, arrests in vardania so far?" asks a number
 * however the words after the count run on: a passage stating none is no answer.
 */
describe('terse questions naming whose crowd count', () => {
  it.each([
    ['korvik exile rally may 2031 - crowd size per organisers?', 'how many people attended the korvik exile rally may 2031, according to the organisers?'],
    ['korvik exile rally 2031, kmpd number?', 'how many people attended the korvik exile rally 2031, according to the kmpd?'],
    ['korvik march - turnout according to police', 'how many people attended the korvik march, according to the police?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (terse, plain) => {
    expect(cleanQuestion(terse)).toBe(plain);
  });

  it('GIVEN a topic that is no gathering ("…executions 2030, monitor number?") THEN no crowd is asked', () => {
    expect(cleanQuestion('vardania executions 2030, monitor number?')).not.toMatch(/attended/);
  });
});

describe('terse crowd and count questions answered', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-rally.txt': `Exiles hold mass rally in Korvik

Marsh Courier

May 10, 2031

Organisers said that about 42,000 people had attended the rally in Korvik on Saturday.

Tomas Vell, one of the organisers of the Korvik rally, said that the people gathered there "want an end to the junta in Vardania".

The Korvik Metropolitan Police Department (KMPD) estimated the crowd size at 30,000.
`,
      'korvik-vigil.txt': `Vigil for the women's uprising in Korvik

Marsh Courier

June 2, 2031

Rights activist Mira Osk estimated a few hundred people attended the vigil in Harbour Square on Saturday.

Ms Osk said: “Protesters came to Harbour Square to show their support for the women's uprising in Vardania.

“The arrests will not stop us.”

Since the uprising began, mass protests have spread across Vardania and the crackdown has grown.
`,
    });
  });

  it('GIVEN "…rally - crowd size per organisers?" THEN the organisers\' figure, not an organiser\'s words', () => {
    const a = ask(index, 'korvik exile rally may 2031 - crowd size per organisers?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/42,000/);
    expect(a.text).not.toMatch(/junta/);
  });

  it('GIVEN "…vigil, arrests in vardania so far?" and no report counting arrests THEN no passage is given for a number', () => {
    const a = ask(index, "harbour square women's uprising vigil, arrests in vardania so far?").answer;
    expect(a.answered && !/\d/.test(a.text.replace(/\([^)]*\)/g, ' '))).toBe(false);
  });
});
