import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// „…“, sagte Karim Oster von der Valdorischen Gemeinde: "von der" before a name of two words tells whom the speaker
// stands for, it is no part of his name ("Ursula von der Leyen" keeps hers), so asking what Karim Oster said finds it.
const REPORTS = {
  'brenn-exil.txt': `Brenn: Hin und Her um Exil-Valdorianer

Mehrere tausend Exil-Valdorianer wurden am Donnerstag von einem Verbot der Polizei überrascht, das ein Gericht am Mittag wieder aufhob.
Die Valdorianer feierten die Entscheidung als Sieg für die Demokratie. „Wir wollen einen friedlichen Wandel“, sagte Karim Oster von der Valdorischen Gemeinde.
`,
};

describe('a German name followed by "von der" and a body', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "„…“, sagte Karim Oster von der Valdorischen Gemeinde" WHEN what Karim Oster said is asked THEN his words are given', () => {
    const { answer } = ask(index, 'What did Karim Oster say?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/friedlichen Wandel/);
    expect(answer.text).toMatch(/Karim Oster/);
    expect(answer.text).not.toMatch(/Karim Oster von der/);
  });
});
