import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores, type Stores, type UnansweredNote } from '../../../src/store/index.ts';
import { storeBackends } from '../../support/redis-server.ts';

const DAY = 86_400_000;
const note = (over: Partial<UnansweredNote> = {}): UnansweredNote => ({
  key: 'oslo-2031',
  normalised: '2031 attend oslo rally',
  question: 'how many attended the Oslo rally in 2031?',
  suggestion: 'a report on the 2031 Oslo rally',
  guild: 'g1',
  version: 'v1',
  at: new Date().toISOString(),
  ...over,
});

describe.each(storeBackends())('feedback and insights stores on $name', (backend) => {
  let location: { url: string; stop(): Promise<void> };
  let stores: Stores;
  beforeAll(async () => {
    location = await backend.start();
    stores = await openStores(location.url);
  });
  afterAll(async () => {
    await stores?.close();
    await location?.stop();
  });

  it('GIVEN votes arriving together THEN none is lost, each voter counts once, and null takes a vote back', async () => {
    const up = () => ({ vote: 'up' as const, at: new Date().toISOString() });
    const results = await Promise.all(['h1', 'h2', 'h3', 'h1'].map((voter) => stores.feedback.vote('ans', voter, up, DAY)));
    expect(results.at(-1)?.tally).toMatchObject({ up: 3, down: 0 });
    const taken = await stores.feedback.vote('ans', 'h2', () => null, DAY);
    expect(taken.previous?.vote).toBe('up');
    expect(taken.tally.up).toBe(2);
    expect(Object.keys(await stores.feedback.votes('ans')).sort()).toEqual(['h1', 'h3']);
  });

  it('GIVEN the salt asked for twice, even at once THEN it is made once and kept', async () => {
    const [a, b] = await Promise.all([stores.feedback.salt(), stores.feedback.salt()]);
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(32);
  });

  it('GIVEN the same group noted from two servers THEN one group counts both, keeps both wordings, and the first suggestion', async () => {
    await Promise.all([
      stores.insights.noteUnanswered(note(), DAY),
      stores.insights.noteUnanswered(note({ question: '2031 Oslo rally: how many people attended', guild: 'console', suggestion: 'other', version: 'v2' }), DAY),
    ]);
    await stores.insights.countQuestion('2026-W49', false, DAY);
    await stores.insights.countQuestion('2026-W49', true, DAY);
    const data = await stores.insights.read();
    expect(data.groups).toEqual([
      expect.objectContaining({
        key: 'oslo-2031',
        count: 2,
        questions: ['how many attended the Oslo rally in 2031?', '2031 Oslo rally: how many people attended'],
        guilds: ['g1', 'console'],
        suggestion: 'a report on the 2031 Oslo rally',
        version: 'v2',
      }),
    ]);
    expect(data.weeks).toEqual([{ week: '2026-W49', asked: 2, answered: 1 }]);
  });

  it('GIVEN "Not right" votes added and taken back THEN the entry follows, and goes when no vote is left', async () => {
    const wrong = { key: 'nr1', normalised: 'lisbon rally speak', question: 'who spoke?', answer: 'Ana.', intent: 'people', cited: ['a.txt'], version: 'v1', guild: 'g1', at: new Date().toISOString() };
    await stores.insights.noteNotRight(wrong, { count: 1, reasons: { fact: 1 } }, DAY);
    await stores.insights.noteNotRight(wrong, { count: 1, reasons: {} }, DAY);
    expect((await stores.insights.read()).notRight).toEqual([expect.objectContaining({ key: 'nr1', count: 2, reasons: { fact: 1 } })]);
    await stores.insights.noteNotRight(wrong, { count: -1, reasons: { fact: -1 } }, DAY);
    expect((await stores.insights.read()).notRight).toEqual([expect.objectContaining({ count: 1, reasons: {} })]);
    await stores.insights.noteNotRight(wrong, { count: -1, reasons: {} }, DAY);
    expect((await stores.insights.read()).notRight).toEqual([]);
  });

  it('GIVEN clear THEN the log is empty, and votes stay with their answers', async () => {
    await stores.insights.noteNotRight(
      { key: 'nr2', normalised: 'x', question: 'x?', answer: 'y', intent: 'fact', cited: [], version: 'v1', guild: 'g1', at: new Date().toISOString() },
      { count: 1, reasons: {} },
      DAY,
    );
    await stores.insights.clear();
    expect(await stores.insights.read()).toEqual({ groups: [], notRight: [], weeks: [] });
    expect(Object.keys(await stores.feedback.votes('ans'))).toHaveLength(2);
  });

  it('GIVEN a TTL that has passed THEN the group is gone', async () => {
    await stores.insights.noteUnanswered(note({ key: 'brief' }), 50);
    expect((await stores.insights.read()).groups.map((g) => g.key)).toContain('brief');
    await new Promise((r) => setTimeout(r, 120));
    expect((await stores.insights.read()).groups.map((g) => g.key)).not.toContain('brief');
  });
});
