/**
 * `npm run bench [-- --sizes 10,1000,10000] [--seed N] [--max-questions 1000] [--asks 1000] [--builds no]`
 * For each size: a child process generates the archive and measures it (bench/measure.ts; then, unless `--builds no`,
 * full builds on one thread and on the pool and a refresh after adding one file, bench/builds.ts), then fresh processes
 * load the stored snapshot and answer one question (bench/ready.ts, bundled as `npm start` bundles the bot), and ask the
 * timed questions as a serving shard does (bench/asks.ts, bundled too). Prints a table; writes bench/results.json.
 * `--baseline FILE` compares answers with that `answers.jsonl` instead of the previous run's in the size's folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SizeResult } from './measure.ts';
import { bundleEntries } from '../scripts/bundle.ts';
import type { Snapshot } from '../src/index/snapshot.ts';
import { openStores } from '../src/store/index.ts';
import { probePropagation, type PropagationProbe } from './propagation.ts';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? dflt) : dflt;
}

interface ReadyProbe {
  /** Wall time from spawning `node bench/out/bundle/ready.js` to its exit, median of the runs. */
  wallMs: number;
  /** Time from process start to the answer, measured inside the child (excludes process exit). */
  readyMs: number;
  importedMs: number;
  loadedMs: number;
  maxRssMB: number;
  runs: number;
  /** One more run that then reads the index ahead, as a serving shard does in the background: its time and peak RSS. */
  readAhead?: { ms: number; maxRssMB: number };
}

interface SizeReport extends SizeResult {
  totalWallS: number;
  /** 1-minute load average before and after this size: timings on a shared machine depend on it. */
  load: { before: number; after: number };
  ready: ReadyProbe;
  /** The same through a SQLite store, as a shard loads its snapshot (store driver, read from the database). */
  readyFromStore: ReadyProbe;
  /** A new version made current on a Redis store reaching 2 following processes (absent without redis-server). */
  propagation?: PropagationProbe;
  /** The timed questions asked in a serving process (bench/asks.ts): first asked after loading, and once read ahead. */
  serving: { first: ServingAsks; readAhead: ServingAsks };
  targets: Record<string, { target: string; measured: string; met: boolean }>;
}

/** Latency of the timed questions in a serving process (see bench/asks.ts). */
interface ServingAsks {
  n: number;
  p50: number;
  p99: number;
  max: number;
  sameAnswers: number;
  compared: number;
  maxRssMB: number;
}

const TSX = ['--import', 'tsx'];

/**
 * The start-up probe bundled as `npm start` bundles the bot (scripts/bundle.ts): a shard starts from the bundle,
 * without tsx's loader, so the probe does too.
 */
async function bundledProbes(): Promise<{ ready: string; asks: string }> {
  const dir = join('bench', 'out', 'bundle');
  await bundleEntries(dir, { ready: 'bench/ready.ts', asks: 'bench/asks.ts' });
  return { ready: join(dir, 'ready.js'), asks: join(dir, 'asks.js') };
}

