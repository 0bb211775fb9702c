import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyArchiveData } from '../../../src/domain/empty-archive.ts';
import type { ArchiveData } from '../../../src/domain/types.ts';
import type { Snapshot } from '../../../src/index/snapshot.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';
import { sqlitePath } from '../../../src/store/backend.ts';
import { storeBackends } from '../../support/redis-server.ts';

function snapshot(builtAt: string, articles: number, padding = 0): Snapshot {
  const data: ArchiveData = {
    ...emptyArchiveData(),
    articles: Array.from({ length: articles }, (_, i) => ({
      id: `a${i}`,
      files: [`rally-${i}.txt`],
      title: `Rally in Lyon number ${i}`,
      date: { precision: 'unknown', yearStated: false, iso: '', source: 'none', text: '' },
      text: 'x'.repeat(padding),
      paragraphs: [],
    })),
    skipped: [{ file: 'empty.txt', reason: 'zero bytes' }],
  };
  // The store keeps whatever snapshot it is given: a stand-in body is enough here.
  return { schema: 1, builtAt, data, search: { terms: ['lyon'] } } as unknown as Snapshot;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(storeBackends())('store on $name', (backend) => {
  let location: { url: string; stop(): Promise<void> };
  let stores: Stores;
  const opened: Stores[] = [];
  const open = async () => {
    const s = await openStores(location.url);
    opened.push(s);
    return s;
  };

  beforeEach(async () => {
    location = await backend.start();
    stores = await open();
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    await location.stop();
  });

  it('GIVEN two stored versions THEN the pointer moves only on setCurrent and list shows their counts', async () => {
    await stores.snapshots.put('v1', snapshot('2026-01-01T00:00:00.000Z', 2));
    expect(await stores.snapshots.current()).toBeUndefined();
    await stores.snapshots.setCurrent('v1');
    await stores.snapshots.put('v2', snapshot('2026-01-02T00:00:00.000Z', 3));
    expect(await stores.snapshots.current()).toBe('v1');
    expect((await stores.snapshots.get('v2'))?.data.articles).toHaveLength(3);
    const list = await stores.snapshots.list();
    expect(list.map((v) => [v.version, v.counts.articles, v.counts.skipped])).toEqual([
      ['v1', 2, 1],
      ['v2', 3, 1],
    ]);
    await expect(stores.snapshots.setCurrent('nope')).rejects.toThrow(/store: no snapshot/);
  });

  it('GIVEN more versions than kept THEN prune drops the oldest but never the current one', async () => {
    for (const v of ['v1', 'v2', 'v3', 'v4']) await stores.snapshots.put(v, snapshot('2026-01-01T00:00:00.000Z', 1));
    await stores.snapshots.setCurrent('v1');
    const dropped = await stores.snapshots.prune(2);
    expect(dropped).toEqual(['v2']);
    expect((await stores.snapshots.list()).map((v) => v.version)).toEqual(['v1', 'v3', 'v4']);
    expect(await stores.snapshots.get('v2')).toBeUndefined();
    expect(await stores.snapshots.get('v1')).toBeDefined();
  });

  it('GIVEN a several-megabyte snapshot THEN it round-trips intact', async () => {
    const big = snapshot('2026-01-01T00:00:00.000Z', 40, 150_000);
    await stores.snapshots.put('big', big);
    const back = await stores.snapshots.get('big');
    expect(JSON.stringify(back).length).toBeGreaterThan(5_000_000);
    expect(back).toEqual(big);
  });

  it('GIVEN a closed store THEN reopening the same URL finds the current snapshot and the history', async () => {
    await stores.snapshots.put('v1', snapshot('2026-01-01T00:00:00.000Z', 2));
    await stores.snapshots.setCurrent('v1');
    await stores.audit.append({ who: 'mod#1', when: '2026-01-01T00:00:00.000Z', action: 'refresh', result: 'ok', summary: '+2 articles' });
    await stores.close();
    opened.splice(opened.indexOf(stores), 1);
    const again = await open();
    expect(await again.snapshots.current()).toBe('v1');
    expect((await again.snapshots.get('v1'))?.data.articles).toHaveLength(2);
    expect((await again.audit.list()).map((e) => e.summary)).toEqual(['+2 articles']);
  });

  it('GIVEN the same key in settings and contexts THEN the namespaces keep them apart', async () => {
    await stores.settings.set('u1', 'c1', { channel: true });
    expect(await stores.contexts.get('u1', 'c1')).toBeUndefined();
    expect(await stores.settings.get<{ channel: boolean }>('u1', 'c1')).toEqual({ channel: true });
    expect(await stores.settings.get('u2', 'c1')).toBeUndefined();
  });

  it('GIVEN a cooldown THEN a second hit is refused with a retry time until it expires', async () => {
    expect(await stores.cooldowns.hit('u1', 'ask', 0.3)).toEqual({ ok: true });
    const before = Date.now();
    const second = await stores.cooldowns.hit('u1', 'ask', 0.3);
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.retryAt).toBeGreaterThan(before);
      expect(second.retryAt).toBeLessThanOrEqual(before + 300);
    }
    expect(await stores.cooldowns.hit('u2', 'ask', 0.3)).toEqual({ ok: true });
    await sleep(350);
    expect(await stores.cooldowns.hit('u1', 'ask', 0.3)).toEqual({ ok: true });
  });

  it('GIVEN a conversation context with a TTL THEN it is remembered, then forgotten', async () => {
    await stores.contexts.set('u1', 'c1', { people: ['maryam-example'], at: 1 }, 250);
    expect(await stores.contexts.get('u1', 'c1')).toEqual({ people: ['maryam-example'], at: 1 });
    expect(await stores.contexts.get('u1', 'c2')).toBeUndefined();
    await sleep(300);
    expect(await stores.contexts.get('u1', 'c1')).toBeUndefined();
  });

  it('GIVEN audit entries THEN they list newest first, limited', async () => {
    for (const n of [1, 2, 3]) {
      await stores.audit.append({ who: `mod${n}`, when: `2026-01-0${n}T00:00:00.000Z`, action: 'add', result: 'ok', summary: `entry ${n}` });
    }
    expect((await stores.audit.list()).map((e) => e.who)).toEqual(['mod3', 'mod2', 'mod1']);
    expect((await stores.audit.list(2)).map((e) => e.who)).toEqual(['mod3', 'mod2']);
  });

  it('GIVEN a held lock THEN another owner is told who holds it and since when, and only the holder frees it', async () => {
    const before = Date.now();
    expect(await stores.locks.acquire('refresh', 'alice', 60_000)).toEqual({ ok: true });
    const refused = await stores.locks.acquire('refresh', 'bob', 60_000);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.heldBy).toBe('alice');
      expect(refused.since).toBeGreaterThanOrEqual(before);
    }
    await stores.locks.release('refresh', 'bob');
    expect((await stores.locks.acquire('refresh', 'bob', 60_000)).ok).toBe(false);
    await stores.locks.release('refresh', 'alice');
    expect(await stores.locks.acquire('refresh', 'bob', 60_000)).toEqual({ ok: true });
    expect(await stores.locks.acquire('other', 'carol', 60_000)).toEqual({ ok: true });
  });

  it('GIVEN the holder renews its lock THEN others still see when it was first taken, and the expiry moves on', async () => {
    // (Lives of a second or so, not a few hundred milliseconds: a busy machine must not let a lock lapse before the
    // holder renews it.)
    expect(await stores.locks.acquire('refresh', 'alice', 1000)).toEqual({ ok: true });
    const first = await stores.locks.acquire('refresh', 'bob', 60_000);
    await sleep(600);
    expect(await stores.locks.acquire('refresh', 'alice', 1500)).toEqual({ ok: true });
    await sleep(750);
    const later = await stores.locks.acquire('refresh', 'bob', 60_000);
    expect(later).toEqual({ ok: false, heldBy: 'alice', since: first.ok ? -1 : first.since });
  });

  it('GIVEN a lock whose holder crashed THEN it frees itself after its expiry', async () => {
    expect(await stores.locks.acquire('refresh', 'crashed', 750)).toEqual({ ok: true });
    expect((await stores.locks.acquire('refresh', 'next', 60_000)).ok).toBe(false);
    await sleep(1250);
    expect(await stores.locks.acquire('refresh', 'next', 60_000)).toEqual({ ok: true });
  });

  it('GIVEN many connections racing for one lock THEN exactly one gets it', async () => {
    const others = await Promise.all([open(), open(), open(), open()]);
    const results = await Promise.all(
      [stores, ...others].flatMap((s, i) => [s.locks.acquire('refresh', `p${i}a`, 60_000), s.locks.acquire('refresh', `p${i}b`, 60_000)]),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe('sqlite store location', () => {
  it('GIVEN a sqlite URL in a folder that does not exist THEN the file is created on first open', async () => {
    const [sqlite] = storeBackends();
    const location = await sqlite!.start();
    const stores = await openStores(location.url);
    await stores.settings.set('g', 'k', 1);
    expect(existsSync(sqlitePath(location.url))).toBe(true);
    await stores.close();
    await location.stop();
  });

  it('GIVEN a redis URL where nothing listens THEN opening fails soon with a reason', async () => {
    const started = Date.now();
    await expect(openStores('redis://127.0.0.1:1')).rejects.toThrow(/^store: cannot connect to redis:\/\/127\.0\.0\.1:1/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('GIVEN an unknown store scheme THEN opening fails naming the module', async () => {
    await expect(openStores('mongo://x')).rejects.toThrow(/^store: /);
  });
});
