/**
 * Build timings for one size: a full build on one thread and on the pool, then a refresh after adding one file
 * (everything else reused from the extraction cache). Runs on a copy of the generated archive with a throw-away
 * SQLite store, so the generated files and the repository's store are left as they are.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildArchiveFromFolder } from '../src/build.ts';
import type { BuildReport } from '../src/engine.ts';
import { archiveDataOf } from '../src/index/snapshot.ts';
import { ArchiveHolder } from '../src/refresh/archive-holder.ts';
import { refreshArchive, stateFromStore, type RefreshContext } from '../src/refresh/refresh.ts';
import { openStores } from '../src/store/index.ts';

export interface BuildTimes {
  /** Full build (`buildArchiveFromFolder`) on the calling thread. */
  oneWorkerMs: number;
  /** Full build on the pool (the calling thread and `poolWorkers - 1` worker threads), no cache. */
  poolMs: number;
  poolWorkers: number;
  /** The one-thread build, the pool build and the first refresh's stored version hold the same data, byte for byte. */
  sameData: boolean;
  /**
   * Whole refreshes (build in a worker, check, store, swap): the first one with an empty cache, then after adding one
   * file, as in the bot (the serving index held in memory).
   */
  refreshFullMs: number;
  refreshAddMs: number;
  /** The added-file refresh's build: articles reused and read, and its steps. */
  addBuild: Pick<BuildReport, 'ms' | 'reused' | 'reread' | 'steps'>;
  /** 1-minute load average before each of: one-thread build, pool build, first refresh, added-file refresh. */
  load: number[];
}

const log = (msg: string): void => {
  process.stderr.write(`[bench builds] ${msg}\n`);
};

export async function measureBuilds(articlesDir: string, workers = availableParallelism()): Promise<BuildTimes> {
  const tmp = mkdtempSync(join(tmpdir(), 'archivist-bench-builds-'));
  try {
    const dir = join(tmp, 'articles');
    cpSync(articlesDir, dir, { recursive: true });
    const load: number[] = [];

    load.push(loadavg()[0] ?? 0);
    let t = performance.now();
    // Each build's index is let go once serialised: two 10,000-article indexes at once would crowd the heap.
    const oneData = JSON.stringify((await buildArchiveFromFolder(dir, { workers: 1 })).index.data);
    const oneWorkerMs = performance.now() - t;
    log(`one thread: ${(oneWorkerMs / 1000).toFixed(1)} s`);

    load.push(loadavg()[0] ?? 0);
    t = performance.now();
    let pool: Awaited<ReturnType<typeof buildArchiveFromFolder>> | undefined = await buildArchiveFromFolder(dir, { workers });
    const poolMs = performance.now() - t;
    const poolWorkers = pool.report.workers ?? 1;
    let sameData = JSON.stringify(pool.index.data) === oneData;
    pool = undefined;
    log(`pool of ${poolWorkers}: ${(poolMs / 1000).toFixed(1)} s, same data: ${sameData}`);

    const stores = await openStores(`sqlite://${join(tmp, 'store.sqlite')}`);
    try {
      const ctx: RefreshContext = { stores, config: { ARCHIVE_DIR: dir, MAX_ARTICLE_BYTES: 5 * 1024 * 1024, SNAPSHOTS_KEPT: 2, BUILD_WORKERS: workers } };
      load.push(loadavg()[0] ?? 0);
      t = performance.now();
      const full = await refreshArchive(ctx, { who: 'bench' });
      const refreshFullMs = performance.now() - t;
      if (!full.ok) throw new Error(`bench: the full refresh failed: ${full.reason}`);
      const stored = await stores.snapshots.get(full.version);
      // The data the stored version serves once loaded (a snapshot keeps sentences as offsets: schema 3).
      sameData &&= stored !== undefined && JSON.stringify(archiveDataOf(stored)) === oneData;
      log(`first refresh (fills the cache): build ${(full.build.ms / 1000).toFixed(1)} s, refresh ${(refreshFullMs / 1000).toFixed(1)} s, same data: ${sameData}`);

      // From here on as in the bot: the serving index is held in memory (so the refresh does not load the previous
      // version from the store to tell what changed).
      const serving = await stateFromStore(stores, full.version);
      if (!serving.ok) throw new Error(`bench: the stored version does not load: ${serving.reason}`);
      ctx.holder = new ArchiveHolder(serving.state);

      // One new report: the first one with its first sentence changed, under a new name.
      const first = readdirSync(dir).sort()[0]!;
      writeFileSync(join(dir, `zz-added-${first}`), readFileSync(join(dir, first), 'utf8').replace(/\.(\s)/, '. A sentence added for the refresh benchmark.$1'));
      load.push(loadavg()[0] ?? 0);
      t = performance.now();
      const add = await refreshArchive(ctx, { who: 'bench' });
      const refreshAddMs = performance.now() - t;
      if (!add.ok) throw new Error(`bench: the added-file refresh failed: ${add.reason}`);
      log(`added one file: refresh ${(refreshAddMs / 1000).toFixed(1)} s (read ${add.build.reread}, reused ${add.build.reused}; steps ${JSON.stringify(add.build.steps)})`);
      return {
        oneWorkerMs,
        poolMs,
        poolWorkers,
        sameData,
        refreshFullMs,
        refreshAddMs,
        addBuild: { ms: add.build.ms, ...(add.build.reused !== undefined ? { reused: add.build.reused } : {}), ...(add.build.reread !== undefined ? { reread: add.build.reread } : {}), ...(add.build.steps ? { steps: add.build.steps } : {}) },
        load,
      };
    } finally {
      await stores.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('builds.ts')) {
  // `tsx bench/builds.ts DIR [WORKERS]`: the build timings alone, for an archive already generated.
  const r = await measureBuilds(process.argv[2] ?? 'bench/out/seed1-n1000/articles', Number(process.argv[3] ?? availableParallelism()));
  console.log(JSON.stringify(r, null, 1));
}
