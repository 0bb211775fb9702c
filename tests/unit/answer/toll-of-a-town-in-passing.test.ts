import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A country's toll is no toll of a town the report names only where a crowd gathered.
const REPORTS = {
  'lindau-exiles-rally.txt': `Exiles fill Lindau square for Veskar's protesters

Around 40,000 people marched through Lindau on Sunday in support of the uprising in Veskar.

  • The Tallow Rights Monitor said at least 2,310 people had died in the crackdown since March, among them 96 police officers.
  • Smaller crowds met the same day: roughly 600 people rallied in Vessa, and several hundred more in two northern ports.
  • Organisers said a second march would follow in June.
`,
  'kurrin-marchers.txt': `Children among the dead in the west

The miners' strike entered its third week on Monday with no talks in sight.

Union leaders said food was running short in the pit villages.

Witnesses said at least four marchers were shot dead by riot police on Tuesday, two of them teenagers. These marchers had walked through Kurrin and Dalvek to back the striking miners of Osterholt.
`,
};

describe('a toll asked of a town named in passing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a national toll and "roughly 600 people rallied in Vessa" THEN "how many ppl were killed in vessa" is declined', () => {
    const a = ask(index, 'how many ppl were killed in vessa').answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report THEN "how many people rallied in vessa" is still answered', () => {
    const a = ask(index, 'how many people rallied in vessa').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/600/);
  });

  it('GIVEN "four marchers were shot dead … These marchers had walked through Kurrin" THEN "how many marchers were killed in kurrin" is still answered', () => {
    const a = ask(index, 'how many marchers were killed in kurrin and dalvek').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/four/i);
  });

  it('GIVEN "… to back the striking miners of Osterholt" THEN "how many were killed in osterholt" is declined', () => {
    const a = ask(index, 'how many people were killed in osterholt').answer;
    expect(a.answered).toBe(false);
  });
});
