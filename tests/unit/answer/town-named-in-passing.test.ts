import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Three reports: one on rallies in several towns that tells its places and organisers of Lusk and Port Alden and names
 * Dunmere only in a list ("Similar events were held in Morrow, Tallis, Brenn and Dunmere"); one on a Dunmere march; one
 * on a shooting that names Port Alden only in a paper's name ("the Port Alden Herald reported"). Asked of Dunmere or
 * of Port Alden, a report naming the town only in passing tells nothing of it.
 */
describe('a town a report names only in passing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'reed-bed.txt': `Guards said to have shot dozens hiding in a reed bed

During recent protests in Vardania over bread prices, border guards killed between 30 to 90 mostly unarmed young men when they fired on a reed bed near the town of Kessel where demonstrators had hidden, the Port Alden Herald reported Monday.

The Port Alden Herald said it had interviewed five residents of Kessel, including a teacher who saw the shooting.
`,
      'rallies.txt': `Vardanians abroad rally after first hanging of a protester

Vardanian communities held protests in support of their compatriots on March 4, 2023.

On Saturday thousands of Vardanians across the world chanted slogans against the ruling council, condemning the hanging of the protester Jonas Brekke.

In the city of Lusk, a group of Vardanians chanted "Bread, Work, Freedom" while holding a sit-in at the Embassy of Vardania in Ostland.
Similar events were held in Morrow, Tallis, Brenn and Dunmere.

Friday night, a group of Vardanians living in Port Alden also held a protest rally in front the Permanent Mission of Vardania to the League of Nations.
`,
      'dunmere.txt': `Vardanians march in Dunmere against the hangings

Dunmere, March 4, 2023 - About 400 Vardanians marched in Dunmere on Saturday against the hanging of protesters, police said.

The march, organised by the group Echo Vardania, set off from Tower Square and ended at the town hall.
`,
    });
  });

  it('GIVEN "where did the Dunmere march start?" THEN not the embassy another town\'s sit-in was held at', () => {
    const a = ask(index, 'Where did the Dunmere march against the hanging start?').answer;
    expect(a.answered ? a.text : '').not.toMatch(/Embassy|Permanent Mission|Lusk/);
  });

  it('GIVEN "who organised the Dunmere march?" THEN the Dunmere report\'s organiser', () => {
    const a = ask(index, 'Who organised the Dunmere march against the hanging?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Echo Vardania/);
  });

  it('GIVEN "where did Vardanians in Port Alden protest?" THEN not the reed bed of a report naming only the Port Alden Herald', () => {
    const a = ask(index, 'Where did Vardanians in Port Alden protest?').answer;
    expect(a.answered ? a.text : '').not.toMatch(/Kessel|reed bed/);
    expect(a.text).toMatch(/Permanent Mission/);
  });
});
