/**
 * Worker-thread entry: builds the index of a folder off the bot's event loop and posts back
 * progress messages and, at the end, the snapshot as one JSON string (cheaper to pass than an object graph).
 * The extraction cache lives in the parent's store: it is asked through messages.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { BuildCache } from '../build/reuse.ts';
import { buildArchiveFromFolder } from '../engine.ts';
import { snapshotJson as jsonOf, toSnapshot } from '../index/snapshot.ts';
import type { BuildWorkerData, CacheReply, CacheRequest, WorkerMessage } from './build-in-worker.ts';

const { dir, maxBytes, reportBudgetMs, workers, maxMemoryMb, cache: useCache } = workerData as BuildWorkerData;
const post = (m: WorkerMessage) => parentPort?.postMessage(m);

const pending = new Map<number, (r: CacheReply) => void>();
parentPort?.on('message', (r: CacheReply) => pending.get(r.id)?.(r));
let nextId = 0;
function ask(req: Omit<Extract<CacheRequest, { op: 'get' }>, 'id'> | Omit<Extract<CacheRequest, { op: 'put' }>, 'id'>): Promise<CacheReply> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (r) => {
      pending.delete(id);
      resolve(r);
    });
    post({ ...req, id } as CacheRequest);
  });
}

/** The parent's cache, by message. A failing read is a miss (the build reads the files); a failing write is ignored. */
const cache: BuildCache = {
  async get(keys) {
    const r = await ask({ type: 'cache', op: 'get', keys });
    return r.ok && r.values ? r.values : keys.map(() => undefined);
  },
  async put(entries, used) {
    await ask({ type: 'cache', op: 'put', entries, used });
  },
};

try {
  const { index, report } = await buildArchiveFromFolder(dir, {
    maxBytes,
    ...(reportBudgetMs ? { reportBudgetMs } : {}),
    ...(workers ? { workers } : {}),
    ...(maxMemoryMb ? { maxMemoryMb } : {}),
    ...(useCache ? { cache } : {}),
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  const t = performance.now();
  const snapshotJson = jsonOf(toSnapshot(index));
  if (report.steps) report.steps.serialise = Math.round(performance.now() - t);
  post({ type: 'done', snapshotJson, report });
} catch (err) {
  post({ type: 'failed', reason: `refresh: the build failed: ${(err as Error).message}` });
}
