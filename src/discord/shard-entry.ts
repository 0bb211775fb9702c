/**
 * One shard process, forked by the ShardingManager (src/discord/shards.ts): discord.js hands it its shard ids and
 * the token through the environment. It serves from the store's current snapshot and follows every new version.
 */
import { loadConfig } from '../config.ts';
import { ArchiveHolder } from '../refresh/archive-holder.ts';
import { followCurrentVersion } from '../refresh/follow.ts';
import { loadServingArchive } from '../refresh/load.ts';
import type { RefreshContext } from '../refresh/refresh.ts';
import { openStores } from '../store/index.ts';
import { startBot } from './bot.ts';
import { loadCommands } from './load-commands.ts';
import { createLogger, readAheadLog } from './logger.ts';
import { ipcVersionBus } from './shards.ts';

async function serveShard(): Promise<void> {
  const config = loadConfig();
  const shards = JSON.parse(process.env['SHARDS'] ?? '0') as number | number[];
  const log = createLogger(config).child({ shard: shards });
  const bus = ipcVersionBus();
  const stores = await openStores(config.STORE_URL, bus ? { versions: bus } : {});
  const loaded = await loadServingArchive(stores, config);
  for (const problem of loaded.problems) log.warn(problem);
  log.info({ version: loaded.state.version, source: loaded.source, articles: loaded.state.index.data.articles.length }, 'archive loaded');
  const holder = new ArchiveHolder(loaded.state, { readAhead: config.READ_AHEAD, onRead: readAheadLog(log) });
  const refresh: RefreshContext = { stores, holder, config };
  const bot = await startBot(config, { holder, stores, log, commands: await loadCommands(), refresh });
  // A refresh, upload, removal or rollback on any shard, machine or the CLI reaches this shard.
  const follower = await followCurrentVersion(stores, holder, {
    intervalMs: config.VERSION_CHECK_SECONDS * 1000,
    onSwap: (version, ms) => log.info({ version, ms: Math.round(ms) }, 'archive version changed elsewhere: now serving it'),
    onProblem: (reason) => log.warn(reason),
  });
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shard shutting down');
    await follower.stop();
    holder.stopReadingAhead();
    await bot.stop();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // The manager is gone (killed, crashed): no one would respawn or stop this shard, so it stops itself.
  process.once('disconnect', () => void shutdown('manager disconnected'));
}

serveShard().catch((err: Error) => {
  console.error(err.message.startsWith('config:') ? err.message : err.stack);
  process.exit(1);
});
