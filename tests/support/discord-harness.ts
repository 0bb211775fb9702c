/**
 * Starts the bot through its real start-up path (`startBot`) against the local Discord stand-in,
 * with real stores (sqlite in a temp folder) and a real archive index.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config.ts';
import { startBot, type RunningBot } from '../../src/discord/bot.ts';
import type { Command } from '../../src/discord/command.ts';
import { createLogger } from '../../src/discord/logger.ts';
import type { ArchiveIndex } from '../../src/index/archive-index.ts';
import { ArchiveHolder } from '../../src/refresh/archive-holder.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { DiscordStandIn } from './discord-stand-in.ts';

export const FIXTURE_ARCHIVE = resolve(import.meta.dirname, '../fixtures/discord/archive');
export const EXTRA_COMMANDS = resolve(import.meta.dirname, '../fixtures/discord/commands-extra');
export const TEST_TOKEN = 'stand-in-token.abcdefghijklmnopqrstuvwxyz';

export interface Harness {
  standIn: DiscordStandIn;
  bot: RunningBot;
  stores: Stores;
  config: Config;
  holder: ArchiveHolder;
  /** Every log line the bot wrote (JSON strings). */
  logs: string[];
  /** Stops the bot and starts a fresh one on the same stores and stand-in (a process restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a stand-in, stores and the bot; `env` overrides config keys. */
export async function startHarness(opts: {
  index: ArchiveIndex;
  commands: ReadonlyMap<string, Command>;
  deferAfterMs?: number;
  env?: Record<string, string>;
}): Promise<Harness> {
  const standIn = await DiscordStandIn.start();
  const dir = await mkdtemp(join(tmpdir(), 'archivist-discord-'));
  const config = loadConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: standIn.appId,
    DISCORD_API_URL: standIn.apiUrl,
    STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'debug',
    ...opts.env,
  });
  const stores = await openStores(config.STORE_URL);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLogger(config, sink);
  const holder = new ArchiveHolder({ index: opts.index, version: 'test-v1', builtAt: '2021-06-01T12:00:00.000Z' });
  const start = () =>
    startBot(config, {
      holder,
      stores,
      log,
      commands: opts.commands,
      deferAfterMs: opts.deferAfterMs ?? 150,
    });
  const harness: Harness = {
    standIn,
    bot: await start(),
    stores,
    config,
    holder,
    logs,
    async restart() {
      await harness.bot.stop();
      harness.bot = await start();
    },
    async close() {
      await harness.bot.stop();
      await stores.close();
      await standIn.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
