import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asciiJson } from '../../../src/index/ascii-json.ts';
import { emptyArchiveData } from '../../../src/domain/empty-archive.ts';
import { snapshotJson, type Snapshot } from '../../../src/index/snapshot.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';
import { storeBackends } from '../../support/redis-server.ts';

// The store keeps whatever snapshot it is given (its shape is the index's concern): a stand-in body is enough here.
const SNAPSHOT = {
  schema: 1,
  builtAt: '2026-12-03T14:00:00.000Z',
  data: {
    ...emptyArchiveData(),
    articles: [{ id: 'a1', files: ['rally.txt'], title: 'Rally in Lyon — “quoted” \\ and é, تهران, 😀', date: { precision: 'unknown', yearStated: false, iso: '', source: 'none', text: '' }, text: 'Line one\n\nLine two', paragraphs: [] }],
  },
  search: { terms: ['lyon'] },
} as unknown as Snapshot;

describe.each(storeBackends())('a snapshot stored from its JSON text, on $name', (backend) => {
  let location: { url: string; stop(): Promise<void> };
  let stores: Stores;
  beforeEach(async () => {
    location = await backend.start();
    stores = await openStores(location.url);
  });
  afterEach(async () => {
    await stores.close();
    await location.stop();
  });

  it('GIVEN a version put with the JSON a build worker sent THEN it reads back as the same snapshot, listed with its counts, and can become current', async () => {
    await stores.snapshots.put('v1', SNAPSHOT, JSON.stringify(SNAPSHOT));
    expect(await stores.snapshots.get('v1')).toEqual(SNAPSHOT);
    expect((await stores.snapshots.list())[0]).toMatchObject({ version: 'v1', builtAt: SNAPSHOT.builtAt, counts: { articles: 1 } });
    await stores.snapshots.setCurrent('v1');
    expect(await stores.snapshots.current()).toBe('v1');
  });

  it('GIVEN the ASCII-only JSON a build now sends (accents, Persian, an emoji escaped) THEN the snapshot reads back with every character as written', async () => {
    const json = snapshotJson(SNAPSHOT);
    expect(json).toMatch(/^[\x00-\x7e]*$/);
    await stores.snapshots.put('v2', SNAPSHOT, json);
    const back = await stores.snapshots.get('v2');
    expect(back?.data.articles[0]?.title).toBe('Rally in Lyon — “quoted” \\ and é, تهران, 😀');
    expect(back).toEqual(SNAPSHOT);
  });
});

describe('asciiJson', () => {
  it('writes any JSON value in ASCII characters only, and it reads back as JSON.stringify would', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), fc.string({ unit: 'binary' }), (v, s) => {
        for (const x of [v, s, { s, v }]) {
          const out = asciiJson(x);
          expect(out).toMatch(/^[\x00-\x7e]*$/);
          expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(x)));
        }
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});
