/**
 * The start-up probe: a fresh process loads a stored snapshot, answers one question and reports how long after
 * its own start it was ready. `tsx bench/ready.ts SOURCE "question"` → one JSON line on stdout. SOURCE is a snapshot
 * file (the engine alone), or a store URL (`sqlite://…`, `redis://…`): then the probe opens the store and loads its
 * current version as a shard does (src/refresh/load.ts). The bench runs it bundled (bench/out/bundle/ready.js), as
 * shards run.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { warmIndex } from '../src/answer/warm.ts';
import { ask } from '../src/engine.ts';
import type { ArchiveIndex } from '../src/index/archive-index.ts';
import { fromSnapshot } from '../src/index/snapshot.ts';

const [source, question, then] = process.argv.slice(2);
if (!source || !question) {
  process.stderr.write('bench/ready: usage: ready.ts SNAPSHOT.json|STORE_URL "question"\n');
  process.exit(2);
}

/** The index the source holds; exits with the reason when it does not load. */
async function load(from: string): Promise<ArchiveIndex> {
  if (/^(sqlite|redis|rediss):\/\//.test(from)) {
    const { openStores } = await import('../src/store/index.ts');
    const { loadServingArchive } = await import('../src/refresh/load.ts');
    const stores = await openStores(from);
    const loaded = await loadServingArchive(stores, { ARCHIVE_DIR: '/nonexistent', MAX_ARTICLE_BYTES: 1, SNAPSHOTS_KEPT: 5 });
    if (loaded.source !== 'snapshot') {
      process.stderr.write(`bench/ready: ${from} holds no loadable snapshot (${loaded.problems.join('; ')})\n`);
      process.exit(1);
    }
    return loaded.state.index;
  }
  const loaded = fromSnapshot(JSON.parse(readFileSync(from, 'utf8')));
  if (!loaded.ok) {
    process.stderr.write(`bench/ready: ${loaded.reason}\n`);
    process.exit(1);
  }
  return loaded.index;
}

const importedMs = performance.now();
const index = await load(source);
const loadedMs = performance.now();
const { answer } = ask(index, question);
const readyMs = performance.now();
const maxRssMB = process.resourceUsage().maxRSS / 1024;
// With `read-ahead`, the index is then read ahead as a serving shard does in the background (src/answer/warm.ts):
// how long that takes, and the RSS a shard holds once it is done.
const after: { readAheadMs?: number; readAheadRssMB?: number } = {};
if (then === 'read-ahead') {
  for (const _ of warmIndex(index));
  after.readAheadMs = performance.now() - readyMs;
  after.readAheadRssMB = process.resourceUsage().maxRSS / 1024;
}
process.stdout.write(`${JSON.stringify({ importedMs, loadedMs, readyMs, answered: answer.answered, maxRssMB, ...after })}\n`);
// (A store keeps connections open: the probe is done.)
process.exit(0);
