import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildArchiveFromFolder } from '../../../src/engine.ts';
import { toSnapshot, type Snapshot } from '../../../src/index/snapshot.ts';
import { ArchiveHolder } from '../../../src/refresh/archive-holder.ts';
import { followCurrentVersion, loadServingArchive, refreshArchive, type RefreshContext } from '../../../src/refresh/index.ts';
import { openStores, type Stores, type VersionBus } from '../../../src/store/index.ts';
import { storeBackends } from '../../support/redis-server.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/refresh/archive');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitUntil(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`tests: condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
  return performance.now() - started;
}

const NEW_ARTICLE = `Nurses Rally in Lyon for Detained Colleagues

Rhône Solidarity Bulletin

Lyon, 12 March 2024 – About 300 nurses rallied on the Place Bellecour in Lyon on Monday, March 11, for colleagues detained in Iran.
`;

/** A bus that never delivers: as if every announcement were lost (Redis restarted, the shard was down). */
const deafBus: VersionBus = {
  publish: async () => undefined,
  subscribe: async () => async () => undefined,
};

let seed: Snapshot;
beforeAll(async () => {
  seed = toSnapshot((await buildArchiveFromFolder(FIXTURES)).index);
});

describe.each(storeBackends())('a second serving process on $name follows new versions', (backend) => {
  let tmp: string;
  let dir: string;
  let location: { url: string; stop(): Promise<void> };
  let stores: Stores;
  let other: Stores | undefined;
  let ctx: RefreshContext & { holder: ArchiveHolder };

  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'archivist-follow-'));
    dir = join(tmp, 'articles');
    cpSync(FIXTURES, dir, { recursive: true });
    location = await backend.start();
    stores = await openStores(location.url);
    await stores.snapshots.put('v1', seed);
    await stores.snapshots.setCurrent('v1');
    const config = { ARCHIVE_DIR: dir, MAX_ARTICLE_BYTES: 20_000, SNAPSHOTS_KEPT: 3 };
    ctx = { stores, config, holder: new ArchiveHolder((await loadServingArchive(stores, config)).state) };
  });
  afterEach(async () => {
    await other?.close();
    other = undefined;
    await stores.close();
    await location.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function secondProcess(versions?: VersionBus): Promise<{ holder: ArchiveHolder; stores: Stores }> {
    other = await openStores(location.url, versions ? { versions } : {});
    const s = versions ? { ...other, versions } : other;
    return { holder: new ArchiveHolder((await loadServingArchive(s, ctx.config)).state), stores: s };
  }

  if (backend.name === 'redis') {
    it('GIVEN a refresh in one process THEN the announcement on Redis swaps the other within 1 s, long before its next pointer check', async () => {
      const second = await secondProcess();
      const follower = await followCurrentVersion(second.stores, second.holder, { intervalMs: 60_000 });
      try {
        writeFileSync(join(dir, 'lyon-nurses.txt'), NEW_ARTICLE);
        const r = await refreshArchive(ctx, { who: 'mod-anna' });
        if (!r.ok) throw new Error(r.reason);
        const ms = await waitUntil(() => second.holder.get().version === r.version, 1000);
        expect(ms).toBeLessThan(1000);
        expect(second.holder.get().index.data.articles.some((a) => a.files.includes('lyon-nurses.txt'))).toBe(true);
      } finally {
        await follower.stop();
      }
    });
  }

  it('GIVEN every announcement is lost THEN the periodic pointer check still brings the other process to the new version', async () => {
    const second = await secondProcess(deafBus);
    const follower = await followCurrentVersion(second.stores, second.holder, { intervalMs: 100 });
    try {
      writeFileSync(join(dir, 'lyon-nurses.txt'), NEW_ARTICLE);
      const r = await refreshArchive(ctx, { who: 'mod-anna' });
      if (!r.ok) throw new Error(r.reason);
      await waitUntil(() => second.holder.get().version === r.version, 5000);
      expect(second.holder.get().index.data.articles).toHaveLength(ctx.holder.get().index.data.articles.length);
    } finally {
      await follower.stop();
    }
  });

  it('GIVEN a process that was down during a refresh THEN it serves the new version as soon as it starts following', async () => {
    const second = await secondProcess(deafBus);
    writeFileSync(join(dir, 'lyon-nurses.txt'), NEW_ARTICLE);
    const r = await refreshArchive(ctx, { who: 'mod-anna' });
    if (!r.ok) throw new Error(r.reason);
    expect(second.holder.get().version).toBe('v1');
    const follower = await followCurrentVersion(second.stores, second.holder, { intervalMs: 60_000 });
    await follower.stop();
    expect(second.holder.get().version).toBe(r.version);
  });

  it('GIVEN the new current version does not load THEN the other process keeps serving its version and says why once', async () => {
    const second = await secondProcess(deafBus);
    const problems: string[] = [];
    await stores.snapshots.put('v2-broken', { ...seed, schema: 999 } as Snapshot);
    await stores.snapshots.setCurrent('v2-broken');
    const follower = await followCurrentVersion(second.stores, second.holder, { intervalMs: 50, onProblem: (p) => problems.push(p) });
    await sleep(300);
    await follower.stop();
    expect(second.holder.get().version).toBe('v1');
    expect(problems).toEqual([expect.stringMatching(/^refresh: version v2-broken does not load: index: snapshot schema 999 is not the supported/)]);
  });
});
