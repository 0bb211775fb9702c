import { pathToFileURL } from 'node:url';
import { loadConfig, loadEnvFile, shardLayout } from './config.ts';
import { startConsole } from './console.ts';
import { loadCommands } from './discord/load-commands.ts';
import { createLogger, readAheadLog } from './discord/logger.ts';
import { startShards } from './discord/shards.ts';
import { ArchiveHolder } from './refresh/archive-holder.ts';
import { loadServingArchive } from './refresh/load.ts';
import type { RefreshContext } from './refresh/refresh.ts';
import { openStores } from './store/index.ts';

/**
 * `npm start`: without DISCORD_TOKEN, the local console over the archive; with it, discord.js's ShardingManager,
 * which runs each of this machine's shards in a process of its own (src/discord/shard-entry.ts).
 */
export async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const log = createLogger(config);
  const stores = await openStores(config.STORE_URL);

  if (!config.DISCORD_TOKEN) {
    const loaded = await loadServingArchive(stores, config);
    for (const problem of loaded.problems) log.warn(problem);
    log.info({ version: loaded.state.version, source: loaded.source, articles: loaded.state.index.data.articles.length }, 'archive loaded');
    const holder = new ArchiveHolder(loaded.state, { readAhead: config.READ_AHEAD, onRead: readAheadLog(log) });
    const refresh: RefreshContext = { stores, holder, config };
    await startConsole({ commands: await loadCommands(), holder, stores, config, refresh, input: process.stdin, output: process.stdout });
    holder.stopReadingAhead();
    await stores.close();
    return;
  }

  const layout = shardLayout(config);
  if (!layout.ok) throw new Error(`config: ${layout.reason}`);
  // The first start builds the archive once here, so that the shards all load one stored version instead of
  // each building its own; the manager keeps no archive in memory.
  if (!(await stores.snapshots.current())) {
    const loaded = await loadServingArchive(stores, config);
    for (const problem of loaded.problems) log.warn(problem);
    log.info({ version: loaded.state.version, articles: loaded.state.index.data.articles.length }, 'first archive built and stored');
  }
  const kind = stores.kind;
  await stores.close();
  const shards = await startShards(config, layout.layout, log, kind);
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down every shard');
    await shards.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: Error) => {
    // Config errors name the bad key; anything else is a bug worth its stack.
    console.error(err.message.startsWith('config:') || err.message.startsWith('discord:') ? err.message : err.stack);
    process.exit(1);
  });
}
