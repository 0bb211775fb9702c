import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "killed one student": "one" right after a deed's verb and before a person counts the one it was done to (alone,
// "one" is read as a pronoun, "one of them"), and a count of one takes its verb in the singular. Invented report.
describe('a deed done to one person', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-bridge.txt': `Shooting at Kessa bridge march

Tuesday, April 22, 2031

Thousands crossed the Kessa bridge on Monday to demand a recount.
Rifle fire from a rooftop killed one student and wounded several others as the marchers turned back, witnesses said.
One of the organisers called the shooting a crime.
`,
    });
  });

  it('GIVEN "rifle fire killed one student" THEN how many were killed is answered "one student", in the singular', () => {
    const a = ask(index, 'How many people were killed at the Kessa bridge march?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\bone student\b/i);
    expect(a.text).not.toMatch(/one student were\b/i);
  });
});
