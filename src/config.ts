import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * The only reader of `process.env`. Every setting is listed (with a comment) in `.env.example`.
 * `loadConfig()` validates and freezes; a missing or malformed value stops start-up with a message naming it.
 */

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const snowflake = z.string().regex(/^\d{15,22}$/, 'must be a Discord snowflake (15–22 digits)');

const schema = z.object({
  DISCORD_TOKEN: z.string().min(20, 'looks too short to be a bot token').optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  /** REST API base (tests point it at the local stand-in); the gateway URL comes from GET /gateway/bot. */
  DISCORD_API_URL: z.string().url().optional(),
  /** Request the privileged MessageContent intent (enable it in the Developer Portal first) so /config channel works. */
  DISCORD_MESSAGE_CONTENT: booleanish.default(false),
  ARCHIVE_DIR: z.string().min(1).default('data/articles'),
  /** sqlite://path/to/file.sqlite (default) or redis://host:port. */
  STORE_URL: z
    .string()
    .regex(/^(sqlite|redis|rediss):\/\/.+/, 'must start with sqlite:// or redis://')
    .default('sqlite://data/archivist.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MODERATOR_ROLE_ID: snowflake.optional(),
  /** Lets /archive add url fetch loopback or private addresses (tests only). */
  ALLOW_PRIVATE_URLS: booleanish.default(false),
  MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  /** Time one report may take to read; a report over it is skipped ("took too long to read"). */
  REPORT_BUDGET_SECONDS: z.coerce.number().positive().default(10),
  /** Worker threads a build parses and extracts reports on; unset: one per core (`os.availableParallelism()`). */
  BUILD_WORKERS: z.coerce.number().int().positive().max(64).optional(),
  URL_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  COOLDOWN_SECONDS: z.coerce.number().nonnegative().default(3),
  CONTEXT_TTL_SECONDS: z.coerce.number().positive().default(600),
  SNAPSHOTS_KEPT: z.coerce.number().int().min(2).default(5),
  /** Days feedback votes, answers voted on and the insights log are kept (the store's TTL). */
  INSIGHTS_DAYS: z.coerce.number().int().positive().default(90),
  /** Salt for the hash stored instead of a voter's user id; empty: a random salt made once and kept in the store. */
  FEEDBACK_SALT: z.string().min(16, 'must be at least 16 characters').optional(),
  /** With a token: how many shards the bot runs in all, "auto" (Discord's recommendation from /gateway/bot) or a number. */
  SHARDS: z.union([z.literal('auto'), z.coerce.number().int().positive()]).default('auto'),
  /** This machine's shards when the bot's shards are spread over several machines (e.g. "0,1"); needs TOTAL_SHARDS. */
  SHARD_LIST: z
    .string()
    .regex(/^\s*\d+\s*(,\s*\d+\s*)*$/, 'must be shard ids separated by commas, e.g. 0,1')
    .transform((v) => [...new Set(v.split(',').map((x) => Number(x.trim())))].sort((a, b) => a - b))
    .optional(),
  /** The bot's shard count over every machine, with SHARD_LIST. */
  TOTAL_SHARDS: z.coerce.number().int().positive().optional(),
  /** Pause between two shards' start-ups (Discord allows one identify per 5 s per concurrency bucket). */
  SHARD_SPAWN_DELAY_MS: z.coerce.number().int().nonnegative().default(5500),
  /** How often a serving process checks the store's current-version pointer (catch-up for a missed Redis message, and SQLite's only way to learn a CLI refresh). */
  VERSION_CHECK_SECONDS: z.coerce.number().positive().default(10),
  /**
   * Whether a serving process reads its index ahead in the background once ready (faster first answers about a new
   * place or figure; at 10,000 reports about 3 s of CPU and some 130 MB more RSS per shard).
   */
  READ_AHEAD: booleanish.default(true),
  /** Optional: base URL of an @discordjs/proxy every shard sends its REST requests through, so they share one rate limit. */
  DISCORD_REST_PROXY: z.string().url().optional(),
});

export type Config = Readonly<z.infer<typeof schema>>;

/** Which shards this machine runs: every one of the bot's (one machine), or a part (several machines sharing Redis). */
export interface ShardLayout {
  /** The bot's shard count over all machines ("auto": ask Discord at start). */
  total: number | 'auto';
  /** This machine's shards ("all": 0 … total − 1). */
  mine: number[] | 'all';
  /** True when other machines run the other shards. */
  multiMachine: boolean;
}

/** The shard layout the settings describe, or why it cannot run (a multi-machine layout needs a shared Redis store). */
export function shardLayout(config: Pick<Config, 'SHARDS' | 'SHARD_LIST' | 'TOTAL_SHARDS' | 'STORE_URL'>): { ok: true; layout: ShardLayout } | { ok: false; reason: string } {
  if (!config.SHARD_LIST) {
    if (config.TOTAL_SHARDS !== undefined) return { ok: true, layout: { total: config.TOTAL_SHARDS, mine: 'all', multiMachine: false } };
    return { ok: true, layout: { total: config.SHARDS, mine: 'all', multiMachine: false } };
  }
  const total = config.TOTAL_SHARDS;
  if (total === undefined) return { ok: false, reason: 'SHARD_LIST needs TOTAL_SHARDS: the shard count over every machine' };
  const beyond = config.SHARD_LIST.filter((id) => id >= total);
  if (beyond.length) return { ok: false, reason: `SHARD_LIST names shard ${beyond.join(', ')}, but shard ids run from 0 to ${total - 1} with TOTAL_SHARDS=${total}` };
  const multiMachine = config.SHARD_LIST.length < total;
  if (multiMachine && !/^rediss?:\/\//.test(config.STORE_URL)) {
    return {
      ok: false,
      reason: `SHARD_LIST=${config.SHARD_LIST.join(',')} runs ${config.SHARD_LIST.length} of ${total} shards, so other machines run the rest; they must share one store, and SQLite (${config.STORE_URL}) is a file on one machine: set STORE_URL=redis://… on every machine`,
    };
  }
  return { ok: true, layout: { total, mine: multiMachine ? config.SHARD_LIST : 'all', multiMachine } };
}

/** Loads `.env` (when present) into `process.env` without overriding variables already set; start-up only. */
export function loadEnvFile(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

/** Validates an environment (default `process.env`); throws one message naming every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in schema.shape && v !== undefined && v.trim() !== ''),
  );
  // In a shard process discord.js's ShardingManager sets SHARDS to that shard's id (read by its Client): not our setting.
  if (env['SHARDING_MANAGER']) delete cleaned['SHARDS'];
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`config: invalid environment: ${problems}`);
  }
  // A layout that cannot run is refused at start-up, like a malformed value.
  const layout = shardLayout(parsed.data);
  if (!layout.ok) throw new Error(`config: invalid environment: ${layout.reason}`);
  return Object.freeze(parsed.data);
}
