/**
 * The added-file refresh alone, repeatable: `tsx bench/refresh-add.ts ARTICLES_DIR STATE_DIR [RUNS] [WORKERS]`.
 * STATE_DIR keeps a copy of the archive and a SQLite store between invocations, so the extraction cache is filled
 * once (the first invocation runs a full refresh) and every later run measures only what the issue asks about:
 * a refresh after one file is added, with the serving index held in memory as in the bot. Each run adds a new file.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ArchiveHolder } from '../src/refresh/archive-holder.ts';
import { refreshArchive, stateFromStore, type RefreshContext } from '../src/refresh/refresh.ts';
import { openStores } from '../src/store/index.ts';

const [src = 'bench/out/seed1-n10000/articles', state = '/tmp/archivist-refresh-add', runsArg = '3', workersArg] = process.argv.slice(2);
const runs = Number(runsArg);
const workers = Number(workersArg ?? availableParallelism());
const log = (msg: string) => process.stderr.write(`[bench refresh-add] ${msg}\n`);

const dir = join(state, 'articles');
if (!existsSync(dir)) cpSync(src, dir, { recursive: true });
const stores = await openStores(`sqlite://${join(state, 'store.sqlite')}`);
const ctx: RefreshContext = { stores, config: { ARCHIVE_DIR: dir, MAX_ARTICLE_BYTES: 5 * 1024 * 1024, SNAPSHOTS_KEPT: 2, BUILD_WORKERS: workers } };
try {
  let current = await stores.snapshots.current();
  if (!current) {
    const t = performance.now();
    const full = await refreshArchive(ctx, { who: 'bench' });
    if (!full.ok) throw new Error(full.reason);
    log(`full refresh (fills the cache): ${((performance.now() - t) / 1000).toFixed(1)} s`);
    current = full.version;
  }
  const serving = await stateFromStore(stores, current);
  if (!serving.ok) throw new Error(serving.reason);
  ctx.holder = new ArchiveHolder(serving.state);
  const first = readdirSync(dir).filter((n) => !n.startsWith('zz-')).sort()[0] as string;
  const body = readFileSync(join(dir, first), 'utf8');
  const out: Array<{ ms: number; load: number; build: unknown }> = [];
  for (let r = 0; r < runs; r++) {
    const n = readdirSync(dir).filter((x) => x.startsWith('zz-added-')).length;
    writeFileSync(join(dir, `zz-added-${n}-${first}`), body.replace(/\.(\s)/, `. A sentence added for refresh benchmark run ${n}.$1`));
    const load = loadavg()[0] ?? 0;
    const t = performance.now();
    const add = await refreshArchive(ctx, { who: 'bench' });
    const ms = Math.round(performance.now() - t);
    if (!add.ok) throw new Error(add.reason);
    log(`added one file: ${(ms / 1000).toFixed(1)} s at load ${load.toFixed(2)} (build ${add.build.ms} ms, read ${add.build.reread}, reused ${add.build.reused}; steps ${JSON.stringify(add.build.steps)}; phases ${JSON.stringify(add.phases)})`);
    out.push({ ms, load, build: { ms: add.build.ms, steps: add.build.steps, phases: add.phases } });
  }
  console.log(JSON.stringify(out, null, 1));
} finally {
  await stores.close();
}
