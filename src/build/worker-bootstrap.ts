import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { bundle } from '../runtime.ts';

/**
 * A worker thread running an entry named by `entryFile` (src/runtime.ts): the bundled entry as it is, a TypeScript
 * entry through the bootstrap below.
 */
export function startWorker(entry: URL, options: WorkerOptions): Worker {
  return bundle ? new Worker(entry, options) : new Worker(workerBootstrap(entry), { ...options, eval: true });
}

/**
 * Source for `new Worker(source, { eval: true })` that runs a TypeScript entry in a worker thread.
 * tsx's `--import` flag does not reach worker threads (tsx issue #354), so a tiny evaluated bootstrap registers
 * tsx's loader in the worker and then imports the entry.
 */
export function workerBootstrap(entry: URL): string {
  // Resolved from tsx's own exports map: the ESM entry of `tsx/esm/api` (require.resolve would give the CJS one).
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsxApi = pathToFileURL(join(dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
}
