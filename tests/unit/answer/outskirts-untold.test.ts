import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two gatherings of one exile group: one in the city centre, one in a town beyond it told only as "near the city".
// Asked where the gathering in the city's suburbs was held, the centre's venue is no answer.
const REPORTS = {
  'centre-rally.txt': `Exiles rally at the parliament in Harnau

Harnau, May 3 – About 600 members of the Velorian exile community rallied on Saturday outside the Glass Parliament in central Harnau to demand the release of jailed students in Veloria.
Speakers called on the city council to cut ties with the Velorian consulate.
`,
  'ring-rally.txt': `Velorian exiles fill a stadium near Harnau

Thousands of Velorian exiles gathered on Sunday in the stadium of Kettwig, a town north of Harnau, for the yearly congress of the Velorian Freedom Front.
`,
};

const CENTRE_ONLY = {
  'centre-rally.txt': REPORTS['centre-rally.txt'],
};

describe('a place asked in a city\'s suburbs', () => {
  let index: ArchiveIndex;
  let centreOnly: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
    centreOnly = await archiveOfTexts(CENTRE_ONLY);
  });

  it('GIVEN only a rally at the parliament of the city WHEN where the exiles\' rally in the Harnau suburbs was held is asked THEN the parliament is not given', () => {
    const { answer } = ask(centreOnly, 'Where was the rally of Velorian exiles in the Harnau suburbs held?');
    expect(answer.answered ? answer.text : '').not.toMatch(/Glass Parliament/i);
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the parliament rally WHEN where the exiles rallied in Harnau is asked THEN the parliament is given', () => {
    const { answer } = ask(centreOnly, 'Where did the Velorian exiles rally in Harnau?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Glass Parliament/i);
  });

  it('GIVEN a stadium in a town north of the city WHEN where the gathering in the Harnau suburbs was held is asked THEN the parliament is not given', () => {
    const { answer } = ask(index, 'Where was the gathering of Velorian exiles in the Harnau suburbs held?');
    // (Declining, the reply may name the parliament rally as what the archive holds: only an answer may not give it.)
    expect(answer.answered ? answer.text : '').not.toMatch(/Glass Parliament/i);
  });
});
