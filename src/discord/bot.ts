import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { ArchiveState } from '../refresh/archive-holder.ts';
import type { RefreshContext } from '../refresh/refresh.ts';
import type { Command } from './command.ts';
import { loadCommands } from './load-commands.ts';
import { createRouter, NO_MENTIONS } from './router.ts';
import { restApiBase, shardStatus } from './shards.ts';
import { degradeWhenDown, type BotStores } from './stores.ts';

export interface BotDeps {
  holder: { get(): ArchiveState };
  stores: BotStores;
  log: Logger;
  /** The commands to serve; default: every file in `commands/`. */
  commands?: ReadonlyMap<string, Command>;
  /** Defer a reply when a command has not answered after this long; default 2,000 ms (Discord allows 3 s). */
  deferAfterMs?: number;
  /** Refresh wiring for the moderator commands (/refresh, /archive); without it they say refreshing is unavailable. */
  refresh?: RefreshContext;
}

export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

/** Connects to Discord (or to whatever DISCORD_API_URL points at) and serves the commands; resolves once ready. */
export async function startBot(config: Config, deps: BotDeps): Promise<RunningBot> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('discord: DISCORD_TOKEN is not set; without it start the local console instead');
  const commands = deps.commands ?? (await loadCommands());
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.DISCORD_MESSAGE_CONTENT) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    // DM channels are not cached before their first message: without this partial, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // A shared @discordjs/proxy (DISCORD_REST_PROXY) makes every shard's requests count against one rate limit.
    ...(restApiBase(config) ? { rest: { api: restApiBase(config)! } } : {}),
  });
  // Each shard reports itself in the store; /stats asks every shard (broadcastEval) or reads the store.
  const shards = shardStatus({ client, version: () => deps.holder.get().version, stores: deps.stores });
  const router = createRouter({
    commands,
    holder: deps.holder,
    // A store outage degrades cooldowns, context and stored pages; questions are still answered from memory.
    stores: degradeWhenDown(deps.stores, deps.log),
    config,
    log: deps.log,
    deferAfterMs: deps.deferAfterMs ?? 2000,
    ...(deps.refresh ? { refresh: deps.refresh } : {}),
    shards: shards.status,
  });

  client.on(Events.InteractionCreate, (i) => void router.handleInteraction(i));
  client.on(Events.MessageCreate, (m) => void router.handleMessage(m));
  client.on(Events.Error, (err) => deps.log.error({ err }, 'discord: client error'));
  client.on(Events.Warn, (message) => deps.log.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => deps.log.warn({ code: event.code, shard }, 'discord: gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => deps.log.info({ shard }, 'discord: gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => deps.log.info({ shard, replayed }, 'discord: gateway resumed'));
  client.on(Events.Debug, (message) => deps.log.trace(message));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  deps.log.info({ user: client.user?.tag, shards: client.shard?.ids ?? [0], commands: [...commands.keys()] }, 'discord: ready');
  return {
    client,
    async stop() {
      shards.stop();
      await client.destroy();
    },
  };
}
