/**
 * Entry of a build-pool worker thread: runs the tasks the pool sends (parse files, extract articles) one at a time
 * and posts each result back. The wink model is loaded on the first extraction task, once per worker.
 */
import { parentPort } from 'node:worker_threads';
import { lazyNlp, runTask, type BuildTask } from './tasks.ts';
import type { PoolReply } from './pool.ts';

const nlp = lazyNlp();
parentPort?.on('message', ({ id, task }: { id: number; task: BuildTask }) => {
  let reply: PoolReply;
  try {
    reply = { id, ok: true, result: runTask(task, nlp) };
  } catch (err) {
    reply = { id, ok: false, error: (err as Error)?.message ?? String(err) };
  }
  parentPort?.postMessage(reply);
});
