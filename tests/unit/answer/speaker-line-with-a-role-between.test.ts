import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two reports in the bench's own shapes (invented names): a demonstration in Velm on Wednesday, May 8, whose speakers'
// lines set their role between commas before the verb ("Mira Tal, General Coordinator of the Kessa Families Union,
// told the demonstrators: “…”"), and a rally in Velm two years later. Asked who spoke at the first, the bot lists its
// speakers, not the later rally's: a role between the name and the verb does not make a line no speaker's (after the
// merge of the "also taking to the podium" rule, the later rally's list was given).
const REPORTS = {
  'velm-demonstration.txt': `Thursday, November 13, 2014
NewsAnalysisStatementsEventsAbout us
728 x 90

Ostran Exiles League supporters hold demonstration in Velm in solidarity with the people of Ostra

Harbour Observer

Velm, 10 May – At least 1,250 supporters of the Ostran Exiles League held a demonstration at the Peace Column in Velm on Wednesday, May 8, in solidarity with the people of Ostra.

The demonstration was organised by the Ostran Exiles League. Participants carried flags and portraits of young people killed in Ostra.

Ivo Brant, Member of Parliament for East Marsh, also addressed the demonstrators.

“We call on our government to back a prison inspection without delay. The courage of the women in Ostra has shamed the whole world,” she stressed.

Mira Tal, General Coordinator of the Kessa Families Union, told the demonstrators: “We call on the United Nations to back a sanctions package without delay. The time for silence is over.”

Mr. Karel Novan, chair of the Committee for a Free Ostra, said that the world could no longer ignore the wave of executions.

Mr. Tomas Vey, city councillor in Lorn, posted a message of support online.

We call on parliament to back a travel ban without delay. The rulers cannot hide the truth from the world any longer. #FreeOstra

— Tomas Vey (@TomasVey) May 10, 2013

Latest news

Water shortages deepen across southern provinces

Reservoirs in several provinces have fallen to record lows, and farmers say the...

Currency slides again as inflation bites

The national currency lost more ground this week as traders reported 40 percent price...
`,
  'velm-rally.txt': `Kessa Families Union supporters rally in Velm in solidarity with the people of Harne

Exile Monitor

Velm, May 10, 2022—2,400 supporters of the Kessa Families Union rallied on Republic Square in Velm on Friday, in solidarity with the people of Harne.

The rally was organised by the Kessa Families Union. Participants carried flags and portraits of young people killed in Harne.

According to hospital sources, up to 1,900 protesters were killed during the September 2021 protests in Harne, while around 5,300 were injured and over 22,000 were arrested.

Pim Hasso, spokesperson for the Council of Kessan Communities, posted a message of support online.

We call on our government to back a binding resolution without delay. Ostra will be free, and its rulers will be remembered only for its crimes. #OstraProtests

— Pim Hasso (@PimHasso) May 8, 2022

Senator Lena Rook also addressed the crowd.

“This movement will not stop until the last prison is opened,” she stressed.

Ms. Nora Vale, Senator for East Marsh, told the crowd: “Ostra will be free, and its rulers will be remembered only for its crimes.”

“Appeasement has failed, and it is time to hold the rulers to account.”

Protesters held banners reading “Free all political prisoners” and “Oskar Vale: The courage of the women in Harne has shamed the whole world!”

The crowd chanted “Political prisoners must be freed” throughout the afternoon.
`,
};

describe('speaker lines with a role between name and verb', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Mira Tal, General Coordinator of the Kessa Families Union, told the demonstrators: “…”" WHEN asked "Who spoke at the demonstration in Velm on May 8?" THEN that demonstration\'s speakers', () => {
    const { answer } = ask(index, 'Who spoke at the demonstration in Velm on May 8?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Ivo Brant/);
    expect(answer.text).toMatch(/Mira Tal/);
    expect(answer.text).not.toMatch(/Lena Rook|Nora Vale/);
  });
});
