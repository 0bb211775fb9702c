import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Words users shorten ("downing st", "gas" for "gasoline") and a crowd counted in a sentence that names only the
// venue, in a report about one city's rally.
const REPORTS = {
  'kelby-rally.txt': `Protesters demand freedom after Vardania crackdown

Northern Wire

Kelby, May 3, 2031 – Exiles rallied in the capital on Sunday against the crackdown that followed gasoline price hikes in Vardania.

Approximately 70 people gathered on Castle Hill Sunday, waving flags and chanting.

The rally outside Harbour Street was organised by the Union of Free Vardanians.
`,
};

describe('questions in users\' shorthand', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the harbour st rally" THEN "st" is read as street, and the organiser is found', () => {
    expect(cleanQuestion('who organised the harbour st rally?')).toBe('who organised the harbour street rally?');
    expect(cleanQuestion('who spoke at st paul cathedral?')).toBe('who spoke at st paul cathedral?');
    const a = ask(index, 'who organised the harbour st rally in support of protesters in vardania').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Union of Free Vardanians/);
  });

  it('GIVEN "the gas price crackdown" in a report on "gasoline price hikes", and a crowd "on Castle Hill" in a report on one city\'s rally THEN the crowd of that rally', () => {
    const a = ask(index, 'how many people gathered on castle hill in kelby to protest the vardania gas price crackdown').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/approximately 70 people/i);
    expect(a.text).not.toMatch(/nothing on gas/i);
  });
});
