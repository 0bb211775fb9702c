/**
 * `npm run build` (run by `npm start` first): bundles the serving entries into `dist/` with esbuild, one file per
 * entry and shared chunks beside them, the npm packages left as imports. A bundled process starts without tsx's
 * loader and without reading a hundred source files (about 0.3 s less before a shard can load its snapshot); see
 * src/runtime.ts for what differs.
 * `tsx scripts/bundle.ts [OUTDIR]`: OUTDIR must be inside the project, so that the bundle finds node_modules.
 */
import { build, type Plugin } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeFingerprint } from '../src/build/reuse.ts';
import { COMMANDS_DIR, isCommandFile } from '../src/discord/load-commands.ts';
import type { BundleFacts } from '../src/runtime.ts';

export const ROOT = resolve(import.meta.dirname, '..');

/** Each bundled file (dist/NAME.js) and the source it starts from. */
export const SERVING_ENTRIES: Readonly<Record<string, string>> = {
  main: 'src/main.ts',
  cli: 'src/cli.ts',
  'shard-entry': 'src/discord/shard-entry.ts',
  'pool-worker': 'src/build/pool-worker.ts',
  'build-worker': 'src/refresh/build-worker.ts',
};

/** `archivist:commands`: every command module of commands/, imported into the bundle (see src/discord/load-commands.ts). */
const commandsModule: Plugin = {
  name: 'archivist-commands',
  setup(b) {
    b.onResolve({ filter: /^archivist:commands$/ }, () => ({ path: 'commands', namespace: 'archivist' }));
    b.onLoad({ filter: /.*/, namespace: 'archivist' }, () => {
      const files = readdirSync(COMMANDS_DIR).filter(isCommandFile).sort();
      const imports = files.map((f, i) => `import * as m${i} from ${JSON.stringify(join(COMMANDS_DIR, f))};`);
      const list = files.map((f, i) => `{ file: ${JSON.stringify(f)}, module: m${i} }`);
      return { contents: `${imports.join('\n')}\nexport default [${list.join(', ')}];\n`, resolveDir: COMMANDS_DIR, loader: 'ts' };
    });
  },
};

/** Bundles `entries` (output name → source, relative to the project) into `outdir`. */
export async function bundleEntries(outdir: string, entries: Readonly<Record<string, string>> = SERVING_ENTRIES): Promise<void> {
  const facts: BundleFacts = { fingerprint: codeFingerprint() };
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(entries).map(([out, src]) => ({ out, in: src })),
    outdir: resolve(ROOT, outdir),
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Code a process may never run (ingest and extraction, imported on a first build) stays in chunks of its own,
    // loaded when first imported: one file per entry would load their packages at every start.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    target: 'node20',
    // Node 20 reads \p{…} in regular expressions; lowered (esbuild's default for a node target), each literal became a
    // `new RegExp(source)` built from its source on every evaluation, in the hottest loops of answering.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    define: { ARCHIVIST_BUNDLE: JSON.stringify(facts) },
    plugins: [commandsModule],
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = process.argv[2] ?? 'dist';
  bundleEntries(outdir).catch((err: Error) => {
    console.error(`bundle: ${err.message}`);
    process.exit(1);
  });
}
