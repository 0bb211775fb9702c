import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count asked of one named college ("Dunmore college") against a report that counts students at another college and
// never names it; the report that does name it is cut off before its figure. Invented towns, colleges and figures.
describe('a count asked of a named institution', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-campus.txt': `Kessians keep up protests over downing of airliner

Protests in Kessa over the downing of a Varnese airliner entered a fourth day on Tuesday.
The navy admitted on Saturday it had shot down the airliner by mistake, killing all 98 people on board.
Reporters said around 300 mainly masked students gathered at Kessa College on Tuesday, where they faced militia members loyal to the navy.
`,
      'dunmore-mourns.txt': `date 2031-04-01 Vigils at Kessa colleges after navy admits airliner was shot down
Vigils were also held at Dunmore and Kessa colleges.
Dunmore college students chanting "the admiral must resign". This college lost 11 stude
`,
    });
  });

  it('GIVEN only another college\'s 300 students THEN "how many students did Dunmore college lose" never answers 300', () => {
    const a = ask(index, 'How many students did Dunmore college lose when the Varnese airliner was shot down?').answer;
    expect(a.text).not.toMatch(/\b300\b/);
  });

  it('GIVEN the same archive THEN "how many students gathered at Kessa College" is still answered 300', () => {
    const a = ask(index, 'How many students gathered at Kessa College on Tuesday?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b300\b/);
  });
});
