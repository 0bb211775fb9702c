import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildReport } from '../engine.ts';

export interface BuildWorkerData {
  dir: string;
  maxBytes: number;
  reportBudgetMs?: number;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; snapshotJson: string; report: BuildReport }
  | { type: 'failed'; reason: string };

export interface WorkerBuildOptions {
  maxBytes: number;
  /** Time one report may take to read (default: the build's, 10 s). */
  reportBudgetMs?: number;
  onProgress?: (done: number, total: number) => void;
  /** The worker is stopped after this long (default 15 minutes). */
  timeoutMs?: number;
  /** Heap cap for the worker, so a runaway build cannot take the bot's memory (default 2048 MB). */
  maxMemoryMb?: number;
}

export type WorkerBuildResult = { ok: true; snapshotJson: string; report: BuildReport } | { ok: false; reason: string };

/**
 * The worker runs TypeScript: tsx's `--import` flag does not reach worker threads (tsx issue #354),
 * so a tiny evaluated bootstrap registers tsx's loader in the worker and then imports the entry.
 */
function bootstrap(): string {
  // Resolved from tsx's own exports map: the ESM entry of `tsx/esm/api` (require.resolve would give the CJS one).
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsxApi = pathToFileURL(join(dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
  const entry = new URL('./build-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
}

/** Builds the folder's index in a worker thread; resolves to the snapshot JSON, or why the build failed (never rejects). */
export function buildInWorker(dir: string, opts: WorkerBuildOptions): Promise<WorkerBuildResult> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(bootstrap(), {
      eval: true,
      workerData: { dir, maxBytes: opts.maxBytes, ...(opts.reportBudgetMs ? { reportBudgetMs: opts.reportBudgetMs } : {}) } satisfies BuildWorkerData,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb ?? 2048 },
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
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish({ ok: true, snapshotJson: m.snapshotJson, report: m.report });
      else finish({ ok: false, reason: m.reason });
    });
    worker.on('error', (err: Error & { code?: string }) =>
      finish({ ok: false, reason: `refresh: the build worker crashed: ${err.code ? `${err.code}: ` : ''}${err.message}` }),
    );
    worker.on('exit', (code) => finish({ ok: false, reason: `refresh: the build worker exited (code ${code}) before finishing` }));
  });
}
