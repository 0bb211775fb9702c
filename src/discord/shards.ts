import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Events, REST, Routes, ShardingManager, type Client, type Shard } from 'discord.js';
import type { Logger } from 'pino';
import type { Config, ShardLayout } from '../config.ts';
import type { VersionBus } from '../store/types.ts';
import type { ShardStatus } from './command.ts';
import type { BotStores } from './stores.ts';
import { entryExecArgv, entryFile } from '../runtime.ts';

/*
 * Sharding with discord.js's own ShardingManager: `npm start` with a token runs the manager, which forks one
 * process per shard (src/discord/shard-entry.ts). Each shard loads the current snapshot from the store and serves
 * its guilds; everything users see across shards lives in the store. The manager holds no archive.
 */

/** The REST base the bot talks to: the shared proxy when there is one, else DISCORD_API_URL, else Discord. */
export function restApiBase(config: Pick<Config, 'DISCORD_REST_PROXY' | 'DISCORD_API_URL'>): string | undefined {
  return config.DISCORD_REST_PROXY ?? config.DISCORD_API_URL;
}

/**
 * Discord's recommended shard count (GET /gateway/bot), asked through the configured REST base: discord.js's
 * `totalShards: 'auto'` always asks discord.com, whatever the client's REST options say.
 */
export async function recommendedShardCount(config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_REST_PROXY' | 'DISCORD_API_URL'>): Promise<number> {
  const api = restApiBase(config);
  const rest = new REST(api ? { api } : {}).setToken(config.DISCORD_TOKEN ?? '');
  try {
    const body = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
    const shards = Number(body.shards);
    if (!Number.isInteger(shards) || shards < 1) throw new Error(`it answered shards=${JSON.stringify(body.shards)}`);
    return shards;
  } catch (err) {
    throw new Error(`discord: cannot ask Discord how many shards to run (${(err as Error).message}); set SHARDS to a number to start without asking`);
  }
}

/** The message a shard sends its manager (SQLite) when it made a version current; the manager passes it to every shard. */
interface VersionMessage {
  archivist: 'version';
  version: string;
}

function isVersionMessage(m: unknown): m is VersionMessage {
  return typeof m === 'object' && m !== null && (m as VersionMessage).archivist === 'version' && typeof (m as VersionMessage).version === 'string';
}

/**
 * The version bus of a shard process on SQLite: there is no channel between processes in SQLite, so a shard tells
 * its manager, which tells every shard of this machine (itself included). Outside a manager: undefined.
 */
export function ipcVersionBus(): VersionBus | undefined {
  if (!process.send || !process.env['SHARDING_MANAGER']) return undefined;
  return {
    async publish(version) {
      process.send?.({ archivist: 'version', version } satisfies VersionMessage);
    },
    async subscribe(onVersion) {
      const listener = (m: unknown) => {
        if (isVersionMessage(m)) onVersion(m.version);
      };
      process.on('message', listener);
      return async () => {
        process.off('message', listener);
      };
    },
  };
}

/** The running manager; `stop()` ends every shard of this machine without respawning them. */
export interface RunningShards {
  manager: ShardingManager;
  totalShards: number;
  stop(): Promise<void>;
}

/** Starts this machine's shards (all of the bot's, or SHARD_LIST of TOTAL_SHARDS) and resolves once each is ready. */
export async function startShards(config: Config, layout: ShardLayout, log: Logger, storeKind: 'sqlite' | 'redis'): Promise<RunningShards> {
  const totalShards = layout.total === 'auto' ? await recommendedShardCount(config) : layout.total;
  const entry = fileURLToPath(entryFile('./shard-entry.ts', import.meta.url));
  const manager = new ShardingManager(entry, {
    token: config.DISCORD_TOKEN!,
    totalShards,
    shardList: layout.mine === 'all' ? 'auto' : layout.mine,
    mode: 'process',
    respawn: true,
    // Shards run what the manager runs: the bundle, or the sources through tsx's loader (resolved from here, so the
    // working directory does not matter).
    execArgv: entryExecArgv(),
  });
  manager.on('shardCreate', (shard: Shard) => {
    log.info({ shard: shard.id, totalShards }, 'shards: starting shard');
    shard.on('death', (child) => log.warn({ shard: shard.id, exitCode: 'exitCode' in child ? child.exitCode : undefined }, 'shards: shard process died; the manager starts it again'));
    shard.on('ready', () => log.info({ shard: shard.id }, 'shards: shard ready'));
    // SQLite has no channel between processes: the manager passes a shard's new version to every shard here.
    if (storeKind === 'sqlite') {
      shard.on('message', (m: unknown) => {
        if (isVersionMessage(m)) void manager.broadcast(m).catch(() => undefined);
      });
    }
  });
  await manager.spawn({ amount: totalShards, delay: config.SHARD_SPAWN_DELAY_MS, timeout: 180_000 });
  log.info({ totalShards, here: [...manager.shards.keys()] }, 'shards: every shard of this machine is ready');
  return {
    manager,
    totalShards,
    async stop() {
      for (const shard of manager.shards.values()) shard.kill();
    },
  };
}

