import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The second read of this stop's merged checks (invented reports, each run against the code before and after the
// merges): seven answers the merged checks declined or changed, and one header misread, mended.
const R = {
  c12: `Crackdown in Varnel leaves dozens dead
Kessa Monitor
October 20, 2031

Security forces killed 45 people in Varnel during the autumn uprising; 9 were killed in Varnel on the first day alone, witnesses said.
`,
  c14: `Families rally outside Karsh prison
Kessa Monitor
May 5, 2031

Families of jailed protesters gathered outside Karsh prison in Dorvan on May 3, 2031, demanding their release. Mothers held photos of their sons.
`,
  c15: `Free Ostland supporters rally in Lisac
Kessa Monitor
July 2, 2031

Thousands of supporters of the Free Ostland Council rallied on Saturday at Place Verdier in Lisac, calling for an end to executions. The Council's leader, Mara Tehl, addressed the crowd by video.
`,
  c19: `Ostland exiles protest in Lisac
Kessa Monitor
March 9, 2031

Some 400 Ostland exiles protested on Friday in front of the Embassy of Ostland in Lisac, demanding the release of political prisoners.
`,
  c24: `Dorvan detainees to face Revolutionary Court
Kessa Monitor
June 15, 2031

More than 300 protesters arrested on Friday will be tried in the Revolutionary Court, the judiciary in Dorvan said on Sunday.
`,
  c7: `Mass arrests after Friday rally in Dorvan
Kessa Monitor
June 14, 2031

Police arrested 300 people after Friday's rally in Dorvan, and all 300 will face trial in the Revolutionary Court, the judiciary said on Saturday.
`,
  c33: `Jailed Ostland teacher on hunger strike
Kessa Monitor
May 20, 2031

The teachers' union leader Darin Vell, arrested on March 3, 2029 at his home in Dorvan, remains in Karsh prison and began a hunger strike this week, his wife said.
`,
};

async function answerTo(report: keyof typeof R, question: string) {
  const index = await archiveOfTexts({ [`${report}.txt`]: R[report] });
  return ask(index, question).answer;
}

describe('second read of stop 36', () => {
  it('GIVEN 45 killed in Varnel and "9 were killed in Varnel on the first day alone" WHEN asked how many were killed in Varnel THEN 45, not the first day\'s part', async () => {
    const a = await answerTo('c12', 'How many people were killed in Varnel?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^45\b/);
  });

  it('GIVEN families of jailed protesters gathering on May 3, 2031 WHEN asked when the families of detained protesters rallied THEN May 3, 2031 (a word describing those asked of is no deed asked)', async () => {
    const a = await answerTo('c14', 'When did the families of detained protesters rally outside Karsh prison?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 3, 2031/);
  });

  it('GIVEN exiles protesting on a Friday for the release of prisoners WHEN asked when they protested for the release THEN the day (what was demanded is no deed asked)', async () => {
    const a = await answerTo('c19', 'When did Ostland exiles protest in Lisac for the release of political prisoners?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 7, 2031/);
  });

  it('GIVEN a rally of the council WHEN asked where its last rally was held THEN Place Verdier ("the last rally" is the latest, not the only one left)', async () => {
    const a = await answerTo('c15', 'Where was the last rally of the Free Ostland Council held?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Place Verdier/);
  });

  it('GIVEN "More than 300 protesters arrested on Friday will be tried" WHEN asked how many were arrested THEN more than 300 (a trial to come does not make the arrests a forecast)', async () => {
    const a = await answerTo('c24', 'How many protesters were arrested on Friday in Dorvan?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/300/);
  });

  it('GIVEN "arrested 300 people …, and all 300 will face trial" WHEN asked how many were arrested THEN 300', async () => {
    const a = await answerTo('c7', 'How many people were arrested after the Friday rally in Dorvan?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b300\b/);
  });

  it('GIVEN a union leader "arrested on March 3, 2029" and still in prison WHEN asked since when he has been in prison THEN March 3, 2029', async () => {
    const a = await answerTo('c33', 'Since when has Darin Vell been in prison?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 3, 2029/);
  });

  it('GIVEN a title-case deck "De Niro Backs Ostland Exiles" under the headline THEN it is no author', () => {
    const r = parseArticleFile({ name: 'deck.txt', bytes: new TextEncoder().encode('Film stars join exiles in Lisac\n\nDe Niro Backs Ostland Exiles\n\nThousands of exiles marched through Lisac on Sunday, joined by actors and singers, to demand an end to the hangings in Ostland.\n') });
    expect(r.ok && r.article.author).toBeFalsy();
  });
});
