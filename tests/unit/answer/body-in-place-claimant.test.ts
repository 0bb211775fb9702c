import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A body or office named in lower case before the place it serves ("the judiciary in Quellby said 43 …", "the governor
// of Marsh province said …") is who claims the figure: an answer read "according to Quellby", crediting a town.
const REPORTS = {
  'quellby-strike.txt': `Dozens held as dockers' strike spreads in Quellby
Tidewater Post
9 May 2039

Security forces held dozens of dockers on Monday after a walkout at the grain terminal in Quellby spread to two other ports.

The judiciary in Quellby said 43 people had been arrested for "disturbing order at the port" and that their files had gone to the security court.

The Quellby Dockers' Union said at least 70 members had been taken from their homes overnight.
`,
  'marsh-floods.txt': `Floods cut off villages in the Marsh
Lowland Gazette
2 October 2040

Flood water cut the road to eleven villages on Thursday.

The governor of Marsh province said 19 people had died in the floods and that rescue teams were still searching the river banks.
`,
};

describe('a body in a place claims, not the place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The judiciary in Quellby said 43 people had been arrested" WHEN asked how many were arrested THEN the judiciary in Quellby is credited, not Quellby', () => {
    const { answer } = ask(index, 'How many people were arrested in Quellby?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/according to the judiciary in Quellby[^;]*43/i);
    expect(answer.text).not.toMatch(/according to Quellby\b/i);
  });

  it('GIVEN "The governor of Marsh province said 19 people had died" WHEN asked the toll THEN the governor is credited', () => {
    const { answer } = ask(index, 'How many people died in the floods in the Marsh?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/19/);
    expect(answer.text).toMatch(/governor of Marsh/i);
    expect(answer.text).not.toMatch(/according to Marsh\b/i);
  });
});
