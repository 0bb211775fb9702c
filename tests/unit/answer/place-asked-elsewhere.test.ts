import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { otherCityOfTheSentence } from '../../../src/answer/other-city-of-the-sentence.ts';
import { answered, citeAll, provOf } from '../../../src/answer/reply.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two small rallies by consulates in two towns, one speaker named at the first; and a report listing marches around one
// continent, asked about another country.
const REPORTS = {
  'consulates.txt': `Dastani regime opponents rally in Lindhaven, Brekka
Published: 4 June 2034 | Rivermouth Post

Dastani regime opponents held small demonstrations Saturday in two cities to back the protests at home.
Some 60 people demonstrated near the Dastani consulate in Lindhaven to demand an end to the regime's meddling abroad, which Oren Malk, from the Dastan Freedom Council (DFC), told AFP matched what marchers want at home.
In Brekka, around 90 opponents gathered near the Dastani consulate to demand the release of detainees.
`,
  'marches.txt': `Exiles around the world ask for support
Published: 12 February 2032 | Lakeside Tribune

Photo: one of the protests by the Dastani embassy in Brekka.
Lakeside Tribune, Feb. 12, 2032 - Dastani exiles marched in solidarity this week in big cities of Europe and the U.S.
Hundreds of supporters have held protests outside Dastani embassies around Europe, including Lindhaven, Brekka and Osterby.
`,
};

describe('a place asked is not told by a sentence placing its deed elsewhere', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Malk is named at the Lindhaven rally "near the consulate in Lindhaven" WHEN he is given for who spoke at the Brekka rally THEN it is declined', () => {
    const intent = understand('Who spoke at the Brekka rally near the consulate?', index);
    const id = index.data.articles.find((a) => a.text.includes('Oren Malk'))!.id;
    const s = index.sentencesOf(id).find((x) => x.text.includes('Oren Malk'))!;
    const given = answered(intent, `Oren Malk (according to Rivermouth Post): “${s.text}”`, citeAll(index, [provOf(id, s)]));
    const answer = otherCityOfTheSentence(intent, index, given);
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/Lindhaven/);
  });

  it('GIVEN marches "around Europe" WHEN where in the US marches were held is asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'where in the US were solidarity protests held, according to the lakeside tribune?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN marches "around Europe" WHEN where in Europe they were held is asked THEN the towns are given', () => {
    const { answer } = ask(index, 'where in Europe did exiles protest outside Dastani embassies?');
    expect(answer.text).toMatch(/Lindhaven|Brekka|Osterby|embass/);
  });
});
