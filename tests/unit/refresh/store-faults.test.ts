import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import stats from '../../../commands/stats.ts';
import { ArchiveHolder } from '../../../src/refresh/archive-holder.ts';
import { loadServingArchive, refreshArchive, rollbackArchive, type RefreshContext } from '../../../src/refresh/index.ts';
import { sqlitePath } from '../../../src/store/backend.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';
import { genreArticle } from '../../fixtures/refresh/make-articles.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/refresh/archive');

/** A stored snapshot body cut short, as a crash or a full disk in the middle of a write could leave it. */
async function truncateStoredVersion(url: string, version: string): Promise<void> {
  const raw = new KeyvSqlite({ uri: `sqlite://${sqlitePath(url)}` });
  const rows = (await raw.query('SELECT key, length(value) AS n FROM keyv WHERE key LIKE ?', `%v:${version}`)) as Array<{ key: string; n: number }>;
  expect(rows).toHaveLength(1);
  await raw.query('UPDATE keyv SET value = substr(value, 1, ?) WHERE key = ?', Math.floor(rows[0]!.n / 2), rows[0]!.key);
  await raw.disconnect();
}

async function statsText(holder: ArchiveHolder): Promise<string> {
  const reply = (await stats.execute({ archive: holder.get() } as never)) as { pages: Array<{ embeds: Array<{ description?: string }> }> };
  return reply.pages[0]!.embeds[0]!.description ?? '';
}

describe('store faults: a snapshot that does not load, a full disk, a read-only disk', () => {
  let tmp: string;
  let dir: string;
  let stores: Stores | undefined;

  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'archivist-store-faults-'));
    dir = join(tmp, 'articles');
    cpSync(FIXTURES, dir, { recursive: true });
  });
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
    rmSync(tmp, { recursive: true, force: true });
  });

  async function serving(url: string): Promise<{ ctx: RefreshContext; holder: ArchiveHolder; problems: string[] }> {
    stores = await openStores(url);
    const config = { ARCHIVE_DIR: dir, MAX_ARTICLE_BYTES: 200_000, SNAPSHOTS_KEPT: 5 };
    const loaded = await loadServingArchive(stores, config);
    const holder = new ArchiveHolder(loaded.state);
    return { ctx: { stores, holder, config }, holder, problems: loaded.problems };
  }

  async function addVersion(ctx: RefreshContext, i: number): Promise<string> {
    const a = genreArticle(i);
    writeFileSync(join(dir, a.name), a.text);
    const r = await refreshArchive(ctx, { who: 'mod-anna' });
    if (!r.ok) throw new Error(r.reason);
    return r.version;
  }

  it('GIVEN the current snapshot truncated THEN start-up serves the newest version that loads, says so in the log lines and /stats, and a moderator can roll back', async () => {
    const url = `sqlite://${join(tmp, 'store.sqlite')}`;
    let s = await serving(url);
    const v1 = s.holder.get().version;
    const v2 = await addVersion(s.ctx, 1);
    const v3 = await addVersion(s.ctx, 2);
    await stores!.close();
    stores = undefined;
    await truncateStoredVersion(url, v3);

    s = await serving(url);
    expect(s.holder.get().version).toBe(v2);
    expect(s.problems.join('\n')).toMatch(new RegExp(`version ${v3} does not load: .*JSON`));
    expect(await statsText(s.holder)).toMatch(new RegExp(`Warning:\\*\\* stored version ${v3} does not load .*serving ${v2}, the newest that does`));
    expect(await stores!.snapshots.current()).toBe(v2);

    const back = await rollbackArchive(s.ctx, 'mod-anna');
    expect(back).toMatchObject({ ok: true, version: v1 });
    expect(s.holder.get().version).toBe(v1);
    expect(await statsText(s.holder)).not.toMatch(/Warning/);
  });

  it('GIVEN a full disk (SQLITE_FULL) THEN the refresh fails with the reason, the serving version is unchanged and nothing half-written is current', async () => {
    // A real full disk where this process may mount a small tmpfs; elsewhere SQLite's page cap gives the same error.
    const disk = mountTmpfs(join(tmp, 'disk'), '512k');
    const url = `sqlite://${join(disk ?? tmp, 'store.sqlite')}`;
    try {
      const first = await serving(url);
      const v1 = first.holder.get().version;
      let { ctx, holder } = first;
      if (!disk) {
        await stores!.close();
        ({ ctx, holder } = await serving(`${url}?max_size_mb=${(statSync(sqlitePath(url)).size + 64 * 1024) / (1024 * 1024)}`));
      }
      for (let i = 0; i < 250; i++) {
        const a = genreArticle(100 + i);
        writeFileSync(join(dir, a.name), a.text);
      }
      const r = await refreshArchive(ctx, { who: 'mod-anna' });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.reason).toMatch(/refresh: (could not store the new version|the store is unavailable).*SQLITE_FULL/);
      expect(holder.get().version).toBe(v1);
      expect(await stores!.snapshots.current()).toBe(v1);
      expect((await stores!.snapshots.list()).map((v) => v.version)).toEqual([v1]);
    } finally {
      await stores?.close();
      stores = undefined;
      if (disk) spawnSync('umount', ['-l', disk]);
    }
  });

  it('GIVEN a read-only store THEN the refresh says the store is unavailable and the serving version is unchanged', async () => {
    const url = `sqlite://${join(tmp, 'store.sqlite')}`;
    const first = await serving(url);
    const v1 = first.holder.get().version;
    await stores!.close();
    // SQLite's read-only mode refuses every write as a read-only disk does (a mounted disk cannot be made
    // read-only under a process that has files open for writing).
    const { ctx, holder } = await serving(`${url}?readonly=true`);
    expect(holder.get().version).toBe(v1);
    const a = genreArticle(7);
    writeFileSync(join(dir, a.name), a.text);
    const r = await refreshArchive(ctx, { who: 'mod-anna' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(/refresh: the store is unavailable \(SQLITE_READONLY.*\): nothing was changed; version .* keeps serving/);
    expect(holder.get().version).toBe(v1);
    expect(await stores!.snapshots.current()).toBe(v1);
  });
});

describe('sqlite store options', () => {
  it('GIVEN an unknown option or a bad size in STORE_URL THEN opening fails naming it', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'archivist-store-opts-'));
    try {
      await expect(openStores(`sqlite://${join(tmp, 's.sqlite')}?size=1`)).rejects.toThrow('store: unknown sqlite option "size" in STORE_URL (known: max_size_mb, readonly)');
      await expect(openStores(`sqlite://${join(tmp, 's.sqlite')}?max_size_mb=0`)).rejects.toThrow('store: max_size_mb must be a positive number of megabytes, got "0"');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

/** Mounts a small tmpfs at `at` when this process may (root with mount rights); undefined otherwise. */
function mountTmpfs(at: string, size: string): string | undefined {
  mkdirSync(at, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { encoding: 'utf8' });
  return r.status === 0 ? at : undefined;
}
