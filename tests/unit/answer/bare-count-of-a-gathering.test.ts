import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "…, how many?" asked of a gathering, with no noun, no deed and no word of harm, asks how many were there. A report of
// a solidarity rally abroad that recalls the toll of the protests at home, or the slogan's "three words", gives no
// count of the rally: the bot says it holds none rather than give the victims or the words.
const REPORTS = {
  'harbourtown-rally.txt': `'You are not alone': Harbourtown rally backs protesters in Varnland
Published: 14 February 2031 | Coastal Herald

Members of the Varnlandic community gathered outside Harbourtown city hall on Saturday to support the protesters in Varnland.

"Bread, work, freedom", the three words that have become the slogan of the protests, were painted on their banners.

The protests began in the port of Selm on February 2 and have since spread to dozens of towns. At least 30 people have been killed and hundreds have been arrested, rights groups say.

"We are their voice here," said Mara Quint, one of the organisers.
`,
  'lindau-rally.txt': `Lindau exiles march for Varnland
Published: 20 February 2031 | Lakeside Post

About 2,000 people attended the rally in Lindau on Sunday in support of the protesters in Varnland, the organisers said.
`,
};

describe('a bare count asked of a gathering', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a rally report that only recalls the toll at home and a slogan of three words WHEN "…, how many?" THEN neither the victims nor the words answer', () => {
    const { answer } = ask(index, 'the harbourtown rally for the protesters in varnland in feb 2031, how many?');
    const stated = answer.text.split('“')[0] ?? '';
    expect(stated).not.toMatch(/\b30\b|\bthree\b|hundreds/i);
    if (answer.answered) expect(answer.citations[0]?.file).not.toBe('harbourtown-rally.txt');
    else expect(answer.text).toMatch(/no figure/i);
  });

  it('GIVEN a report counting those at a rally WHEN "…, how many?" of that rally THEN its attendance', () => {
    const { answer } = ask(index, 'the lindau rally for the protesters in varnland in feb 2031, how many?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\babout 2,000 people\b/i);
    expect(answer.citations[0]?.file).toBe('lindau-rally.txt');
  });

  it('GIVEN the toll recalled in the rally report WHEN the killed are asked THEN the toll answers', () => {
    const { answer } = ask(index, 'how many people have been killed in the protests in varnland?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b30\b/);
  });
});
