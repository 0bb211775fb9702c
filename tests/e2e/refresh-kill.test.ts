import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadServingArchive, refreshArchive } from '../../src/refresh/index.ts';
import { openStores } from '../../src/store/index.ts';
import { genreArticle } from '../fixtures/refresh/make-articles.ts';
import { storeBackends } from '../support/redis-server.ts';

// Worker builds slow down when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

/**
 * A crash in the middle of a refresh: the real CLI (`src/cli.ts refresh`) is started as a child process on a
 * large archive and killed with SIGKILL; a new process (here: a fresh store connection and the start-up loader)
 * must serve a version that loads, and a kill before the new version is saved must leave the previous one current.
 */

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/refresh/archive');
const ARTICLES = 120;

function startCliRefresh(dir: string, storeUrl: string) {
  return runCli(['refresh', '--archive', dir], storeUrl, dir);
}

/** Runs `src/cli.ts` in a child process, as `npm run cli` does. */
function runCli(args: string[], storeUrl: string, dir: string): { child: ChildProcess; stderr: () => string; stdout: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, STORE_URL: storeUrl, ARCHIVE_DIR: dir, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  let out = '';
  child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return { child, stderr: () => err, stdout: () => out, exited };
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`tests: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(storeBackends())('kill -9 during a refresh on $name', (backend) => {
  let tmp: string;
  let dir: string;
  let location: { url: string; stop(): Promise<void> };
  let v1: string;
  const config = () => ({ ARCHIVE_DIR: dir, MAX_ARTICLE_BYTES: 5 * 1024 * 1024, SNAPSHOTS_KEPT: 5 });
  let running: ChildProcess | undefined;

  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'archivist-kill-'));
    dir = join(tmp, 'articles');
    cpSync(FIXTURES, dir, { recursive: true });
    location = await backend.start();
    const stores = await openStores(location.url);
    v1 = (await loadServingArchive(stores, config())).state.version;
    await stores.close();
    for (let i = 0; i < ARTICLES; i++) {
      const a = genreArticle(i);
      writeFileSync(join(dir, a.name), a.text);
    }
  });
  afterEach(async () => {
    if (running && running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
    await location.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('GIVEN the CLI refresh is killed while parsing THEN a restart serves the previous version, and the dead run is named by the lock', async () => {
    const run = startCliRefresh(dir, location.url);
    running = run.child;
    await waitFor(() => /parsed ([1-9]\d*) \/ \d+ articles/.test(run.stderr()), 'the child to parse some articles');
    run.child.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');

    const stores = await openStores(location.url);
    try {
      expect(await stores.snapshots.current()).toBe(v1);
      const loaded = await loadServingArchive(stores, config());
      expect(loaded).toMatchObject({ source: 'snapshot', problems: [], state: { version: v1 } });
      expect(loaded.state.index.data.articles).toHaveLength(4);
      // The killed run still holds the lock until it expires: a new refresh is told whose it was.
      const next = await refreshArchive({ stores, config: config() }, { who: 'mod-after-crash' });
      expect(next).toMatchObject({ ok: false, busy: { who: expect.stringMatching(/^cli/) } });
    } finally {
      await stores.close();
    }
  });

  it('GIVEN the CLI refresh is killed as it starts saving THEN a restart serves a version that loads (the previous or the complete new one)', async () => {
    const run = startCliRefresh(dir, location.url);
    running = run.child;
    await waitFor(() => /saving the new version/.test(run.stderr()) || run.child.exitCode !== null, 'the child to start saving');
    run.child.kill('SIGKILL');
    await run.exited;

    const stores = await openStores(location.url);
    try {
      const current = await stores.snapshots.current();
      const loaded = await loadServingArchive(stores, config());
      expect(loaded.source).toBe('snapshot');
      expect(loaded.problems).toEqual([]);
      expect(loaded.state.version).toBe(current);
      expect([4, 4 + ARTICLES]).toContain(loaded.state.index.data.articles.length);
      if (current !== v1) expect(loaded.state.index.data.articles).toHaveLength(4 + ARTICLES);
    } finally {
      await stores.close();
    }
  });

  it('GIVEN the same CLI refresh left alone THEN it completes, prints the diff and moves the current version (the kill above is what stops it); --rollback and --history work from the CLI', async () => {
    const run = startCliRefresh(dir, location.url);
    running = run.child;
    const { code } = await run.exited;
    expect(code).toBe(0);
    expect(run.stdout()).toMatch(new RegExp(`^Archive refreshed: version \\S+ \\(was ${v1}\\), ${4 + ARTICLES} article`));
    expect(run.stdout()).toMatch(new RegExp(`\\+${ARTICLES} articles, -0 removed, 0 changed`));
    const stores = await openStores(location.url);
    try {
      expect(await stores.snapshots.current()).not.toBe(v1);
      expect((await stores.audit.list(1))[0]).toMatchObject({ action: 'refresh', result: 'ok', who: expect.stringMatching(/^cli/) });
    } finally {
      await stores.close();
    }

    const rollback = runCli(['refresh', '--rollback'], location.url, dir);
    expect((await rollback.exited).code).toBe(0);
    expect(rollback.stdout()).toMatch(new RegExp(`^Rolled back to version ${v1} `));
    const history = runCli(['refresh', '--history'], location.url, dir);
    expect((await history.exited).code).toBe(0);
    expect(history.stdout().split('\n').slice(0, 2).map((l) => l.split(' · ').slice(1, 3).join(' '))).toEqual(['rollback ok', 'refresh ok']);
    const missing = runCli(['refresh', '--archive', join(tmp, 'nowhere')], location.url, dir);
    expect((await missing.exited).code).toBe(2);
    expect(missing.stderr()).toMatch(/archive folder not found/);
  });
});
