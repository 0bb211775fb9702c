import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A question that asks two things gets both answers in one reply, each under the part it answers, with every part's
 * sources; a part the archive cannot answer says so without hiding the other.
 */
const REPORTS: Record<string, string> = {
  'kastel-rally.txt': `Hundreds rally in Kastel for a free Vardania
Kastel Herald
March 14, 2031

Hundreds of Vardanian exiles rallied on Velmar Square in Kastel on Saturday, March 14, 2031, to support the protests in Vardania.
Lena Ostrova, a member of the Kastel city council, addressed the crowd.
"The people of Vardania will not be silenced," said Ostrova.
Tomas Reiner, a human rights lawyer, also spoke at the rally.
`,
  'orvel-march.txt': `Exiles march through Orvel
Orvel Courier
April 2, 2031

About 400 people gathered at Brenner Park in Orvel on Sunday before marching to the Town Hall, where the march ended with a minute of silence.
The march was organised by the Vardanian Community of Orvel.
`,
};

describe('answers to compound questions', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "who spoke at the Velmar Square rally and when was it?" THEN the speakers and the day, each cited', () => {
    const a = ask(index, 'who spoke at the Velmar Square rally and when was it?').answer;
    expect(a.answered).toBe(true);
    const [who, when] = a.text.split('\n\n');
    expect(who).toMatch(/^Who spoke at the Velmar Square rally\? — /);
    expect(who).toContain('Lena Ostrova');
    expect(who).toContain('Tomas Reiner');
    expect(when).toMatch(/^When was the Velmar Square rally\? — /);
    expect(when).toContain('March 14, 2031');
    expect(a.citations.every((c) => c.file === 'kastel-rally.txt')).toBe(true);
    expect(a.citations.some((c) => c.excerpt.includes('Ostrova'))).toBe(true);
    // Each sentence is cited once, however many parts rest on it.
    const keys = a.citations.map((c) => `${c.articleId}#${c.sentence}#${c.start}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('GIVEN "where did the Orvel march start and where did it finish?" THEN the start and the end, not the start twice', () => {
    const a = ask(index, 'where did the Orvel march start and where did it finish?').answer;
    expect(a.answered).toBe(true);
    const [start, end] = a.text.split('\n\n');
    expect(start).toContain('Brenner Park');
    expect(end).toMatch(/^Where did the Orvel march finish\? — /);
    // (The answer before its sources: the sentence quoted holds both ends.)
    const head = end?.split(' (according')[0];
    expect(head).toContain('Town Hall');
    expect(head).not.toContain('Brenner Park');
  });

  it('GIVEN one part the archive cannot answer THEN the other is answered and that one says so', () => {
    const a = ask(index, 'who organised the Orvel march and how many were arrested there?').answer;
    expect(a.answered).toBe(true);
    const [who, many] = a.text.split('\n\n');
    expect(who).toContain('Vardanian Community of Orvel');
    expect(many).toMatch(/^How many were arrested at the Orvel march\? — The archive has no/);
    expect(many).not.toMatch(/\b400\b/);
  });

  it('GIVEN a follow-up after a compound question THEN it is read against the last part', () => {
    const first = ask(index, 'who spoke at the Velmar Square rally and when was it?');
    const next = ask(index, 'what did Ostrova say?', first.context).answer;
    expect(next.answered).toBe(true);
    expect(next.text).toContain('will not be silenced');
  });
});
