/**
 * One serving process of the propagation probe (bench/propagation.ts): loads the store's current version, follows
 * new ones as a shard does (Redis announcement, pointer checks once a minute), and prints one JSON line per event.
 * `tsx bench/follower.ts redis://127.0.0.1:PORT`
 */
import { ArchiveHolder } from '../src/refresh/archive-holder.ts';
import { followCurrentVersion } from '../src/refresh/follow.ts';
import { loadServingArchive } from '../src/refresh/load.ts';
import { openStores } from '../src/store/index.ts';

const url = process.argv[2];
if (!url) {
  process.stderr.write('bench/follower: usage: follower.ts STORE_URL\n');
  process.exit(2);
}
const stores = await openStores(url);
const loaded = await loadServingArchive(stores, { ARCHIVE_DIR: '/nonexistent', MAX_ARTICLE_BYTES: 1, SNAPSHOTS_KEPT: 5 });
const holder = new ArchiveHolder(loaded.state);
const say = (o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(o)}\n`);
await followCurrentVersion(stores, holder, {
  intervalMs: 60_000,
  onSwap: (version, loadMs) => say({ event: 'swapped', version, at: Date.now(), loadMs, rssMB: process.memoryUsage().rss / 1048576 }),
  onProblem: (reason) => say({ event: 'problem', reason }),
});
say({ event: 'ready', version: holder.get().version });
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
