import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A minister's post about an alleged plot against an exiles' rally, which his words never name. Asked what he said
// about the plot against that rally, the bot gives his words: the rally is what the plot was against, not what the
// topic is of (merge of probes 37 and 39).
const REPORTS = {
  'orla-plot.txt': `Couple charged over alleged plot against exiles' rally in Orla

Prosecutors in Kessa charged a couple on Monday with plotting to bomb the rally of the Free Varnia Union (FVU) near Orla.

Police said the two were stopped in a suburb of Kessa with half a kilo of explosives in their car.

Varnian foreign minister Teo Vell wrote on social media: "How timely: just as our delegation lands in Kessa, a so-called Varnian operation is uncovered and its plotters arrested. Varnia rejects this false flag outright."
`,
};

describe('a quote on a topic told "against" a name its words do not write', () => {
  it('GIVEN the minister\'s post on the alleged operation WHEN asked what he said about the alleged plot against the Orla rally THEN his words', async () => {
    const index = await archiveOfTexts(REPORTS);
    const { answer } = ask(index, 'What did Teo Vell say on social media about the alleged plot against the FVU rally near Orla?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/false flag/);
  });
});
