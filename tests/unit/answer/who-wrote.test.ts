import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who wrote the song?" asks who wrote or made it: a marcher who "said" something in the same report did not write
// it, although "wrote" and "said" share a word family for the words a statement gives.
const REPORTS = {
  'velden-song.txt': `Thousands march in Velden for the jailed students
Velden Courier

Thousands of people marched through Velden on Sunday in support of the students jailed in Tarsa.

The crowd sang along to “Morning Bells”, which the composer Aris Dunn put together from messages posted online by the students' families.

“We are here because they cannot be,” said Mira Soll, a nurse who joined the march.
`,
  'orvel-poem.txt': `Vigil in Orvel for the jailed students
Orvel Daily

Hundreds held candles in Orvel on Monday. A poem on the jailed students was read out at the end.

“Nobody here will forget them,” said Teo Brandt, one of the organisers.
`,
};

describe('who wrote a song or a text', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a song "which the composer Aris Dunn put together" and a marcher who "said" words WHEN who wrote the song is asked THEN never the marcher', () => {
    const { answer } = ask(index, 'who wrote morning bells, the song the crowd sang at the velden march?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Mira Soll/);
  });

  it('GIVEN a poem read out and an organiser who "said" words WHEN who wrote the poem is asked THEN no one is named', () => {
    const { answer } = ask(index, 'who wrote the poem that was read out at the vigil in orvel?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Teo Brandt/);
  });
});
