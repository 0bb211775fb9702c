import { Worker } from 'node:worker_threads';
import type { BuildCache } from '../build/reuse.ts';
import { workerBootstrap } from '../build/worker-bootstrap.ts';
import type { BuildReport } from '../engine.ts';

export interface BuildWorkerData {
  dir: string;
  maxBytes: number;
  reportBudgetMs?: number;
  /** Worker threads the build may start for parsing and extraction (default: the build's). */
  workers?: number;
  /** Heap cap of each of those threads (MB). */
  maxMemoryMb?: number;
  /** The parent answers cache requests (`CacheRequest`): reuse earlier builds' results. */
  cache: boolean;
}

/** A request of the build worker to the parent's extraction cache (the store lives in the parent's thread). */
export type CacheRequest =
  | { type: 'cache'; id: number; op: 'get'; keys: string[] }
  | { type: 'cache'; id: number; op: 'put'; entries: Array<[string, string]>; used: string[] };
export type CacheReply = { type: 'cache-reply'; id: number; ok: true; values?: Array<string | undefined> } | { type: 'cache-reply'; id: number; ok: false; error: string };

/** The parent's first message to a warm spare worker: the build to run. */
export interface StartMessage {
  type: 'start';
  data: BuildWorkerData;
}

/**
 * `workerData` of a build worker: the build to run at once, or `{ warm: true }` for a spare that loads the build's
 * modules and wink model while idle, then waits for a `StartMessage`.
 */
export type BuildWorkerStart = { job: BuildWorkerData } | { warm: true };

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; snapshotJson: string; report: BuildReport }
  | { type: 'failed'; reason: string }
  | CacheRequest;

export interface WorkerBuildOptions {
  maxBytes: number;
  /** Time one report may take to read (default: the build's, 10 s). */
  reportBudgetMs?: number;
  onProgress?: (done: number, total: number) => void;
  /** The worker is stopped after this long (default 15 minutes). */
  timeoutMs?: number;
  /** Heap cap for the worker and each pool thread it starts, so a runaway build cannot take the bot's memory (default 2048 MB). */
  maxMemoryMb?: number;
  /** Threads for parsing and extraction (default `os.availableParallelism()`). */
  workers?: number;
  /** Earlier builds' results to reuse, and where this build's go (the store's extraction cache). */
  cache?: BuildCache;
  /** After a build that worked, start a warm spare thread for the next one (default true). */
  keepSpare?: boolean;
}

export type WorkerBuildResult = { ok: true; snapshotJson: string; report: BuildReport } | { ok: false; reason: string };

/**
 * Builds the folder's index in a worker thread; resolves to the snapshot JSON, or why the build failed (never rejects).
 * The worker runs the build's own pool of threads for parsing and extraction; stopping it stops them too.
 */
export function buildInWorker(dir: string, opts: WorkerBuildOptions): Promise<WorkerBuildResult> {
  return new Promise((resolve) => {
    let settled = false;
    const maxMemoryMb = opts.maxMemoryMb ?? 2048;
    const data: BuildWorkerData = {
      dir,
      maxBytes: opts.maxBytes,
      ...(opts.reportBudgetMs ? { reportBudgetMs: opts.reportBudgetMs } : {}),
      ...(opts.workers ? { workers: opts.workers } : {}),
      maxMemoryMb,
      cache: opts.cache !== undefined,
    };
    // A warm spare left by the previous build, when it runs under the same heap cap (and is still alive).
    const warm = takeSpare(maxMemoryMb);
    const worker = warm ?? startWorker({ job: data }, maxMemoryMb);
    if (warm) warm.postMessage({ type: 'start', data } satisfies StartMessage);
    const finish = (r: WorkerBuildResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      // The next build starts on a warm thread; only after a build that worked (a failing one may fail its spare too).
      if (r.ok && opts.keepSpare !== false) prepareSpare(maxMemoryMb);
      resolve(r);
    };
    const timeoutMs = opts.timeoutMs ?? 15 * 60_000;
    const timer = setTimeout(
      () => finish({ ok: false, reason: `refresh: the build took longer than ${Math.round(timeoutMs / 1000)} s and was stopped` }),
      timeoutMs,
    );
    const answer = async (m: CacheRequest) => {
      let reply: CacheReply;
      try {
        if (!opts.cache) throw new Error('no cache');
        if (m.op === 'get') reply = { type: 'cache-reply', id: m.id, ok: true, values: await opts.cache.get(m.keys) };
        else {
          await opts.cache.put(m.entries, m.used);
          reply = { type: 'cache-reply', id: m.id, ok: true };
        }
      } catch (err) {
        reply = { type: 'cache-reply', id: m.id, ok: false, error: (err as Error)?.message ?? String(err) };
      }
      if (!settled) worker.postMessage(reply);
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'cache') void answer(m);
      else if (m.type === 'done') finish({ ok: true, snapshotJson: m.snapshotJson, report: m.report });
      else finish({ ok: false, reason: m.reason });
    });
    worker.on('error', (err: Error & { code?: string }) =>
      finish({ ok: false, reason: `refresh: the build worker crashed: ${err.code ? `${err.code}: ` : ''}${err.message}` }),
    );
    worker.on('exit', (code) => finish({ ok: false, reason: `refresh: the build worker exited (code ${code}) before finishing` }));
  });
}

function startWorker(start: BuildWorkerStart, maxMemoryMb: number): Worker {
  return new Worker(workerBootstrap(new URL('./build-worker.ts', import.meta.url)), {
    eval: true,
    workerData: start,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    stdout: false,
    stderr: false,
  });
}

/*
 * The warm spare. Starting a build thread (tsx, the build's modules) and loading the wink model for the reports to
 * read cost a second or two of a refresh that adds one file, so after each build that worked a spare thread does both
 * while the bot is idle and waits. It is used by one build only and stopped with it, like a fresh thread: timeouts,
 * heap caps and crashes behave the same. It does not keep the process alive, and one that dies idle is replaced.
 */
interface Spare {
  worker: Worker;
  maxMemoryMb: number;
  dead: boolean;
}
let spare: Spare | undefined;

function prepareSpare(maxMemoryMb: number): void {
  if (spare && !spare.dead && spare.maxMemoryMb === maxMemoryMb) return;
  void stopSpare();
  const worker = startWorker({ warm: true }, maxMemoryMb);
  const s: Spare = { worker, maxMemoryMb, dead: false };
  const lost = () => {
    s.dead = true;
    if (spare === s) spare = undefined;
  };
  // Until a build takes it, its end is only noted (an 'error' without a listener would throw in the bot).
  worker.on('error', lost).on('exit', lost);
  worker.unref();
  spare = s;
}

function takeSpare(maxMemoryMb: number): Worker | undefined {
  const s = spare;
  spare = undefined;
  if (!s) return undefined;
  if (s.dead || s.maxMemoryMb !== maxMemoryMb) {
    void s.worker.terminate();
    return undefined;
  }
  s.worker.removeAllListeners('error').removeAllListeners('exit');
  s.worker.ref();
  return s.worker;
}

/** Stops the warm spare build thread, if there is one (shutdown, tests). */
export async function stopSpare(): Promise<void> {
  const s = spare;
  spare = undefined;
  if (s) await s.worker.terminate().catch(() => undefined);
}

/** Whether a warm spare build thread is waiting (tests). */
export function hasSpare(): boolean {
  return spare !== undefined && !spare.dead;
}
