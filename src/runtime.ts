/**
 * Where this process's code comes from: the TypeScript sources run through tsx (tests, `npm run cli`, the bench's
 * tools), or the bundle `npm start` runs from `dist/` (scripts/bundle.ts), which starts without tsx's loader and
 * without reading a hundred source files. The few places that name a file of code — a process or worker entry, the
 * slash-command files, the extraction fingerprint — ask here instead of assuming one or the other.
 */
import { basename } from 'node:path';

/** What scripts/bundle.ts writes into the bundle (esbuild `define`); not defined when the sources run. */
declare const ARCHIVIST_BUNDLE: BundleFacts | undefined;

export interface BundleFacts {
  /** The extraction code's fingerprint (src/build/reuse.ts), computed from the sources the bundle was made from. */
  fingerprint: string;
}

/** The bundle's facts when running from `dist/`; undefined when running the sources. */
export const bundle: BundleFacts | undefined = typeof ARCHIVIST_BUNDLE === 'undefined' ? undefined : ARCHIVIST_BUNDLE;

/**
 * A process or worker entry named relative to the calling module's sources (`./shard-entry.ts`): that file when
 * the sources run, the entry's bundle (`shard-entry.js`, beside every other bundled entry) when the bundle runs.
 */
export function entryFile(relative: string, callerUrl: string): URL {
  return new URL(bundle ? `./${basename(relative).replace(/\.ts$/, '.js')}` : relative, callerUrl);
}

/** The Node flags a child process needs to run an entry from `entryFile`: tsx's loader for sources, none bundled. */
export function entryExecArgv(): string[] {
  return bundle ? [] : ['--import', import.meta.resolve('tsx')];
}
