import { beforeAll, describe, expect, it } from 'vitest';
import { countOfTheSourceElsewhere } from '../../../src/answer/count-of-the-source-elsewhere.ts';
import { answered, provOf } from '../../../src/answer/reply.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor's report credits its yearly count to the monitor in one sentence and tells two more counts without a
// credit of the usual shape: the executions of two named months, and the children among the dead with the body's name
// written after them. The check that declines an uncredited number asked "according to" the body keeps these two: the
// first sentence writes every month asked, the second writes the body itself (merge of probes 38 and 39).
const REPORTS = {
  'orla-monitor.txt': [
    'Orla monitor: executions rose sharply last year',
    '',
    'Varnia executed at least 611 prisoners in 2031, up from 402 the year before, the Orla Rights Watch (ORW) said in its annual report.',
    '',
    'At least 94 people were executed in May and June 2031 on theft and smuggling charges.',
    '',
    'Of those killed in the spring protests, 19 were children, the Orla Rights Watch (ORW), a monitor run by exiled lawyers, said.',
  ].join('\n'),
};

describe('an uncredited count kept when its sentence writes the months or the body asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  function keptFrom(question: string, sentence: RegExp) {
    const intent = understand(question, index);
    const article = index.data.articles[0]!;
    const told = index.sentencesOf(article.id).find((s) => sentence.test(s.text))!;
    const given = answered(intent, 'the count', [index.citation(provOf(article.id, told))]);
    return countOfTheSourceElsewhere(intent, index, given);
  }

  it('GIVEN "At least 94 people were executed in May and June 2031 …" WHEN that count is asked according to the ORW THEN the answer stands', () => {
    expect(keptFrom('how many people were executed in May and June 2031 on theft and smuggling charges according to ORW?', /\b94\b/).answered).toBe(true);
  });

  it('GIVEN "19 were children, the … (ORW) … said" WHEN the children killed are asked according to the ORW THEN the answer stands', () => {
    expect(keptFrom('Of those killed in the spring protests, how many children were killed according to ORW?', /\b19\b/).answered).toBe(true);
  });
});
