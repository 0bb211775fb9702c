import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { deedWishedUntold } from '../../../src/answer/deed-wished-untold.ts';
import { answered, citeAll, provOf } from '../../../src/answer/reply.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A notice of a rally outside a trial abroad, which names the group whose supporters rallied and never says whom they
// wanted prosecuted, and a report whose families call on courts to prosecute a ruler. Asked whom the rally wanted
// prosecuted, an answer giving the rallying group from the rally's sentence (no prosecution in it) is declined; the
// ruler, from the sentence that writes the prosecution, stands.
const REPORTS = {
  'rally.txt': `Supporters rally outside Lindholm court
Harbour Wire, May 3, 2031

Lindholm, May 3, 2031: Liberty-minded Kestavians, supporters of the Kestavian Freedom League (KFL), gathered by the courthouse where the former prison warden Ilko Varga stands trial, calling for justice.

Families of the victims of the 1999 killings called on the courts of Europe to prosecute the Morvayan ruler Dren Hask, who they say ordered the killings.
`,
};

describe('the one a deed is wished on', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  const givenFrom = (q: string, name: string, words: string) => {
    const intent = understand(q, index);
    const id = index.data.articles[0]!.id;
    const s = index.sentencesOf(id).find((x) => x.text.includes(words))!;
    return { intent, given: answered(intent, `${name} (according to Harbour Wire (May 3, 2031)): “${s.text}”`, citeAll(index, [provOf(id, s)])) };
  };

  it('GIVEN the rally sentence tells no prosecution WHEN the rallying group is given for "who did the people rallying by the Varga court want prosecuted?" THEN it is declined', () => {
    const { intent, given } = givenFrom('who did the people rallying by the Varga court want prosecuted?', 'KFL', 'gathered by the courthouse');
    const answer = deedWishedUntold(intent, index, given);
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/No sentence found tells who was to be prosecuted/);
  });

  it('GIVEN the families\' sentence writes the prosecution WHEN its ruler is given for "who did the families want prosecuted?" THEN the answer stands', () => {
    const { intent, given } = givenFrom('who did the families want prosecuted?', 'Dren Hask', 'to prosecute');
    const answer = deedWishedUntold(intent, index, given);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Dren Hask/);
  });
});
