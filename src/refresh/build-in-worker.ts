import type { BuildCache } from '../build/reuse.ts';
import { startWorker } from '../build/worker-bootstrap.ts';
import { entryFile } from '../runtime.ts';
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
    const worker = startWorker(entryFile('./build-worker.ts', import.meta.url), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
      stdout: false,
      stderr: false,
    });
    const finish = (r: WorkerBuildResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
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
