import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArchiveHolder } from '../../../src/refresh/archive-holder.ts';
import {
  followCurrentVersion,
  addArticle,
  addArticleFromUrl,
  ARCHIVE_LOCK,
  loadServingArchive,
  refreshArchive,
  refreshHistory,
  removeArticle,
  removedDir,
  rollbackArchive,
  type RefreshContext,
  type RefreshProgress,
} from '../../../src/refresh/index.ts';
import { buildArchiveFromFolder } from '../../../src/engine.ts';
import { toSnapshot, type Snapshot } from '../../../src/index/snapshot.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';
import { genreArticle } from '../../fixtures/refresh/make-articles.ts';
import { storeBackends } from '../../support/redis-server.ts';

// Worker builds slow down when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/refresh/archive');
const enc = (s: string) => new TextEncoder().encode(s);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitUntil(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('tests: condition not met in time');
    await sleep(20);
  }
}

const NEW_ARTICLE = `Students March in Geneva Against Executions

Alpine Iran Watch

Geneva, 4 December 2023 – On Sunday, December 3, some 600 students marched from the Place des Nations to the Palais Wilson in Geneva to protest against the wave of executions in Iran.

Ms. Shirin Bakhtiari, a doctoral student at the University of Geneva, told the marchers: "Every execution is a message of fear, and we answer it with our voices."

The organisers said that at least 85 prisoners had been executed in November alone.
`;

