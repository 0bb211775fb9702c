import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { warmIndex } from '../../../src/answer/warm.ts';
import { ask, buildArchiveFromFolder } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { ArchiveHolder } from '../../../src/refresh/archive-holder.ts';
import { readAhead } from '../../../src/refresh/read-ahead.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Reading ahead reads, in the background, what the first question about a place, an event or a figure would read:
// it must change no answer, give way to questions between its slices, and stop when its index stops serving.

const ARTICLES = join(import.meta.dirname, '../../../data/articles');

const QUESTIONS = [
  'who spoke at the Trocadero rally?',
  'what did Boutault call for?',
  'how many were arrested?',
  'when was the rally outside the National Assembly?',
  'where was the rally for Aleppo held?',
  'how many people were killed in the uprising?',
  'who organised the demonstration in front of the embassy?',
  'how many moons does Jupiter have?',
];

const CITIES = ['Arvelle', 'Bronmouth', 'Castelnor', 'Dunholt', 'Eskara', 'Fennick'];

/** Many short reports, each with a gathering and several counts: more events and figures than one step reads. */
function manyReports(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < 48; i++) {
    const city = CITIES[i % CITIES.length] as string;
    const day = (i % 27) + 1;
    out[`report-${i}.txt`] = `Exiles rally in ${city} against executions

Exile Courier

${city}, March ${day}, 2031 – About ${300 + i * 10} people rallied outside the town hall of ${city} on Saturday, March ${day}, 2031.
Police arrested ${10 + i} protesters during the march, the organisers said.
The rights group said ${40 + i} prisoners were executed in February and ${5 + i} more were sentenced to death.
Dr. Mara Velden, a lawyer, told the crowd: "We call on the government to free every prisoner."
`;
  }
  return out;
}

describe('reading ahead on a serving index', () => {
  let seeds: () => Promise<ArchiveIndex>;
  let many: ArchiveIndex;
  let manyFresh: ArchiveIndex;
  beforeAll(async () => {
    seeds = async () => (await buildArchiveFromFolder(ARTICLES)).index;
    many = await archiveOfTexts(manyReports());
    manyFresh = await archiveOfTexts(manyReports());
  }, 120_000);

  it('GIVEN the archive read ahead in full THEN every answer and citation is the one a fresh index gives', async () => {
    const fresh = await seeds();
    const read = await seeds();
    for (const _ of warmIndex(read));
    const before = QUESTIONS.map((q) => ask(fresh, q).answer);
    const after = QUESTIONS.map((q) => ask(read, q).answer);
    expect(after.map((a) => a.text)).toEqual(before.map((a) => a.text));
    expect(after.map((a) => a.citations)).toEqual(before.map((a) => a.citations));
    // (Not a comparison of two refusals: the seed reports answer most of these.)
    expect(after.filter((a) => a.citations.length > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('GIVEN reading ahead under way THEN a question is answered between its slices, with the answer of a fresh index', async () => {
    const reading = readAhead(many, { sliceMs: 0, chunk: 10 });
    let settled = false;
    void reading.finished.then(() => (settled = true));
    await nextTurn();
    await nextTurn();
    expect(settled).toBe(false);
    const question = 'How many protesters were arrested in Dunholt on March 4, 2031?';
    const during = ask(many, question).answer;
    expect(during.text).toBe(ask(manyFresh, question).answer.text);
    expect(during.text).toMatch(/\b13\b/);
    await expect(reading.finished).resolves.toBe('done');
  });

  it('GIVEN a new version swapped in while the old one is read ahead THEN reading the old one stops and the new one is read', async () => {
    const outcomes: string[] = [];
    const [first, second] = [await seeds(), await seeds()];
    const holder = new ArchiveHolder({ index: first, version: 'v1', builtAt: '' }, { readAhead: true, onRead: (o) => outcomes.push(o) });
    const old = holder.readingAhead;
    holder.swap({ index: second, version: 'v2', builtAt: '' });
    await expect(old).resolves.toBe('stopped');
    await expect(holder.readingAhead).resolves.toBe('done');
    await nextTurn();
    expect(outcomes).toEqual(['stopped', 'done']);
    expect(holder.get().version).toBe('v2');
  });

  it('GIVEN a holder without reading ahead (tests, the CLI) THEN nothing runs in the background', async () => {
    const holder = new ArchiveHolder({ index: await seeds(), version: 'v1', builtAt: '' });
    expect(holder.readingAhead).toBeUndefined();
  });
});
