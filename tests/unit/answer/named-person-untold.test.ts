import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A question naming a person sets its occasion: "after Lina Castel's death" is one gathering. A report of another
// rally in the same city, which never names her, shares most of the question's words but tells of another occasion.
const REPORTS = {
  'varenne-rally-2031.txt': `Supporters rally in Varenne
Published: 20 December 2031 | Harbour Post

Hundreds of exiles of the Varenne Freedom Council gathered at Place Lumière in Varenne on Saturday to support the protests in Iran and to remember prisoners who died in custody.
`,
  'varenne-castel-fr.txt': `Rassemblement à Varenne après la mort de Lina Castel
Publié le 3 octobre 2032 | Gazette du Port

Samedi, quelque deux cents Iraniens se sont rassemblés quai Morel, à Varenne, pour réclamer justice après la mort en garde à vue de Lina Castel, 24 ans, étudiante en droit.
`,
  'marsk-offensive.txt': `Offensive nears Marsk
Published: 9 January 2032 | Harbour Post

Regime forces are now close to the town of Marsk, their next target, the monitor said.
`,
  'vell-speech.txt': `President speaks in the capital
Published: 2 January 2032 | Coastal Herald

"We will take back every town," President Ador Vell said in a speech on Tuesday.
`,
};

describe('a person the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a rally report that never names her WHEN where Iranians gathered after her death is asked THEN that rally is not given', () => {
    const { answer } = ask(index, "Where did Iranians gather in Varenne on the Saturday to support the protests in Iran after Lina Castel's death?");
    expect(answer.text.split('Closest')[0]).not.toMatch(/Lumière/);
    if (answer.answered) {
      expect(answer.text).toMatch(/Morel/);
      expect(answer.citations[0]?.file).toBe('varenne-castel-fr.txt');
    }
  });

  it('GIVEN the same reports WHEN where the council gathered in December 2031 is asked THEN Place Lumière', () => {
    const { answer } = ask(index, 'Where did the Varenne Freedom Council gather in December 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lumière/);
  });

  it("GIVEN a report on the regime's forces WHEN the town Vell's forces neared is asked THEN Marsk (his forces are his side, not him)", () => {
    const { answer } = ask(index, "Which town were Vell's forces closing in on in January 2032?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Marsk/);
  });
});
