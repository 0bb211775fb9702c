/**
 * The bundle `npm start` runs (scripts/bundle.ts), made once per test process in node_modules/.cache (inside the
 * project, so that it finds the npm packages as dist/ does).
 */
import { join } from 'node:path';
import { bundleEntries, ROOT } from '../../scripts/bundle.ts';

let made: Promise<string> | undefined;

/** The folder holding the bundled entries (main.js, shard-entry.js, …), bundled on first call. */
export function bundledEntries(): Promise<string> {
  made ??= (async () => {
    const dir = join(ROOT, 'node_modules', '.cache', 'archivist-tests', `bundle-${process.pid}`);
    await bundleEntries(dir);
    return dir;
  })();
  return made;
}
