import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Classes seen on the eleventh probe (speakers at gatherings), pinned in reports written for the test.
const REPORTS = {
  'kestel-forum.txt': `Exiles hold a forum in Kestel

Kestel Courier

On Saturday, hundreds of exiles from Valdor gathered in Kestel for the annual forum of the movement.

Other guests speaking at the forum included Norvania MP Hedda Lorne, former president of Kestavia Ingrid Talmer, former speaker of the Brisk Assembly Karin Valde, and former foreign minister of Duria Pell Amsand.

Also present was Mirko Sandt, the personal adviser of Norvania President Karin Holt, who praised the exiles.
`,
  'lunden-press.txt': `Jurists condemn the envoy's appointment

Lunden Post

During a press conference held in Lunden on March 4, lawmakers and exiles condemned the appointment of Valdor's envoy to the forum.

Tor Berrin, a member of the Valdor Assembly, Ansa Kulle, President of the League for Rights in Norvania, and Pim Ostra attended and spoke at the conference.

In part of his remarks, Kulle said the appointment showed the weakness of the system.
`,
};

describe('eleventh probe: speakers at gatherings', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a list "title Name, title Name" THEN each title is its own name\'s, not the name before it', () => {
    const a = ask(index, 'what role did ingrid talmer have? she spoke at the kestel forum').answer;
    expect(a.text).toMatch(/former president of Kestavia/);
    expect(a.text).not.toMatch(/Brisk Assembly|Hedda|Norvania MP/);
  });

  it('GIVEN "X, the personal adviser of Norvania President Y Z," THEN that is X\'s role (a role held towards a titled person)', () => {
    const a = ask(index, 'who is mirko sandt?').answer;
    expect(a.text).toMatch(/personal adviser of Norvania President Karin Holt/);
  });

  it('GIVEN "A, a member of …, B, President of …," THEN B\'s role is his own, and "In part of his remarks" is none', () => {
    const a = ask(index, 'who is ansa kulle?').answer;
    expect(a.text).toMatch(/President of the League for Rights/);
    expect(a.text).not.toMatch(/member of the Valdor Assembly|In part of/);
  });
});
