import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildArchiveFromFolder } from '../../../src/engine.ts';
import { archiveDataOf, toSnapshot } from '../../../src/index/snapshot.ts';
import { refreshArchive, type RefreshContext } from '../../../src/refresh/index.ts';
import { refreshResultText } from '../../../src/refresh/report-text.ts';
import { openRedisBackend, openSqliteBackend } from '../../../src/store/backend.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';
import { genreArticle } from '../../fixtures/refresh/make-articles.ts';
import { storeBackends } from '../../support/redis-server.ts';

// Worker builds slow down when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/refresh/archive');
const MAX_BYTES = 20_000;

describe.each(storeBackends())('a refresh that reuses earlier builds, on $name', (backend) => {
  let tmp: string;
  let dir: string;
  let location: { url: string; stop(): Promise<void> };
  let stores: Stores;
  let ctx: RefreshContext;

  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'archivist-reuse-'));
    dir = join(tmp, 'articles');
    cpSync(FIXTURES, dir, { recursive: true });
    // Six reports of one site: their masthead and closing line recur, so ingest removes them as boilerplate.
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, genreArticle(i).name), genreArticle(i).text);
    location = await backend.start();
    stores = await openStores(location.url);
    ctx = { stores, config: { ARCHIVE_DIR: dir, MAX_ARTICLE_BYTES: MAX_BYTES, SNAPSHOTS_KEPT: 3, BUILD_WORKERS: 1 } };
  });
  afterEach(async () => {
    await stores.close();
    await location.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** What a build from scratch (no store, nothing reused) gives for the folder as it is now. */
  const fullBuild = async () => JSON.stringify((await buildArchiveFromFolder(dir, { maxBytes: MAX_BYTES, workers: 1 })).index.data);
  const stored = async () => (await stores.snapshots.get((await stores.snapshots.current())!))!;
  /** The data the stored current version serves once loaded (a snapshot keeps sentences as offsets: schema 3). */
  const servedData = async () => JSON.stringify(archiveDataOf(await stored()));
  /** The whole stored snapshot (data, search index, lexicon) against a full build's, but for the build time. */
  const sameSnapshotAsFullBuild = async () => {
    const full = toSnapshot((await buildArchiveFromFolder(dir, { maxBytes: MAX_BYTES, workers: 1 })).index);
    return JSON.stringify({ ...(await stored()), builtAt: '' }) === JSON.stringify({ ...full, builtAt: '' });
  };
  const refresh = async () => {
    const r = await refreshArchive(ctx, { who: 'mod-anna' });
    if (!r.ok) throw new Error(`tests: the refresh failed: ${r.reason}`);
    return r;
  };

  it('GIVEN a refreshed archive WHEN files are added, changed and removed THEN the next refresh reads only those, says so, and stores exactly what a full build gives', async () => {
    const first = await refresh();
    expect(first.build).toMatchObject({ articles: 10, reused: 0, reread: 10 });
    expect(await servedData()).toBe(await fullBuild());

    writeFileSync(join(dir, genreArticle(6).name), genreArticle(6).text);
    // Byte-identical to a file already there: ingest merges the two into one article with both files.
    cpSync(join(dir, 'vienna-rally.txt'), join(dir, 'vienna-rally-copy.txt'));
    const toronto = join(dir, 'toronto-vigil.md');
    writeFileSync(toronto, readFileSync(toronto, 'utf8').replace(/\n*$/, '\n\nThe vigil ended with a minute of silence for the 1,500 victims named by the organisers.\n'));
    rmSync(join(dir, 'aleppo-shelling.txt'));

    const second = await refresh();
    // Read again: the new report, the changed one, and the Vienna article (its file list changed); the rest reused.
    expect(second.build).toMatchObject({ articles: 10, reused: 7, reread: 3 });
    expect(refreshResultText(second)).toContain('Read 3 report(s); reused 7 from earlier builds.');
    const served = await servedData();
    expect(served).toBe(await fullBuild());
    const data = JSON.parse(served) as { articles: Array<{ files: string[]; text: string }> };
    expect(data.articles.find((a) => a.files.includes('toronto-vigil.md'))?.text).toContain('minute of silence for the 1,500 victims');
    expect(data.articles.find((a) => a.files.includes('vienna-rally.txt'))?.files).toEqual(['vienna-rally-copy.txt', 'vienna-rally.txt']);
    expect(data.articles.some((a) => a.files.includes('aleppo-shelling.txt'))).toBe(false);
    // What the removed and the old versions of changed files left behind is dropped: one parse per file, one extraction per article.
    expect(await stores.extractions.size()).toBe(11 + 10);
    expect(await sameSnapshotAsFullBuild()).toBe(true);

    // Nothing changed since: nothing is read, and no new version is stored.
    const third = await refresh();
    expect(third).toMatchObject({ unchanged: true, build: { reused: 10, reread: 0 } });
  });

  it('GIVEN a new report that makes a line recur often enough to be boilerplate THEN the reports holding that line are read again, as a full build would read them', async () => {
    for (let i = 0; i < 6; i++) rmSync(join(dir, genreArticle(i).name));
    // The closing line of one site's reports, in two of the four reports: under the three reports boilerplate needs.
    const closing = 'The participants carried photographs of prisoners and chanted slogans for freedom until the evening.';
    for (const f of ['vienna-rally.txt', 'toronto-vigil.md']) writeFileSync(join(dir, f), `${readFileSync(join(dir, f), 'utf8').trimEnd()}\n\n${closing}\n`);
    await refresh();
    expect(await servedData()).toBe(await fullBuild());
    expect(await servedData()).toContain(closing);
    // A third report with it: now it is boilerplate, and the two reports' texts (so their extraction keys) change.
    writeFileSync(join(dir, genreArticle(0).name), genreArticle(0).text);
    const r = await refresh();
    expect(r.build).toMatchObject({ articles: 5, reused: 2, reread: 3 });
    expect(await servedData()).toBe(await fullBuild());
    expect(await servedData()).not.toContain(closing);
  });

  it('GIVEN stored extractions that are corrupt (changed body, or another article’s) THEN they are not served: those reports are read again and the result equals a full build', async () => {
    await refresh();
    const raw = await (backend.name === 'redis' ? openRedisBackend(location.url) : openSqliteBackend(location.url));
    try {
      const kv = raw.keyv('archivist-extractions');
      const keys = ((await kv.get('index')) as string[]).filter((k) => k.startsWith('x:'));
      expect(keys).toHaveLength(10);
      const [a, b, c] = keys as [string, string, string];
      // A body edited without its checksum: the article now "has" a quote it does not have.
      const entryA = (await kv.get(a)) as { sha: string; body: string };
      await kv.set(a, { sha: entryA.sha, body: entryA.body.replace('"quotes":[', '"quotes":[{"id":"forged"},') });
      // A body with a valid checksum, but the extraction of another article.
      await kv.set(b, await kv.get(c));
      // Not an entry at all.
      await kv.set(c, 42);
    } finally {
      await raw.close();
    }
    const r = await refresh();
    expect(r.build).toMatchObject({ reused: 7, reread: 3 });
    expect(r.unchanged).toBe(true);
    expect(await servedData()).toBe(await fullBuild());
    expect(await servedData()).not.toContain('forged');
  });
});
