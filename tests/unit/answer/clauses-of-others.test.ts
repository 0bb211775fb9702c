import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// What a sentence tells of someone else stays theirs: a relative clause's deed is its body's ("…, a lawyer for the
// exiles' council, which had organised the congress"), "whose brother" is the last name's, a title before the next
// name of a list is that person's, a ministry is no minister; and "how many days", "how long" are counts of time.
const REPORTS = {
  'lindberg-verdict.txt': `Court jails envoy over plot against exile congress
Published: 18 November 2031 | Harbour Tribune

A court in Lindberg on Thursday sentenced a former diplomat of the Valdorian embassy to 18 years in prison for plotting to bomb a congress of Valdorian exiles held near Marsay in 2028.

Prosecutors said the diplomat, Arvid Kessler, had handed the couple 500 grams of explosives at a restaurant in Pellum days before the congress.

"This verdict shows that no one is above the law," said Hanna Morel, a lawyer for the exiles' council, which had organised the congress.

Kessler, who did not attend the hearing, has 15 days to appeal. The Valdorian foreign ministry called the ruling "illegal".
`,
  'marsay-rally.txt': `Exiles rally in Marsay against executions
Published: 9 April 2032 | Coastal Daily

MARSAY — Several thousand Valdorian exiles rallied on Saturday outside the Palace of Nations in Marsay to protest against a wave of executions in their homeland.

Speakers included Senator Joan Petrel, former foreign minister Luis Oberg and Nadia Sarel, whose brother was executed in January.

"The world must stop doing business with the hangmen," Petrel told the crowd.

Oberg called for the Valdorian guard corps to be placed on the list of terrorist organisations.
`,
  'congress-guests.txt': `Guests named for the exile congress
Published: 2 June 2028 | Harbour Tribune

Guests expected at the congress include Dutch author Lisa Morven, former U.S. envoy Tom Hale and Senator Ray Dunn.
`,
};

describe("what a sentence tells of someone else stays theirs", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, said Hanna Morel, a lawyer for the exiles\' council, which had organised the congress" WHEN who organised the congress is asked THEN the council, not the lawyer', () => {
    const { answer } = ask(index, 'who organised the congress near marsay?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^the exiles' council\b/);
  });

  it('GIVEN "Speakers included A, B and Nadia Sarel, whose brother was executed in January" WHEN whose brother was executed is asked THEN Nadia Sarel alone', () => {
    const { answer } = ask(index, 'whose brother was executed in January?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Nadia Sarel\b/);
    expect(answer.text.split('“')[0]).not.toMatch(/Petrel|Oberg/);
  });

  it('GIVEN "Senator Joan Petrel, former foreign minister Luis Oberg and …" WHEN the former foreign minister\'s call is asked THEN Oberg\'s, and Petrel is only a senator', () => {
    const call = ask(index, 'what did the former foreign minister call for?').answer;
    expect(call.answered).toBe(true);
    expect(call.text).toMatch(/Luis Oberg called for the Valdorian guard corps/);
    const role = ask(index, 'who is Joan Petrel?').answer;
    expect(role.text).toMatch(/^Joan Petrel is Senator\b/);
    expect(role.text).not.toMatch(/foreign minister/);
  });

  it('GIVEN a foreign ministry that called the ruling illegal WHEN what the ministry said is asked THEN no former foreign minister is given as the ministry', () => {
    const { answer } = ask(index, 'what did the foreign ministry say about the verdict?');
    // (What the archive suggests instead may name them; the answer itself must not take one for the ministry.)
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Oberg|Petrel/);
  });

  it('GIVEN "has 15 days to appeal" beside "500 grams of explosives" WHEN how many days he has is asked THEN 15 days', () => {
    const { answer } = ask(index, 'how many days does Kessler have to appeal?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^15 days\b/);
  });

  it('GIVEN "sentenced … to 18 years in prison" WHEN how long he was sentenced to is asked THEN 18 years', () => {
    const { answer } = ask(index, 'how long was the diplomat sentenced to?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^18 years\b/);
  });

  it('GIVEN "Dutch author Lisa Morven, former U.S. envoy Tom Hale and …" WHEN who Lisa Morven is asked THEN her own title, not a role cut at "U.S."', () => {
    const { answer } = ask(index, 'who is Lisa Morven?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Dutch author/);
    expect(answer.text).not.toMatch(/former U\b/);
  });
});
