/**
 * Version propagation across 2 shards: two serving processes follow a Redis store holding the bench's snapshot;
 * a new version is made current and each process reports when it serves it. Needs `redis-server` on the PATH.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStores } from '../src/store/index.ts';
import type { Snapshot } from '../src/index/snapshot.ts';

export interface PropagationProbe {
  /** Milliseconds from `setCurrent` to each process serving the new version, slowest first. */
  ms: number[];
  /** Of that, the time each spent loading the new version from the store. */
  loadMs: number[];
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => done(port));
    });
  });
}

function lines(child: ChildProcess, onLine: (o: Record<string, any>) => void): void {
  let partial = '';
  child.stdout?.on('data', (b: Buffer) => {
    const all = (partial + b.toString()).split('\n');
    partial = all.pop() ?? '';
    for (const l of all) if (l.trim()) onLine(JSON.parse(l) as Record<string, any>);
  });
}

/** Undefined when redis-server is not installed (the bench says so instead of a number). */
export async function probePropagation(snapshotFile: string, shards = 2): Promise<PropagationProbe | undefined> {
  if (spawnSync('redis-server', ['--version']).status !== 0) return undefined;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'archivist-bench-redis-'));
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  const children: ChildProcess[] = [];
  try {
    const url = `redis://127.0.0.1:${port}`;
    let stores;
    for (let i = 0; ; i++) {
      try {
        stores = await openStores(url);
        break;
      } catch (err) {
        if (i > 50) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
    await stores.snapshots.put('v1', snapshot);
    await stores.snapshots.setCurrent('v1');
    await stores.snapshots.put('v2', { ...snapshot, builtAt: new Date().toISOString() });
    const swapped: Array<{ at: number; loadMs: number }> = [];
    await Promise.all(
      Array.from({ length: shards }, () => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'bench/follower.ts', url], { stdio: ['pipe', 'pipe', 'inherit'] });
        children.push(child);
        return new Promise<void>((ready, fail) => {
          child.once('exit', (code) => fail(new Error(`bench: a follower exited with ${code}`)));
          lines(child, (o) => {
            if (o['event'] === 'ready') ready();
            if (o['event'] === 'swapped') swapped.push({ at: o['at'] as number, loadMs: o['loadMs'] as number });
          });
        });
      }),
    );
    const t0 = Date.now();
    await stores.snapshots.setCurrent('v2');
    const deadline = Date.now() + 120_000;
    while (swapped.length < shards && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await stores.close();
    if (swapped.length < shards) throw new Error(`bench: only ${swapped.length} of ${shards} followers swapped within 120 s`);
    return { ms: swapped.map((s) => s.at - t0).sort((a, b) => b - a), loadMs: swapped.map((s) => Math.round(s.loadMs)).sort((a, b) => b - a) };
  } finally {
    for (const c of children) {
      c.removeAllListeners('exit');
      c.kill();
    }
    redis.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `tsx bench/propagation.ts SNAPSHOT.json`: the probe alone.
if (process.argv[1]?.endsWith('propagation.ts') && process.argv[2]) {
  console.log(JSON.stringify(await probePropagation(process.argv[2])));
}
