/**
 * Worker-thread entry: builds the index of a folder off the bot's event loop and posts back
 * progress messages and, at the end, the snapshot as one JSON string (cheaper to pass than an object graph).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildArchiveFromFolder } from '../engine.ts';
import { toSnapshot } from '../index/snapshot.ts';
import type { BuildWorkerData, WorkerMessage } from './build-in-worker.ts';

const { dir, maxBytes, reportBudgetMs } = workerData as BuildWorkerData;
const post = (m: WorkerMessage) => parentPort?.postMessage(m);

try {
  const { index, report } = await buildArchiveFromFolder(dir, {
    maxBytes,
    ...(reportBudgetMs ? { reportBudgetMs } : {}),
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'done', snapshotJson: JSON.stringify(toSnapshot(index)), report });
} catch (err) {
  post({ type: 'failed', reason: `refresh: the build failed: ${(err as Error).message}` });
}
