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
});

export type Config = Readonly<z.infer<typeof schema>>;

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
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`config: invalid environment: ${problems}`);
  }
  return Object.freeze(parsed.data);
}
