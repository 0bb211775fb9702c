import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A second read of this stop's merged checks, on invented reports: each answer below was right before the checks and
// declined or damaged after them (an acronym credited through its official or its own tracking, a rally dated beside
// "the release of political prisoners", a place with its apposition read as another person, "X, a prison …", a
// syndicate asked as a union).

describe('second read of stop 37: answers the new checks had lost', () => {
  it('GIVEN "UN special rapporteur Ilse Marrow told reporters … at least 734 people were hanged" WHEN asked what the UN said THEN 734', async () => {
    const index = await archiveOfTexts({
      'envoy.txt': `Envoy decries rise in hangings
Lowland Gazette

ORVEL, March 18, 2036 — UN special rapporteur Ilse Marrow told reporters in Orvel on Monday that at least 734 people were hanged in Varnia in 2035.

She called on the government to halt all executions.
`,
    });
    const { answer } = ask(index, 'How many people did the UN say were hanged in Varnia in 2035?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/734/);
  });

  it('GIVEN "The Kessa Rights Network (KRN) … has tracked the protests" then "The group has verified the deaths of 318 protesters" WHEN asked KRN\'s toll THEN 318', async () => {
    const index = await archiveOfTexts({
      'monitor.txt': `Monitor raises toll of Varnia protests
Eastern Courier
4 January 2036

The Kessa Rights Network (KRN), a group of activists based abroad, has tracked the protests since September.

The group has verified the deaths of 318 protesters, including 41 children, since the unrest began.
`,
    });
    const { answer } = ask(index, 'How many protesters did KRN say were killed?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/318/);
  });

  it('GIVEN exiles "rallied in Lune to demand the release of political prisoners on June 18, 2032" WHEN asked the rallies of June 2032 THEN the Lune rally, dated', async () => {
    const index = await archiveOfTexts({
      'lune.txt': `Exiles rally in Lune for prisoners
Northern Ledger
20 June 2032

Some 2,000 Varnian exiles rallied in Lune to demand the release of political prisoners on June 18, 2032. Speakers included Darius Veldi, a former prisoner.
`,
      'kessel.txt': `Rally in Kessel
Northern Ledger
14 May 2032

About 800 Varnian exiles rallied in Kessel on May 12, 2032 against the executions.
`,
    });
    const { answer } = ask(index, 'What rallies were held in June 2032?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 18, 2032: Rally in Lune/);
  });

  it('GIVEN "arrested at his home in Dorvan, Marsh Province, on May 3, 2033" WHEN asked when he was arrested THEN May 3, 2033, not "told of Marsh Province"', async () => {
    const index = await archiveOfTexts({
      'tavesh.txt': `Union activist held in Dorvan
Labour Watch
10 May 2033

Union activist Aram Tavesh was arrested at his home in Dorvan, Marsh Province, on May 3, 2033, his family said.

He was transferred to Kell Prison, a jail north of the capital, on May 6, 2033, according to his lawyer.
`,
    });
    const arrested = ask(index, 'When was Aram Tavesh arrested?').answer;
    expect(arrested.answered).toBe(true);
    expect(arrested.text).toMatch(/May 3, 2033/);
    const moved = ask(index, 'When was Aram Tavesh transferred to Kell Prison?').answer;
    expect(moved.answered).toBe(true);
    expect(moved.text).toMatch(/May 6, 2033/);
  });

  it('GIVEN "held in Grell Vale, a prison west of the capital" and "the Orvel Bus Drivers Syndicate called a strike" WHEN asked which prison, which union THEN those passages', async () => {
    const index = await archiveOfTexts({
      'grell.txt': `Activist moved to a distant jail
Labour Watch
12 May 2033

Union activist Aram Tavesh is being held in Grell Vale, a prison west of the capital, his family said.

The Orvel Bus Drivers Syndicate called a strike on Sunday over unpaid wages.
`,
    });
    const prison = ask(index, 'Which prison is Aram Tavesh held in?').answer;
    expect(prison.answered).toBe(true);
    expect(prison.text).toMatch(/Grell Vale/);
    const union = ask(index, 'Which union called the strike over unpaid wages?').answer;
    expect(union.answered).toBe(true);
    expect(union.text).toMatch(/Bus Drivers Syndicate/);
  });
});
