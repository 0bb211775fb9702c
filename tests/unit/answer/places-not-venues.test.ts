import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Words after "in" or "to" that name no place a gathering was held: a form of state told by its creed ("the Clerical
// Republic", "a Secular Republic"), a gathering of people told by who they are ("an assembly of Members of the
// Senate"), where a speaker says something will come about ("calm will be restored in the Lowlands"), and German
// "auf dem Weg zu" ("on the way to"). Asked where, the report's own venue, or no answer.
const REPORTS = {
  'forum.txt': `A look at the Morvan Exiles Forum 2043
Published: 3 May 2043 | Harbour Courier

The Morvan Exiles Forum 2043 ran over two days. Thousands of exiles in Lindqvist and guests in Tarn joined the forum by video link.
On the first day, Tessa Karrow opened her speech with these words:
“Your great march today in Lindqvist carries on the victory of our people in the boycott of the junta's vote.
“This cry of our people tells the world that the clerics will fall and that calm will be restored in the Lowlands.”
She said the sham vote showed how weak the rulers had become.
`,
  'opening.txt': `Exiles and guests open their forum
Published: 4 May 2043 | Valley Times

On Friday, hundreds of exiles and guests gathered to open the Morvan Exiles Forum 2043, which seeks a change of rulers in the Clerical Republic.
`,
  'senate.txt': `Senate hall hosts the Morvan opposition
Published: 14 June 2043 | Harbour Courier

At a tense moment, a cross-bench assembly of Members of the Senate, former judges and writers came to hear the Morvan opposition leader Ilse Dorrin.

The meeting was held in the east hall of the Senate in Velden.

Dorrin called for an end to the death penalty in Morvan.
`,
  'kundgebung.txt': `Tausende Exil-Morvaner in Feldheim
Veröffentlicht: 2. Juli 2043 | Nordbote

Gleichzeitig fand in Ostrand das Treffen „Morvan 2043: Auf dem Weg zu einer Freien Republik“ statt, das viele Gäste anzog.
`,
};

describe('words after a preposition that name no venue', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a march a speaker names and a future calm WHEN where the march was is asked THEN the town of the march, not the state or the region', () => {
    const { answer } = ask(index, 'Where was the great march Tessa Karrow greeted in her opening words to the Morvan Exiles Forum 2043?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('(')[0]).toMatch(/Lindqvist/);
    expect(answer.text.split('(')[0]).not.toMatch(/Republic|Lowlands/);
  });

  it('GIVEN a gathering of senators WHEN where senators came to hear the leader is asked THEN the hall, not the assembly of people', () => {
    const { answer } = ask(index, 'Where did senators come to hear Ilse Dorrin?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('(')[0]).toMatch(/Velden/);
    expect(answer.text.split('(')[0]).not.toMatch(/assembly/i);
  });

  it('GIVEN a German title on the way to a republic WHEN where the meeting took place is asked THEN neither the way nor the republic', () => {
    const { answer } = ask(index, 'Wo fand das Treffen Morvan 2043 statt?');
    expect(answer.text.split('(')[0]).not.toMatch(/\bWeg\b|Republi/);
  });
});