let server: Server;
let base: string;
/** The fixture archive's index, built once: each test starts from it stored as version "v1". */
let seed: Snapshot;
beforeAll(async () => {
  seed = toSnapshot((await buildArchiveFromFolder(FIXTURES)).index);
  server = createServer((req, res) => {
    if (req.url === '/geneva-march') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(NEW_ARTICLE);
    else if (req.url === '/slow') return;
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe.each(storeBackends())('refresh on $name', (backend) => {
  let tmp: string;
  let dir: string;
  let location: { url: string; stop(): Promise<void> };
  let stores: Stores;
  let ctx: RefreshContext & { holder: ArchiveHolder };
  const files = () => readdirSync(dir).sort();
  const serving = () => ctx.holder.get();

  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'archivist-refresh-'));
    dir = join(tmp, 'articles');
    cpSync(FIXTURES, dir, { recursive: true });
    location = await backend.start();
    stores = await openStores(location.url);
    const config = { ARCHIVE_DIR: dir, MAX_ARTICLE_BYTES: 20_000, SNAPSHOTS_KEPT: 3 };
    await stores.snapshots.put('v1', seed);
    await stores.snapshots.setCurrent('v1');
    const loaded = await loadServingArchive(stores, config);
    expect(loaded.source).toBe('snapshot');
    ctx = { stores, config, holder: new ArchiveHolder(loaded.state) };
  });
  afterEach(async () => {
    await stores.close();
    await location.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('GIVEN an empty store THEN start-up builds the folder and stores it; GIVEN a restart THEN the stored snapshot serves without parsing any file', async () => {
    const fresh = await backend.start();
    try {
      const first = await openStores(fresh.url);
      const built = await loadServingArchive(first, ctx.config);
      await first.close();
      expect(built.source).toBe('built');
      expect(built.state.index.data.articles).toHaveLength(4);
      // Empty the folder: a restart that re-parsed would now find nothing.
      rmSync(dir, { recursive: true });
      mkdirSync(dir);
      const again = await openStores(fresh.url);
      expect(await again.snapshots.current()).toBe(built.state.version);
      const started = Date.now();
      const loaded = await loadServingArchive(again, ctx.config);
      const ms = Date.now() - started;
      await again.close();
      expect(loaded.source).toBe('snapshot');
      expect(loaded.state.version).toBe(built.state.version);
      expect(loaded.state.index.data.articles.map((a) => a.id).sort()).toEqual(built.state.index.data.articles.map((a) => a.id).sort());
      expect(loaded.state.index.searchPassages('Heldenplatz').length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(built.report!.ms + 1_000);
    } finally {
      await fresh.stop();
    }
  });

  it('GIVEN a new file in the folder THEN refresh reports progress, swaps in a new current version and lists it as added', async () => {
    const before = serving();
    writeFileSync(join(dir, 'geneva-march.txt'), NEW_ARTICLE);
    const progress: RefreshProgress[] = [];
    const r = await refreshArchive(ctx, { who: 'mod-anna', onProgress: (p) => progress.push(p) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.previousVersion).toBe(before.version);
    expect(r.diff.articles.added.map((a) => a.files)).toEqual([['geneva-march.txt']]);
    expect(r.diff.articles.unchanged).toBe(4);
    expect(serving().version).toBe(r.version);
    expect(serving().index.data.articles).toHaveLength(5);
    expect(await stores.snapshots.current()).toBe(r.version);
    expect(progress.filter((p) => p.phase === 'parsing').at(-1)).toEqual({ phase: 'parsing', done: 5, total: 5 });
    const [entry] = await refreshHistory(ctx);
    expect(entry).toMatchObject({ who: 'mod-anna', action: 'refresh', result: 'ok', version: r.version, previousVersion: before.version });
    expect(entry?.summary).toMatch(/^\+1 article/);
  });

  it('GIVEN nothing changed in the folder THEN the refresh says so and stores no new version', async () => {
    const r = await refreshArchive(ctx, { who: 'mod-anna' });
    expect(r).toMatchObject({ ok: true, unchanged: true, version: 'v1' });
    expect((await stores.snapshots.list()).map((v) => v.version)).toEqual(['v1']);
    expect(serving().version).toBe('v1');
    expect((await refreshHistory(ctx))[0]).toMatchObject({ action: 'refresh', result: 'ok', summary: 'no changes' });
  });

  it('GIVEN a folder whose files all fail validation THEN the old index keeps serving and the report says why', async () => {
    const before = serving();
    for (const f of files()) rmSync(join(dir, f));
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2]));
    writeFileSync(join(dir, 'empty.md'), '');
    const r = await refreshArchive(ctx, { who: 'mod-anna' });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/none of the 2 file\(s\) .* could be read as an article/) });
    expect(serving()).toBe(before);
    expect(await stores.snapshots.current()).toBe(before.version);
    expect((await refreshHistory(ctx))[0]).toMatchObject({ action: 'refresh', result: 'failed' });
  });

  it('GIVEN a build worker that crashes (out of memory) THEN the old index keeps serving and the report says the worker crashed', async () => {
    const before = serving();
    writeFileSync(join(dir, 'geneva-march.txt'), NEW_ARTICLE);
    const r = await refreshArchive({ ...ctx, worker: { maxMemoryMb: 1 } }, { who: 'mod-anna' });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/build worker crashed/) });
    expect(serving()).toBe(before);
    expect(await stores.snapshots.current()).toBe(before.version);
  });

  it('GIVEN a build slower than its time limit THEN it is stopped and the old index keeps serving', async () => {
    const before = serving();
    const r = await refreshArchive({ ...ctx, worker: { timeoutMs: 5 } }, { who: 'mod-anna' });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/took longer than/) });
    expect(serving()).toBe(before);
  });

  it('GIVEN a refresh running THEN a second one is told who started it and when, and the first completes', async () => {
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const t0 = Date.now();
    const first = refreshArchive(ctx, { who: 'mod-anna', onProgress: () => started() });
    await running;
    const second = await refreshArchive(ctx, { who: 'mod-bruno' });
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.busy?.who).toBe('mod-anna');
      expect(second.busy?.since).toBeGreaterThanOrEqual(t0 - 1);
      expect(second.reason).toMatch(/started by mod-anna at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    }
    expect((await first).ok).toBe(true);
    expect((await refreshArchive(ctx, { who: 'mod-bruno' })).ok).toBe(true);
  });

  it('GIVEN a lock left by a crashed refresh THEN refreshes are refused until it expires, then run', async () => {
    // (The lock lives 2 s: on a busy machine a refresh may take longer than a shorter life to reach the lock.)
    const acquired = Date.now();
    await stores.locks.acquire(ARCHIVE_LOCK, 'mod-crashed|run-1', 2000);
    const refused = await refreshArchive(ctx, { who: 'mod-anna' });
    expect(refused).toMatchObject({ ok: false, busy: { who: 'mod-crashed' } });
    await sleep(Math.max(0, acquired + 2100 - Date.now()));
    expect((await refreshArchive(ctx, { who: 'mod-anna' })).ok).toBe(true);
  });

  it('GIVEN two versions THEN rollback serves and points at the previous one, and a second rollback past the first is refused', async () => {
    const v1 = serving().version;
    writeFileSync(join(dir, 'geneva-march.txt'), NEW_ARTICLE);
    const r = await refreshArchive(ctx, { who: 'mod-anna' });
    expect(r.ok).toBe(true);
    const back = await rollbackArchive(ctx, 'mod-bruno');
    expect(back).toMatchObject({ ok: true, version: v1 });
    if (back.ok) expect(back.diff.articles.removed.map((a) => a.files)).toEqual([['geneva-march.txt']]);
    expect(serving().version).toBe(v1);
    expect(serving().index.data.articles).toHaveLength(4);
    expect(await stores.snapshots.current()).toBe(v1);
    expect(await rollbackArchive(ctx, 'mod-bruno')).toMatchObject({ ok: false, reason: expect.stringMatching(/no earlier version/) });
    expect((await refreshHistory(ctx)).map((e) => `${e.action}:${e.result}:${e.who}`).slice(0, 2)).toEqual(['rollback:ok:mod-bruno', 'refresh:ok:mod-anna']);
    // A restart after the rollback serves the rolled-back version.
    expect((await loadServingArchive(stores, ctx.config)).state.version).toBe(v1);
  });

  it('GIVEN more refreshes than versions kept THEN old versions are pruned and the current one stays', async () => {
    for (let i = 0; i < 3; i++) {
      writeFileSync(join(dir, `extra-${i}.txt`), genreArticle(i).text);
      expect((await refreshArchive(ctx, { who: 'mod-anna' })).ok).toBe(true);
    }
    const versions = (await stores.snapshots.list()).map((v) => v.version);
    expect(versions).toHaveLength(3);
    expect(versions.at(-1)).toBe(serving().version);
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, 3, 0]), /binary/],
    ['latin1.txt', new Uint8Array([...enc('A rally in Malm'), 0xf6, ...enc(' drew hundreds of people to the square.')]), /invalid UTF-8/],
    ['huge.txt', enc(`${NEW_ARTICLE}\n`.repeat(60)), /over the .*limit/],
    ['tracker.html', enc(`<html><head><script>var t=1;</script></head><body>${'<script>track();</script>'.repeat(50)}</body></html>`), /no article text/],
    ['photo.jpg', enc('not really a photo'), /not a \.txt, \.md or \.html file/],
  ])('GIVEN an upload %s THEN it is refused with a reason and nothing is written', async (name, bytes, reason) => {
    const before = files();
    const version = serving().version;
    const r = await addArticle(ctx, { name, bytes }, { who: 'mod-anna' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
    expect(files()).toEqual(before);
    expect(serving().version).toBe(version);
  });

  it('GIVEN an upload that duplicates an indexed article under another name THEN it is reported, not written', async () => {
    const before = files();
    const r = await addArticle(ctx, { name: 'copy-of-vienna.txt', bytes: readFileSync(join(FIXTURES, 'vienna-rally.txt')) }, { who: 'mod-anna' });
    expect(r).toMatchObject({ ok: false, duplicateOf: ['vienna-rally.txt'], reason: expect.stringMatching(/duplicate of vienna-rally\.txt/) });
    expect(files()).toEqual(before);
    expect((await refreshHistory(ctx))[0]).toMatchObject({ action: 'add', result: 'failed', target: 'copy-of-vienna.txt' });
  });

  it('GIVEN a valid upload whose name is taken by another article THEN it is written under a new name, the old file is intact, and it is indexed', async () => {
    const original = readFileSync(join(dir, 'vienna-rally.txt'));
    const r = await addArticle(ctx, { name: 'vienna-rally.txt', bytes: enc(NEW_ARTICLE) }, { who: 'mod-anna' });
    expect(r).toMatchObject({ ok: true, file: 'vienna-rally-2.txt' });
    expect(readFileSync(join(dir, 'vienna-rally.txt'))).toEqual(original);
    expect(readFileSync(join(dir, 'vienna-rally-2.txt'), 'utf8')).toBe(NEW_ARTICLE);
    expect(files().filter((f) => f.startsWith('.'))).toEqual([]);
    expect(serving().index.data.articles.some((a) => a.files.includes('vienna-rally-2.txt'))).toBe(true);
    if (r.ok) expect(r.refresh).toMatchObject({ ok: true });
  });

  it('GIVEN a link THEN the article is fetched, written and indexed; GIVEN a private address without permission or a timeout THEN nothing is written', async () => {
    const rules = { maxBytes: 20_000, timeoutMs: 500, allowPrivate: true };
    const r = await addArticleFromUrl(ctx, `${base}/geneva-march`, rules, { who: 'mod-anna' });
    expect(r).toMatchObject({ ok: true, file: 'geneva-march.txt' });
    expect(serving().index.data.articles).toHaveLength(5);
    const before = files();
    const privateRefused = await addArticleFromUrl(ctx, `${base}/geneva-march`, { ...rules, allowPrivate: false }, { who: 'mod-anna' });
    expect(privateRefused).toMatchObject({ ok: false, reason: expect.stringMatching(/private or loopback/) });
    const slow = await addArticleFromUrl(ctx, `${base}/slow`, rules, { who: 'mod-anna' });
    expect(slow).toMatchObject({ ok: false, reason: expect.stringMatching(/timed out/) });
    expect(files()).toEqual(before);
    expect((await refreshHistory(ctx, 3)).map((e) => e.result)).toEqual(['failed', 'failed', 'ok']);
  });

  it('GIVEN an article removed THEN its file moves to removed/ (not deleted) and the refresh lists it as removed', async () => {
    const vienna = serving().index.data.articles.find((a) => a.files.includes('vienna-rally.txt'))!;
    const r = await removeArticle(ctx, vienna.id, { who: 'mod-anna' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(existsSync(join(dir, 'vienna-rally.txt'))).toBe(false);
    expect(readFileSync(r.moved[0]!.to, 'utf8')).toBe(readFileSync(join(FIXTURES, 'vienna-rally.txt'), 'utf8'));
    expect(r.moved[0]!.to.startsWith(removedDir(dir))).toBe(true);
    expect(r.refresh).toMatchObject({ ok: true, diff: { articles: { removed: [{ files: ['vienna-rally.txt'] }] } } });
    expect(serving().index.article(vienna.id)).toBeUndefined();
  });

  it('GIVEN a second bot process on the same store THEN it follows the version the first one refreshed to and rolled back to', async () => {
    const other = await openStores(location.url);
    const otherHolder = new ArchiveHolder((await loadServingArchive(other, ctx.config)).state);
    const follower = await followCurrentVersion(other, otherHolder, { intervalMs: 50 });
    try {
      writeFileSync(join(dir, 'geneva-march.txt'), NEW_ARTICLE);
      const r = await refreshArchive(ctx, { who: 'mod-anna' });
      if (!r.ok) throw new Error(r.reason);
      await waitUntil(() => otherHolder.get().version === r.version);
      expect(otherHolder.get().index.data.articles).toHaveLength(5);
      await rollbackArchive(ctx, 'mod-anna');
      await waitUntil(() => otherHolder.get().version === serving().version);
      expect(otherHolder.get().index.data.articles).toHaveLength(4);
    } finally {
      await follower.stop();
      await other.close();
    }
  });

  it('GIVEN the stored current snapshot is unreadable THEN start-up falls back to the newest version that loads', async () => {
    const v1 = serving().version;
    writeFileSync(join(dir, 'geneva-march.txt'), NEW_ARTICLE);
    const r = await refreshArchive(ctx, { who: 'mod-anna' });
    if (!r.ok) throw new Error(r.reason);
    const broken = await stores.snapshots.get(r.version);
    await stores.snapshots.put(r.version, { ...broken!, schema: 999 });
    renameSync(join(dir, 'geneva-march.txt'), join(tmp, 'moved-away.txt'));
    const loaded = await loadServingArchive(stores, ctx.config);
    expect(loaded).toMatchObject({ source: 'snapshot', state: { version: v1 } });
    expect(loaded.problems.join(' ')).toMatch(/schema 999/);
    expect(await stores.snapshots.current()).toBe(v1);
  });
});

describe('start-up without articles', () => {
  it('GIVEN a missing archive folder and an empty store THEN it serves an empty archive, says why, and stores nothing', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'archivist-nofolder-'));
    const stores = await openStores(`sqlite://${join(tmp, 'store.sqlite')}`);
    try {
      const loaded = await loadServingArchive(stores, { ARCHIVE_DIR: join(tmp, 'missing'), MAX_ARTICLE_BYTES: 20_000, SNAPSHOTS_KEPT: 3 });
      expect(loaded.state.index.data.articles).toEqual([]);
      expect(loaded.problems.join('\n')).toMatch(/archive folder .*missing not found[\s\S]*nothing was stored/);
      expect(await stores.snapshots.current()).toBeUndefined();
    } finally {
      await stores.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
