import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { unknownToArchive } from '../../../src/answer/reader/read.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';

// Questions typed the way chat users type them: a topic, then the one thing wanted.
describe('terse questions read as the question they stand for', () => {
  it.each([
    ['tallby air strikes - dead?', 'how many people were killed in the tallby air strikes?'],
    ['ostrov march arrests?', 'how many people were arrested in the ostrov march?'],
    ['children killed in the tallby strikes per the rescue service', 'how many children were killed in the tallby strikes per the rescue service?'],
    ['riga rally, who organised?', 'who organised the riga rally?'],
    ['riga rally, who spoke as mayor?', 'who spoke as mayor at the riga rally?'],
    ['exiles at the Freedom Monument - when?', 'when was exiles at the Freedom Monument?'],
    ['riga rally organiser?', 'who organised the riga rally?'],
    ['riga rally speakers', 'who spoke at the riga rally?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (terse, plain) => {
    expect(cleanQuestion(terse)).toBe(plain);
  });

  it('GIVEN "the 6,000-strong protest" THEN the size stays a number and "strong" is no word to look for', () => {
    expect(cleanQuestion('what did the crowd chant at the 6,000-strong protest in riga?')).toBe('what did the crowd chant at the 6,000 protest in riga?');
  });

  it.each([
    'On what date did the protests start in Ostrov, the ones with 19 dead?',
    'ana lind - who\'s that?',
    'date of the Riga rally with Ana Lind among the speakers?',
    'Korven estimate 2031 executions?',
    'the rally was big',
    'Lind?',
  ])('GIVEN "%s" (asked plainly, or more than a terse question can say) THEN it is left as it is', (q) => {
    expect(cleanQuestion(q)).toBe(q);
  });
});

describe('terse questions answered', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'tallby-strikes.txt': `Nineteen civilians killed in air strikes on Tallby

Levant Ledger

Tallby, April 2, 2031 – Air strikes on the village of Tallby killed 19 people overnight, among them four children, the rescue service said.
`,
      'riga-rally.txt': `Exiles rally at the Freedom Monument

Baltic Exile Wire

Riga, June 9, 2031 – About 500 exiles rallied at the Freedom Monument in Riga on June 7, 2031. The rally was organised by the Union of Free Vardanians.
`,
    });
  });

  it('GIVEN "tallby air strikes - dead?" THEN the death toll with its source', () => {
    const a = ask(index, 'tallby air strikes - dead?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b19 people\b/);
    expect(a.citations[0]?.file).toBe('tallby-strikes.txt');
  });

  it('GIVEN "total dead in the tallby air strikes?" (a count asked without "how many") THEN the death toll', () => {
    const a = ask(index, 'total dead in the tallby air strikes?').answer;
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('howmany');
    expect(a.text).toMatch(/\b19 people\b/);
  });

  it('GIVEN "riga rally, who organised?" THEN the organiser', () => {
    const a = ask(index, 'riga rally, who organised?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Union of Free Vardanians/);
  });
});

describe('a people\'s adjective of a name the archive writes', () => {
  it('GIVEN "the Norlandish parliament" in an archive that writes only "Norland" THEN the archive is not said to have nothing on "Norlandish"', async () => {
    const index = await archiveOfTexts({
      'ostrov-rally.txt': `Exiles rally outside the parliament of Norland

Baltic Exile Wire

Ostrov, Norland, November 9, 2031 – About 300 exiles rallied outside the Federal Parliament in Ostrov on November 9, 2031 during the vote on the prisoners' resolution.
`,
    });
    const q = 'when was the rally outside the Norlandish Federal Parliament during the vote on the resolution?';
    expect(ask(index, q).answer.text).not.toMatch(/nothing on Norlandish/);
    // The reader on its own too (the structured index may answer before it).
    const a = analyseQuestionFor(q, lexiconOf(index));
    expect(unknownToArchive(a, index, []).map((t) => t.text)).not.toContain('Norlandish');
  });
});