/** The timed questions asked in a fresh serving process (bench/asks.ts), first asked or once read ahead. */
function probeAsks(entry: string, snapshotFile: string, timedFile: string, readAhead: boolean): ServingAsks {
  const r = spawnSync(process.execPath, [entry, snapshotFile, timedFile, ...(readAhead ? ['read-ahead'] : [])], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench: the serving latency probe failed: ${r.stderr.slice(-1000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as ServingAsks;
}

/** A SQLite store in `dir` whose current version is the snapshot file (made afresh); its URL. */
async function sqliteStoreWith(dir: string, snapshotFile: string): Promise<string> {
  const file = join(dir, 'store.sqlite');
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const url = `sqlite://${file}`;
  const stores = await openStores(url);
  const json = readFileSync(snapshotFile, 'utf8');
  await stores.snapshots.put('bench', JSON.parse(json) as Snapshot, json);
  await stores.snapshots.setCurrent('bench');
  await stores.close();
  return url;
}

/** `source`: a snapshot file or a store URL (see bench/ready.ts). */
function probeReady(entry: string, source: string, question: string, runs: number): ReadyProbe {
  const walls: number[] = [];
  const inner: Array<{ importedMs: number; loadedMs: number; readyMs: number; maxRssMB: number }> = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [entry, source, question], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    walls.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`bench: the ready probe failed: ${r.stderr.slice(-1000)}`);
    inner.push(JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}'));
  }
  const mid = <T>(xs: T[], key: (x: T) => number): number => xs.map(key).sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return {
    wallMs: mid(walls, (x) => x),
    readyMs: mid(inner, (x) => x.readyMs),
    importedMs: mid(inner, (x) => x.importedMs),
    loadedMs: mid(inner, (x) => x.loadedMs),
    maxRssMB: Math.max(...inner.map((x) => x.maxRssMB)),
    runs,
  };
}

/** A ready probe run that then reads the index ahead (see bench/ready.ts). */
function probeReadAhead(entry: string, source: string, question: string): { ms: number; maxRssMB: number } {
  const r = spawnSync(process.execPath, [entry, source, question, 'read-ahead'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench: the read-ahead probe failed: ${r.stderr.slice(-1000)}`);
  const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { readAheadMs: number; readAheadRssMB: number };
  return { ms: out.readAheadMs, maxRssMB: out.readAheadRssMB };
}

function targets(r: SizeResult, ready: ReadyProbe, serving: SizeReport['serving']): SizeReport['targets'] {
  const f1s = (['events', 'speakers', 'quotes', 'figures'] as const).map((k) => `${k} ${r.extraction[k].f1.toFixed(3)}`);
  const minF1 = Math.min(...(['events', 'speakers', 'quotes', 'figures'] as const).map((k) => r.extraction[k].f1));
  return {
    ingest: { target: '≥ 0.5 × bare wink throughput', measured: `${r.ingest.ratioToFloor.toFixed(2)} ×`, met: r.ingest.ratioToFloor >= 0.5 },
    askP99: { target: '< 20 ms in a serving process', measured: `${serving.first.p99.toFixed(2)} ms`, met: serving.first.p99 < 20 },
    askP99ReadAhead: { target: '< 20 ms in a serving process once read ahead', measured: `${serving.readAhead.p99.toFixed(2)} ms`, met: serving.readAhead.p99 < 20 },
    ready: { target: '< 1 s from process start', measured: `${(ready.wallMs / 1000).toFixed(2)} s wall, ${(ready.readyMs / 1000).toFixed(2)} s in-process`, met: ready.wallMs < 1000 },
    servingRss: {
      target: '≤ 300 MB per shard (peak RSS of a serving process)',
      measured: `${ready.maxRssMB.toFixed(0)} MB at ready, ${serving.first.maxRssMB.toFixed(0)} MB after the timed questions, ${serving.readAhead.maxRssMB.toFixed(0)} MB after them once read ahead`,
      met: Math.max(ready.maxRssMB, serving.first.maxRssMB, serving.readAhead.maxRssMB) <= 300,
    },
    rss: { target: '< 1 GB', measured: `${r.maxRssMB.toFixed(0)} MB build, ${ready.maxRssMB.toFixed(0)} MB serve`, met: r.maxRssMB < 1024 && ready.maxRssMB < 1024 },
    f1: { target: '≥ 0.95 per type', measured: f1s.join(', '), met: minF1 >= 0.95 },
  };
}

function table(reports: SizeReport[]): string {
  const rows: Array<[string, (r: SizeReport) => string]> = [
    ['articles (files)', (r) => `${r.articles} (${r.n})`],
    ['tokens', (r) => String(r.tokens)],
    ['events P/R/F1', (r) => prfCell(r, 'events')],
    ['speakers P/R/F1', (r) => prfCell(r, 'speakers')],
    ['quotes P/R/F1', (r) => prfCell(r, 'quotes')],
    ['figures P/R/F1', (r) => prfCell(r, 'figures')],
    ['roles / qualifiers / venues / organisers', (r) => [r.extraction.details.speakerRoles, r.extraction.details.figureQualifiers, r.extraction.details.eventVenues, r.extraction.details.eventOrganisers].map((x) => x.toFixed(2)).join(' / ')],
    ['questions correct (strict)', (r) => `${r.answers.correct}/${r.answers.asked} (${(100 * r.answers.accuracy).toFixed(1)}%)`],
    ['wrong answers', (r) => String(r.answers.wrong)],
    ['ingest articles/s', (r) => r.ingest.articlesPerS.toFixed(1)],
    ['ingest tokens/s', (r) => r.ingest.tokensPerS.toFixed(0)],
    ['bare wink tokens/s', (r) => r.floor.tokensPerS.toFixed(0)],
    ['ingest / bare wink', (r) => `${r.ingest.ratioToFloor.toFixed(2)} ×`],
    ['ingest: ingest+extract / merge+index', (r) => `${(r.ingest.extractMs / 1000).toFixed(1)} / ${(r.ingest.indexMs / 1000).toFixed(1)} s`],
    ['snapshot size', (r) => `${(r.snapshot.bytes / 1048576).toFixed(2)} MB`],
    ['snapshot save / load', (r) => `${r.snapshot.saveMs.toFixed(0)} / ${r.snapshot.loadMs.toFixed(0)} ms`],
    ['ready to answer from the snapshot file (wall / in-process)', (r) => `${r.ready.wallMs.toFixed(0)} / ${r.ready.readyMs.toFixed(0)} ms`],
    ['ready to answer from a SQLite store, as a shard (wall / in-process)', (r) => `${r.readyFromStore.wallMs.toFixed(0)} / ${r.readyFromStore.readyMs.toFixed(0)} ms`],
    ['ask in a serving process p50 / p99 / max (same answers)', (r) => servingCell(r.serving.first)],
    ['ask in a serving process once read ahead p50 / p99 / max (same answers)', (r) => servingCell(r.serving.readAhead)],
    ['ask in the bench process p50 / p99 / max', (r) => `${r.ask.p50.toFixed(2)} / ${r.ask.p99.toFixed(2)} / ${r.ask.max.toFixed(1)} ms`],
    ['read ahead (background, after ready): time / serving RSS after', (r) => `${(r.readAhead.ms / 1000).toFixed(1)} s / ${r.ready.readAhead ? r.ready.readAhead.maxRssMB.toFixed(0) : '–'} MB`],
    ['ask in the bench process once read ahead p50 / p99 / max (same answers)', (r) => `${r.readAhead.ask.p50.toFixed(2)} / ${r.readAhead.ask.p99.toFixed(2)} / ${r.readAhead.ask.max.toFixed(1)} ms (${r.readAhead.sameAnswers})`],
    ['ask again in the bench process p50 / p99 / max', (r) => (r.askAgain ? `${r.askAgain.p50.toFixed(2)} / ${r.askAgain.p99.toFixed(2)} / ${r.askAgain.max.toFixed(1)} ms` : '-')],
    ['passage search p50 / p99', (r) => `${r.passageSearch.p50.toFixed(2)} / ${r.passageSearch.p99.toFixed(2)} ms`],
    ['same top-5 / same answer as the previous run', (r) => (r.sameAsBaseline ? `${r.sameAsBaseline.sameTop5} / ${r.sameAsBaseline.sameAnswer} of ${r.sameAsBaseline.compared}` : 'no previous run')],
    ['ask / search (p50, p99)', (r) => `${r.askToSearchP50.toFixed(1)} ×, ${r.askToSearchP99.toFixed(1)} ×`],
    ['version propagation to 2 shards (load part)', (r) => (r.propagation ? `${r.propagation.ms.join(' / ')} ms (${r.propagation.loadMs.join(' / ')} ms)` : 'n/a: redis-server not installed')],
    ['peak RSS build / serve', (r) => `${r.maxRssMB.toFixed(0)} / ${r.ready.maxRssMB.toFixed(0)} MB`],
    ['serving RSS: at ready / after the timed questions / after them once read ahead', (r) => `${r.ready.maxRssMB.toFixed(0)} / ${r.serving.first.maxRssMB.toFixed(0)} / ${r.serving.readAhead.maxRssMB.toFixed(0)} MB`],
    ...buildRows(),
    ['bench wall time', (r) => `${r.totalWallS.toFixed(0)} s`],
    ['load average before / after', (r) => `${r.load.before.toFixed(1)} / ${r.load.after.toFixed(1)}`],
  ];
  const head = ['metric', ...reports.map((r) => `n=${r.n}`)];
  const body = rows.map(([name, f]) => [name, ...reports.map(f)]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** Rows of bench/builds.ts: full build on one thread and on the pool, refresh after adding one file. */
function buildRows(): Array<[string, (r: SizeReport) => string]> {
  const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
  return [
    ['full build: 1 thread / pool (threads)', (r) => (r.builds ? `${s(r.builds.oneWorkerMs)} / ${s(r.builds.poolMs)} (${r.builds.poolWorkers})${r.builds.sameData ? '' : ' DIFFERENT DATA'}` : '–')],
    ['refresh: full / one file added', (r) => (r.builds ? `${s(r.builds.refreshFullMs)} / ${s(r.builds.refreshAddMs)}` : '–')],
    ['one file added: read / reused', (r) => (r.builds ? `${r.builds.addBuild.reread ?? '–'} / ${r.builds.addBuild.reused ?? '–'}` : '–')],
    ['load average at the builds', (r) => (r.builds ? r.builds.load.map((l) => l.toFixed(1)).join(' / ') : '–')],
  ];
}

function servingCell(a: ServingAsks): string {
  return `${a.p50.toFixed(2)} / ${a.p99.toFixed(2)} / ${a.max.toFixed(1)} ms (${a.sameAnswers}/${a.compared})`;
}

function prfCell(r: SizeReport, k: 'events' | 'speakers' | 'quotes' | 'figures'): string {
  const p = r.extraction[k];
  return `${p.precision.toFixed(2)} / ${p.recall.toFixed(2)} / ${p.f1.toFixed(2)}`;
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '10,1000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
  const seed = Number(arg('seed', '1'));
  const reports: SizeReport[] = [];
  const probes = await bundledProbes();
  const readyEntry = probes.ready;
  for (const n of sizes) {
    const dir = join('bench', 'out', `seed${seed}-n${n}`);
    mkdirSync(dir, { recursive: true });
    const out = join(dir, 'result.json');
    const loadBefore = loadavg()[0] ?? 0;
    const t = performance.now();
    const child = spawnSync(
      process.execPath,
      [...TSX, 'bench/measure.ts', '--n', String(n), '--seed', String(seed), '--dir', dir, '--out', out, '--max-questions', arg('max-questions', '1000'), '--asks', arg('asks', '1000'), '--builds', arg('builds', 'yes'), ...(process.argv.includes('--baseline') ? ['--baseline', arg('baseline', '')] : [])],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (child.status !== 0) {
      console.error(`bench: size ${n} failed (exit ${child.status})`);
      process.exitCode = 1;
      continue;
    }
    const totalWallS = (performance.now() - t) / 1000;
    const r = JSON.parse(readFileSync(out, 'utf8')) as SizeResult;
    const ready = { ...probeReady(readyEntry, r.snapshot.file, r.probeQuestion, 3), readAhead: probeReadAhead(readyEntry, r.snapshot.file, r.probeQuestion) };
    const readyFromStore = probeReady(readyEntry, await sqliteStoreWith(dir, r.snapshot.file), r.probeQuestion, 3);
    const serving = { first: probeAsks(probes.asks, r.snapshot.file, r.timedFile, false), readAhead: probeAsks(probes.asks, r.snapshot.file, r.timedFile, true) };
    const propagation = await probePropagation(r.snapshot.file);
    reports.push({ ...r, totalWallS, load: { before: loadBefore, after: loadavg()[0] ?? 0 }, ready, readyFromStore, serving, ...(propagation ? { propagation } : {}), targets: targets(r, ready, serving) });
  }
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], { encoding: 'utf8' }).stdout.trim() !== '';
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
  writeFileSync(join('bench', 'results.json'), JSON.stringify({ ranAt: new Date().toISOString(), commit: `${git}${dirty ? ' (src modified)' : ''}`, seed, machine, sizes: reports }, null, 1));
  console.log(`\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}; commit ${git}${dirty ? ' (src modified)' : ''}\n`);
  console.log(table(reports));
  for (const r of reports) {
    const missed = Object.entries(r.targets).filter(([, v]) => !v.met);
    console.log(`\nn=${r.n} targets: ${missed.length ? missed.map(([k, v]) => `${k} missed (${v.measured}; target ${v.target})`).join('; ') : 'all met'}`);
  }
  console.log('\nwritten: bench/results.json (answer failures and details per size are in it)');
}

await main();
