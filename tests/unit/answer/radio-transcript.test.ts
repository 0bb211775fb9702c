import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A radio interview's page: a player's controls above the headline, then the transcript, each turn opening with the
// speaker's name in capitals and a colon (the guest named in full once, then by surname).
const PAGE = `Play Live Radio
Next Up:
0:00 0:00
Available On Air Stations

What the first hanging after the Vardania protests means


Vardania carried out its first execution linked to the protests. Let's talk about it with Mina Laszlo, who is a reporter and host of a weekly podcast. Welcome.

MINA LASZLO: Thanks for having me, Tom.

HOST: Were you surprised?

LASZLO: Nobody who follows the authorities was surprised. They moved very quickly, and it fits the crackdown on the streets.

HOST: Is this the first of many?

LASZLO: It is hard to say. So far at least nine have been handed the death penalty, and rights groups fear there could be as many as 30. This could also backfire and bring more people onto the streets.
`;

describe('a radio interview transcript', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'radio-interview.txt': PAGE });
  });

  it('GIVEN a player\'s controls above the headline ("Play Live Radio", "0:00 0:00") THEN they are neither the publisher nor text', () => {
    const r = parseArticleFile({ name: 'radio-interview.txt', bytes: new TextEncoder().encode(PAGE) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.publisher ?? '').not.toMatch(/Play Live Radio|Next Up|Available On Air/);
    expect(r.article.text).not.toMatch(/Play Live Radio|0:00 0:00/);
    expect(r.article.title).toBe('What the first hanging after the Vardania protests means');
  });

  it('GIVEN "LASZLO: …" turns THEN they are Mina Laszlo\'s words; "HOST:" names no one', () => {
    const quotes = index.data.quotes.filter((q) => q.speakerName === 'Mina Laszlo');
    expect(quotes.map((q) => q.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Nobody who follows the authorities was surprised\./), expect.stringMatching(/^It is hard to say\. So far at least nine/)]),
    );
    expect(index.data.quotes.some((q) => /^Were you surprised/.test(q.text) && q.speakerName)).toBe(false);
  });

  it('GIVEN "at least nine have been handed the death penalty" THEN nine were sentenced, not killed', () => {
    const f = index.data.figures.find((x) => x.value === 9);
    expect(f?.measure).not.toBe('killed');
    const a = ask(index, 'according to mina laszlo how many had been handed the death penalty?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/nine/i);
    expect(a.text).not.toMatch(/killed/);
  });
});
