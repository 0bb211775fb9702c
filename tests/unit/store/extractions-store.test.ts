import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRedisBackend, openSqliteBackend, type Backend } from '../../../src/store/backend.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';
import { storeBackends } from '../../support/redis-server.ts';

const NS = 'archivist-extractions';

describe.each(storeBackends())('the extraction cache on $name', (backend) => {
  let location: { url: string; stop(): Promise<void> };
  let stores: Stores;
  let raw: Backend;
  beforeEach(async () => {
    location = await backend.start();
    stores = await openStores(location.url);
    raw = await (backend.name === 'redis' ? openRedisBackend(location.url) : openSqliteBackend(location.url));
  });
  afterEach(async () => {
    await raw.close();
    await stores.close();
    await location.stop();
  });

  it('GIVEN bodies stored THEN they come back in the order asked, absent keys as undefined, and a put drops what it was not told to keep', async () => {
    await stores.extractions.put([['x:a', '{"a":1}'], ['x:b', '{"b":"é"}'], ['p:c', '[]']], ['x:a', 'x:b', 'p:c']);
    expect(await stores.extractions.get(['x:b', 'x:none', 'x:a', 'p:c'])).toEqual(['{"b":"é"}', undefined, '{"a":1}', '[]']);
    expect(await stores.extractions.size()).toBe(3);
    await stores.extractions.put([['x:d', '{}']], ['x:a', 'x:d']);
    expect(await stores.extractions.get(['x:a', 'x:b', 'p:c', 'x:d'])).toEqual(['{"a":1}', undefined, undefined, '{}']);
    expect(await stores.extractions.size()).toBe(2);
  });

  it('GIVEN many bodies THEN all are written and read back (in batches, one statement per batch on SQLite)', async () => {
    const entries: Array<[string, string]> = Array.from({ length: 1_234 }, (_, i) => [`x:${i}`, JSON.stringify({ i, text: 'word '.repeat(i % 50) })]);
    await stores.extractions.put(entries, entries.map(([k]) => k));
    expect(await stores.extractions.get(entries.map(([k]) => k))).toEqual(entries.map(([, v]) => v));
  });

  it('GIVEN a body changed behind the checksum, a value that is not an entry, or a value that is not even JSON THEN each reads as absent and the others still read', async () => {
    await stores.extractions.put([['x:a', '{"a":1}'], ['x:b', '{"b":2}'], ['x:c', '{"c":3}'], ['x:d', '{"d":4}']], ['x:a', 'x:b', 'x:c', 'x:d']);
    const kv = raw.keyv(NS);
    const a = (await kv.get('x:a')) as { sha: string; body: string };
    await kv.set('x:a', { sha: a.sha, body: '{"a":2}' });
    await kv.set('x:b', 'just a string');
    // Under keyv: a value its deserializer cannot parse, as a torn or foreign write would leave.
    // (The Redis adapter adds the namespace itself; SQLite's rows carry it in the key.)
    const prefixed = backend.name === 'redis' ? 'x:c' : `${NS}:x:c`;
    await (kv.store as { set(k: string, v: string): Promise<unknown> }).set(prefixed, '{"value": {"sha": "12');
    await expect(kv.get('x:c')).rejects.toThrow();
    expect(await stores.extractions.get(['x:a', 'x:b', 'x:c', 'x:d'])).toEqual([undefined, undefined, undefined, '{"d":4}']);
  });
});
