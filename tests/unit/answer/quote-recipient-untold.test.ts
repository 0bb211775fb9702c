import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Words asked as told to a named hearer (a paper, a channel) or written on a named platform: the answer must be words
// a report says went to that hearer, not other words of the same speaker.
const REPORTS = {
  'dock.txt': `Dockers march through Velmar
Published: 3 April 2032 | Coastline Daily

About 2,000 dock workers marched through Velmar on Saturday to demand safer cranes.
"We will not load another ship until the cranes are mended," union leader Tomas Ferrand told the Velmar Courier.
The port's director, Anneli Roos, said the "chance of trouble on the quays is real" and asked the crowd to stay calm.
Ferrand later posted on Kestrel that the strike would last a week. "Nobody here wants to lose pay," he added.
`,
};

describe('words told to a named hearer are the words asked only where a report says so', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN another speaker told the Velmar Courier WHEN what Anneli Roos told the Velmar Courier is asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'what did anneli roos tell the velmar courier');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN no report names a broadcaster WHEN what Tomas Ferrand told a broadcaster is asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'what did tomas ferrand tell harbour tv');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN Ferrand told the Velmar Courier WHEN what he told it is asked THEN his words answer', () => {
    const { answer } = ask(index, 'what did tomas ferrand tell the velmar courier');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/cranes are mended/);
  });

  it('GIVEN Roos spoke to the crowd WHEN what she told the crowd is asked THEN her words answer (a crowd need not be written)', () => {
    const { answer } = ask(index, 'what did anneli roos tell the crowd');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/chance of trouble/);
  });

  it('GIVEN Ferrand quoted with no hearer named WHEN what he told his members is asked THEN his words answer (a hearer told by a pronoun is no name to look for)', () => {
    const { answer } = ask(index, 'what did tomas ferrand tell his members about the cranes');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/cranes are mended/);
  });
});
