import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who is the governor of Lorrel?" asks the holder of a post. An adviser to the governor serves the post, and a
// co-president of a committee shares the presidency of another body: neither answers who holds the post asked (nor,
// in a report in French, the "vice-président" of a parliament who the president is). Asked who they are, they are.
const REPORTS = {
  'lorrel-session.txt': `Provincial council of Lorrel hears exiles
Published: 20 February 2035 | Valley Post

On Tuesday the Provincial Council of Lorrel heard three exiles describe the arrests in Varnland.

The council will write to the foreign ministry, said Mira Coldane, Advisor to the Provincial Governor, who also sits on the council's budget committee.

Teo Brannick, co-president of the Friends of a Free Varnland, thanked the council for its support.
`,
  'tribune.txt': `Les orateurs de la tribune
Publié le 2 juillet 2035

Ont pris la parole : Anton Velk, vice-président du parlement nordique, et Lisa Orme, co-présidente des Amis de Varnland.
`,
};

describe('an adviser to a post, or a co-president, is not its holder', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only an adviser to the governor WHEN the governor is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'who is the governor of lorrel');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Coldane/);
  });

  it('GIVEN only a vice-président and a co-présidente WHEN the president of the nordic parliament is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'who is the president of the nordic parliament');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Velk|Orme/);
  });

  it('GIVEN the same report WHEN the adviser is asked who she is THEN her post', () => {
    const { answer } = ask(index, 'who is Mira Coldane?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Advisor to the Provincial Governor/);
  });
});
