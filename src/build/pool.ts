import type { Worker } from 'node:worker_threads';
import type { Nlp } from '../extract/nlp.ts';
import { lazyNlp, runTask, type BuildTask, type TaskResult } from './tasks.ts';
import { entryFile } from '../runtime.ts';
import { startWorker } from './worker-bootstrap.ts';

/** What a pool worker posts back for one task. */
export type PoolReply = { id: number; ok: true; result: TaskResult } | { id: number; ok: false; error: string };

export interface PoolOptions {
  /** Threads, the calling one included; 1 runs every task in the calling thread (no worker, no second wink model). */
  size: number;
  /** Heap cap of each worker thread (MB), so a runaway report cannot take the process's memory. */
  maxMemoryMb?: number;
  /** The wink instance for tasks run in the calling thread. */
  nlp?: Nlp;
}

/**
 * Runs build tasks (`tasks.ts`) on `size` threads: the calling thread and `size - 1` worker threads. Tasks are
 * handed to whichever thread is free, and results are returned by task position, so the output does not depend on
 * the number of threads or their speed. The calling thread takes part because it would otherwise only wait: that
 * saves one thread's start, wink model (about a second) and warm-up, and it starts working while the others boot.
 * Worker threads are started on the first `run` and kept until `close`, which must always be called.
 * A worker that crashes or runs out of memory fails the whole run with the reason.
 */
export class BuildPool {
  readonly size: number;
  readonly #opts: PoolOptions;
  readonly #workers: Worker[] = [];
  /** Why a worker stopped between runs (it cannot take tasks any more). */
  #lost: string | undefined;
  #nlp: (() => Nlp) | undefined;

  constructor(opts: PoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size));
    this.#opts = opts;
  }

  /** Runs every task; `onResult` hears of each as it completes (in any order). Resolves to the results in task order. */
  async run(tasks: BuildTask[], onResult?: (index: number, result: TaskResult) => void): Promise<TaskResult[]> {
    if (this.size === 1 || tasks.length <= 1) return this.#runHere(tasks, onResult);
    this.#start();
    if (this.#lost) throw new Error(this.#lost);
    const results = new Array<TaskResult>(tasks.length);
    let next = 0;
    let failed = false;
    const inWorker = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const onMessage = (reply: PoolReply) => {
          if (!reply.ok) return fail(new Error(`build: a pool worker failed: ${reply.error}`));
          results[reply.id] = reply.result;
          onResult?.(reply.id, reply.result);
          take();
        };
        const onError = (err: Error & { code?: string }) =>
          fail(new Error(`the build worker crashed: ${err.code ? `${err.code}: ` : ''}${err.message}`));
        const onExit = (code: number) => fail(new Error(`the build worker exited (code ${code}) before finishing`));
        const done = () => {
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        };
        const fail = (err: Error) => {
          done();
          failed = true;
          reject(err);
        };
        const take = () => {
          if (failed || next >= tasks.length) {
            done();
            resolve();
            return;
          }
          const id = next++;
          worker.postMessage({ id, task: tasks[id] });
        };
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        take();
      });
    const here = async () => {
      this.#nlp ??= lazyNlp(this.#opts.nlp);
      while (!failed && next < tasks.length) {
        const id = next++;
        results[id] = runTask(tasks[id]!, this.#nlp);
        onResult?.(id, results[id]);
        // Between tasks, let the workers' replies in (and hand them their next task).
        await new Promise<void>((r) => setImmediate(r));
      }
    };
    await Promise.all([here(), ...this.#workers.map(inWorker)]).catch((err: unknown) => {
      failed = true;
      throw err;
    });
    return results;
  }

  /** Stops the workers (a finished or failed build). */
  async close(): Promise<void> {
    this.#lost = 'build: the pool is closed';
    const workers = this.#workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  #runHere(tasks: BuildTask[], onResult?: (index: number, result: TaskResult) => void): TaskResult[] {
    this.#nlp ??= lazyNlp(this.#opts.nlp);
    return tasks.map((task, i) => {
      const result = runTask(task, this.#nlp!);
      onResult?.(i, result);
      return result;
    });
  }

  #start(): void {
    if (this.#workers.length > 0) return;
    const entry = entryFile('./pool-worker.ts', import.meta.url);
    for (let i = 1; i < this.size; i++) {
      const worker = startWorker(entry, {
        ...(this.#opts.maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: this.#opts.maxMemoryMb } } : {}),
        stdout: false,
        stderr: false,
      });
      // Errors during a run fail that run; a worker lost between runs fails the next one.
      worker.on('error', (err) => (this.#lost ??= `the build worker crashed: ${err.message}`));
      worker.on('exit', (code) => (this.#lost ??= `the build worker exited (code ${code})`));
      this.#workers.push(worker);
    }
  }
}