/** The key a shard's presence is stored under (settings scope "shards"), for /stats across machines. */
const presenceKey = (id: number) => `shard:${id}`;
/** A presence older than this belongs to a shard that stopped. */
const PRESENCE_FRESH_MS = 60_000;
const PRESENCE_EVERY_MS = 15_000;

interface Presence {
  id: number;
  guilds: number;
  version: string;
  startedAt: number;
  seenAt: number;
  host: string;
}

/** What the shards' status needs of a discord.js client and of the serving archive. */
export interface ShardStatusSource {
  client: Client;
  version(): string;
  stores: BotStores;
}

/** Marks a client with its archive version, so another shard's `broadcastEval` can read it. */
interface VersionedClient {
  archivistVersion?: string;
}

/**
 * Publishes this process's shards in the store every 15 s (shards on other machines are not reachable by
 * broadcastEval) and returns the function /stats calls: every shard of the bot, each with its guild count,
 * archive version and uptime, from the shard itself where this machine's manager reaches it, else from the store.
 * Returns the stop function too.
 */
export function shardStatus(source: ShardStatusSource): { status: () => Promise<ShardStatus[]>; stop: () => void } {
  const { client } = source;
  const startedAt = Date.now();
  Object.defineProperty(client, 'archivistVersion', { get: () => source.version(), configurable: true });
  const ids = (): number[] => client.shard?.ids ?? [0];
  const publish = async () => {
    for (const id of ids()) {
      const guilds = client.guilds.cache.filter((g) => g.shardId === id).size;
      const presence: Presence = { id, guilds, version: source.version(), startedAt, seenAt: Date.now(), host: hostname() };
      await source.stores.settings.set('shards', presenceKey(id), presence).catch(() => undefined);
    }
  };
  // At once when ready and whenever a guild joins or leaves, then every 15 s to show the shard is alive.
  client.on(Events.ClientReady, () => void publish());
  client.on(Events.GuildCreate, () => void publish());
  client.on(Events.GuildDelete, () => void publish());
  const timer = setInterval(() => void publish(), PRESENCE_EVERY_MS);
  timer.unref();

  const status = async (): Promise<ShardStatus[]> => {
    const util = client.shard;
    const mine = new Set(ids());
    if (!util) {
      return [{ id: 0, guilds: client.guilds.cache.size, version: source.version(), uptimeMs: client.uptime ?? 0, answering: true, here: true }];
    }
    const out: ShardStatus[] = [];
    await Promise.all(
      Array.from({ length: util.count }, async (_, id) => {
        try {
          // One shard at a time, so that one dead shard does not hide the others' answers.
          const r = (await util.broadcastEval(
            (c) => ({ guilds: c.guilds.cache.size, uptime: c.uptime ?? 0, version: (c as unknown as VersionedClient).archivistVersion ?? '?' }),
            { shard: id },
          )) as { guilds: number; uptime: number; version: string };
          out.push({ id, guilds: r.guilds, version: r.version, uptimeMs: r.uptime, answering: true, here: mine.has(id) });
        } catch {
          const p = await source.stores.settings.get<Presence>('shards', presenceKey(id)).catch(() => undefined);
          if (p && Date.now() - p.seenAt < PRESENCE_FRESH_MS) {
            out.push({ id, guilds: p.guilds, version: p.version, uptimeMs: p.seenAt - p.startedAt, answering: true, here: false, host: p.host, seenAgoMs: Date.now() - p.seenAt });
          } else {
            out.push({ id, guilds: 0, version: p?.version ?? '?', uptimeMs: 0, answering: false, here: false });
          }
        }
      }),
    );
    return out.sort((a, b) => a.id - b.id);
  };
  return { status, stop: () => clearInterval(timer) };
}
