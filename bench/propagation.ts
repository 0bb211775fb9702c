/**
 * Version propagation across 2 shards: two serving processes follow a Redis store holding the bench's snapshot;
 * a new version is made current and each process reports when it serves it. Needs `redis-server` on the PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openStores } from '../src/store/index.ts';
import type { Snapshot } from '../src/index/snapshot.ts';
// The throw-away redis-server the store tests use (free loopback port, no persistence, waits until it accepts).
import { redisMissingReason, startRedisServer } from '../tests/support/redis-server.ts';

export interface PropagationProbe {
  /** Milliseconds from `setCurrent` to each process serving the new version, slowest first. */
  ms: number[];
  /** Of that, the time each spent loading the new version from the store. */
  loadMs: number[];
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
  if (redisMissingReason()) return undefined;
  const redis = await startRedisServer();
  const children: ChildProcess[] = [];
  try {
    const url = redis.url;
    const stores = await openStores(url);
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
    await redis.stop();
  }
}

// `tsx bench/propagation.ts SNAPSHOT.json`: the probe alone.
if (process.argv[1]?.endsWith('propagation.ts') && process.argv[2]) {
  console.log(JSON.stringify(await probePropagation(process.argv[2])));
}
