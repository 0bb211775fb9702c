import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away redis-server on a free loopback port, for running the store and refresh suites against Redis.
 * Without `redis-server` on the PATH the Redis suites are skipped with a printed reason, except under CI=true,
 * where `requireRedisOrSkip` throws so the run fails.
 */

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Why Redis tests cannot run here, or undefined when `redis-server` is installed. */
export function redisMissingReason(): string | undefined {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return 'redis-server is not installed (Debian: apt-get install redis-server)';
  }
  return undefined;
}

/** True when the Redis suites should run; prints why not otherwise; throws under CI=true when redis-server is missing. */
export function redisAvailable(): boolean {
  const reason = redisMissingReason();
  if (reason === undefined) return true;
  if (process.env['CI'] === 'true') throw new Error(`tests: CI=true but ${reason}: the Redis variants of the store and refresh suites must run`);
  console.warn(`[skip] ${reason}: the Redis variants of the store and refresh suites are skipped`);
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/** Starts redis-server with no persistence on 127.0.0.1 (on `port`, to bring a stopped one back) and waits until it accepts connections. */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'archivist-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`tests: redis-server did not start on ${port}: ${output}`)), 10_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`tests: redis-server exited with ${code}: ${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A store URL plus its clean-up, for suites that run against both backends. */
export interface StoreBackend {
  name: 'sqlite' | 'redis';
  /** A fresh, empty store location. */
  start(): Promise<{ url: string; stop(): Promise<void> }>;
}

/** The backends to run a suite against: sqlite always, redis when installed (see `redisAvailable`). */
export function storeBackends(): StoreBackend[] {
  const sqlite: StoreBackend = {
    name: 'sqlite',
    async start() {
      const dir = mkdtempSync(join(tmpdir(), 'archivist-store-'));
      return {
        url: `sqlite://${join(dir, 'nested', 'store.sqlite')}`,
        async stop() {
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
  const redis: StoreBackend = {
    name: 'redis',
    async start() {
      const server = await startRedisServer();
      return { url: server.url, stop: () => server.stop() };
    },
  };
  return redisAvailable() ? [sqlite, redis] : [sqlite];
}
