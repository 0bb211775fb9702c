import { pathToFileURL } from 'node:url';
import { loadConfig, loadEnvFile } from './config.ts';
import { startConsole } from './console.ts';
import { startBot } from './discord/bot.ts';
import { loadCommands } from './discord/load-commands.ts';
import { createLogger } from './discord/logger.ts';
import { ArchiveHolder } from './refresh/archive-holder.ts';
import { followCurrentVersion } from './refresh/follow.ts';
import { loadServingArchive } from './refresh/load.ts';
import type { RefreshContext } from './refresh/refresh.ts';
import { openStores } from './store/index.ts';

/** `npm start`: config → stores → serving archive → Discord when DISCORD_TOKEN is set, else the local console. */
export async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const log = createLogger(config);
  const stores = await openStores(config.STORE_URL);
  const loaded = await loadServingArchive(stores, config);
  for (const problem of loaded.problems) log.warn(problem);
  log.info({ version: loaded.state.version, source: loaded.source, articles: loaded.state.index.data.articles.length }, 'archive loaded');
  const holder = new ArchiveHolder(loaded.state);
  const refresh: RefreshContext = { stores, holder, config };
  const commands = await loadCommands();

  if (!config.DISCORD_TOKEN) {
    await startConsole({ commands, holder, stores, config, refresh, input: process.stdin, output: process.stdout });
    await stores.close();
    return;
  }
  const bot = await startBot(config, { holder, stores, log, commands, refresh });
  // Several bot processes sharing one Redis store: each picks up a refresh or rollback made by another.
  const unfollow =
    stores.kind === 'redis'
      ? followCurrentVersion(stores, holder, {
          onSwap: (version) => log.info({ version }, 'archive version changed by another process'),
          onProblem: (reason) => log.warn(reason),
        })
      : () => undefined;
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    unfollow();
    await bot.stop();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: Error) => {
    // Config errors name the bad key; anything else is a bug worth its stack.
    console.error(err.message.startsWith('config:') ? err.message : err.stack);
    process.exit(1);
  });
}
