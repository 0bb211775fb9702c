import { asciiJson } from '../index/ascii-json.ts';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv from 'keyv';
// The driver of the store asked for is imported when it is opened: a process on SQLite never loads the Redis client
// (about 0.15 s of a shard's start-up), nor one on Redis the SQLite driver.
import type KeyvRedis from '@keyv/redis';
import type { createClient } from '@keyv/redis';
import type { LockResult, LockStore, VersionBus } from './types.ts';

/** What the typed stores are built on: one keyv per namespace, plus atomic named locks. */
export interface Backend {
  readonly kind: 'sqlite' | 'redis';
  keyv(namespace: string): Keyv;
  /** Writes many values of a namespace at once, as `keyv(namespace).set` would one by one (no expiry). */
  setMany(namespace: string, entries: Array<{ key: string; value: unknown }>): Promise<void>;
  /** Writes a value already serialised as JSON, as `keyv(namespace).set(key, JSON.parse(json))` would (no expiry). */
  setRaw(namespace: string, key: string, json: string): Promise<void>;
  locks: LockStore;
  /** Redis: the pub/sub channel of the current version; SQLite: none (the caller supplies one or relies on polling). */
  versions?: VersionBus;
  close(): Promise<void>;
}

interface LockRecord {
  owner: string;
  since: number;
  expiresAt: number;
}

const LOCK_PREFIX = 'archivist-locks:';

/**
 * Plain JSON instead of keyv's default serializer: that one walks every value in JavaScript (and revives every
 * string on the way back), which blocks the event loop for hundreds of milliseconds on a multi-megabyte snapshot.
 * Nothing stored here is a Buffer, which is all the default adds.
 */
const PLAIN_JSON = {
  // (Written as ASCII: see `asciiJson`.)
  serialize: (data: unknown) => asciiJson(data),
  deserialize: (data: string) => JSON.parse(data),
} as const;

/** Resolves `sqlite://relative/or/absolute/path` to a file path ("sqlite://:memory:" is refused: namespaces need one shared file). */
export function sqlitePath(url: string): string {
  const raw = url.replace(/^sqlite:\/\//, '').replace(/\?.*$/, '');
  if (raw === '' || raw === ':memory:') throw new Error(`store: STORE_URL needs a file path, got "${url}"`);
  return resolve(raw);
}

/**
 * SQLite through @keyv/sqlite: one connection, all namespaces in one table (keyv prefixes the keys).
 * Locks are one INSERT … ON CONFLICT … WHERE statement, atomic across processes sharing the file;
 * the usual deployment is still a single bot process per file.
 */
/**
 * Options after the path: `?max_size_mb=N` refuses writes that would grow the file past N MB (SQLite answers
 * SQLITE_FULL, as on a full disk), so a runaway archive cannot fill the disk; `?readonly=true` opens the store
 * for serving only (every write fails with SQLITE_READONLY, as on a read-only disk).
 */
export function sqliteOptions(url: string): { maxSizeMb?: number; readonly: boolean } {
  const query = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  for (const key of query.keys()) {
    if (key !== 'max_size_mb' && key !== 'readonly') throw new Error(`store: unknown sqlite option "${key}" in STORE_URL (known: max_size_mb, readonly)`);
  }
  const max = query.get('max_size_mb');
  const maxSizeMb = max === null ? undefined : Number(max);
  if (maxSizeMb !== undefined && !(maxSizeMb > 0)) throw new Error(`store: max_size_mb must be a positive number of megabytes, got "${max}"`);
  return { ...(maxSizeMb !== undefined ? { maxSizeMb } : {}), readonly: query.get('readonly') === 'true' };
}

export async function openSqliteBackend(url: string): Promise<Backend> {
  const file = sqlitePath(url);
  const options = sqliteOptions(url);
  mkdirSync(dirname(file), { recursive: true });
  const { default: KeyvSqlite } = await import('@keyv/sqlite');
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
  adapter.on('error', () => {});
  // WAL: readers (the bot loading a snapshot) never wait for a writer, and a killed writer leaves the last commit intact.
  await adapter.query('PRAGMA journal_mode=WAL');
  if (options.maxSizeMb !== undefined) {
    const pageSize = ((await adapter.query('PRAGMA page_size')) as Array<{ page_size: number }>)[0]?.page_size ?? 4096;
    await adapter.query(`PRAGMA max_page_count = ${Math.max(1, Math.floor((options.maxSizeMb * 1024 * 1024) / pageSize))}`);
  }
  if (options.readonly) await adapter.query('PRAGMA query_only = ON');
  const table = adapter.opts.table ?? 'keyv';

  const locks: LockStore = {
    async acquire(name, owner, ttlMs): Promise<LockResult> {
      const now = Date.now();
      const mine: LockRecord = { owner, since: now, expiresAt: now + ttlMs };
      const key = LOCK_PREFIX + name;
      // One statement: take a free or expired lock, or renew our own (keeping when it was first taken).
      await adapter.query(
        `INSERT INTO ${table} (key, value) VALUES (?, ?)
         ON CONFLICT(key) DO UPDATE SET value = CASE
           WHEN json_extract(${table}.value, '$.owner') = ? THEN json_set(${table}.value, '$.expiresAt', ?)
           ELSE excluded.value END
         WHERE json_extract(${table}.value, '$.expiresAt') <= ? OR json_extract(${table}.value, '$.owner') = ?`,
        key,
        JSON.stringify(mine),
        owner,
        mine.expiresAt,
        now,
        owner,
      );
      const rows = (await adapter.query(`SELECT value FROM ${table} WHERE key = ?`, key)) as Array<{ value: string }>;
      const held = rows[0] ? (JSON.parse(rows[0].value) as LockRecord) : undefined;
      if (held && held.owner === owner && held.expiresAt === mine.expiresAt) return { ok: true };
      if (!held) return locks.acquire(name, owner, ttlMs);
      return { ok: false, heldBy: held.owner, since: held.since };
    },
    async release(name, owner) {
      await adapter.query(
        `DELETE FROM ${table} WHERE key = ? AND json_extract(value, '$.owner') = ?`,
        LOCK_PREFIX + name,
        owner,
      );
    },
  };

  return {
    kind: 'sqlite',
    async setMany(namespace, entries) {
      // One statement, so one commit: keyv writes row by row, each its own transaction and WAL sync (2 ms each here),
      // which made storing 10,000 build results take most of a minute. Rows are what keyv writes: the namespace
      // prefix on the key, `{"value":…}` as the value.
      if (entries.length === 0) return;
      const rows = entries.map(({ key, value }) => [`${namespace}:${key}`, PLAIN_JSON.serialize({ value })]);
      await adapter.query(
        `INSERT INTO ${table} (key, value)
         SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM json_each(?) AS j WHERE true
         ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        JSON.stringify(rows),
      );
    },
    async setRaw(namespace, key, json) {
      // keyv's row: `{"value":…}` (PLAIN_JSON of `{ value, expires: undefined }`), under the namespaced key.
      await adapter.set(`${namespace}:${key}`, `{"value":${json}}`);
    },
    keyv(namespace) {
      const k = new Keyv({ store: adapter, namespace, throwOnErrors: true, ...PLAIN_JSON });
      k.on('error', () => {});
      return k;
    },
    locks,
    async close() {
      await adapter.disconnect();
    },
  };
}

const RENEW_SCRIPT = `
local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).owner == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

const RELEASE_SCRIPT = `
local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).owner == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Redis through @keyv/redis: one client shared by one adapter per namespace.
 * Locks use SET NX PX (atomic, expiry kept by Redis) and a compare-and-delete script.
 */
export async function openRedisBackend(url: string): Promise<Backend> {
  let everReady = false;
  const { default: KeyvRedis, createClient } = await import('@keyv/redis');
  const client = createClient({
    url,
    // While disconnected, commands fail at once instead of queueing until Redis is back: the bot answers
    // without the store meanwhile (see degradeWhenDown) rather than leaving users waiting.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      // At start-up a wrong URL should fail fast; once running, an outage is waited out (requests fail meanwhile).
      reconnectStrategy: (retries: number) =>
        !everReady && retries >= 3 ? new Error('store: redis unreachable') : Math.min((retries + 1) * 200, 5_000),
    },
  });
  let lastError: unknown;
  client.on('error', (e: unknown) => {
    lastError = e;
  });
  client.on('ready', () => {
    everReady = true;
  });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`store: cannot connect to ${url}: ${String((e as Error).message ?? lastError)}`);
  }

  const locks: LockStore = {
    async acquire(name, owner, ttlMs): Promise<LockResult> {
      const key = LOCK_PREFIX + name;
      const now = Date.now();
      const mine = JSON.stringify({ owner, since: now, expiresAt: now + ttlMs } satisfies LockRecord);
      const set = await client.set(key, mine, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } });
      if (set === 'OK') return { ok: true };
      const raw = await client.get(key);
      if (raw === null) return locks.acquire(name, owner, ttlMs);
      const held = JSON.parse(String(raw)) as LockRecord;
      if (held.owner === owner) {
        // Renewal: extend the expiry only if it is still ours at this instant; `since` keeps the start time.
        const renewed = await client.eval(RENEW_SCRIPT, { keys: [key], arguments: [owner, String(ttlMs)] });
        if (renewed === 1) return { ok: true };
        return locks.acquire(name, owner, ttlMs);
      }
      return { ok: false, heldBy: held.owner, since: held.since };
    },
    async release(name, owner) {
      await client.eval(RELEASE_SCRIPT, { keys: [LOCK_PREFIX + name], arguments: [owner] });
    },
  };

  const keyv = (namespace: string): Keyv => {
    const adapter = new KeyvRedis(client, { namespace, throwOnErrors: true });
    adapter.on('error', () => {});
    // The adapter prefixes keys itself; a second prefix from Keyv would only double it.
    const k = new Keyv({ store: adapter, namespace, useKeyPrefix: false, throwOnErrors: true, ...PLAIN_JSON });
    k.on('error', () => {});
    return k;
  };
  const keyvs = new Map<string, Keyv>();
  return {
    kind: 'redis',
    versions: redisVersionBus(client),
    async setMany(namespace, entries) {
      // keyv's setMany sends one pipelined MULTI per call: one round trip, not one per value.
      const kv = keyvs.get(namespace) ?? keyv(namespace);
      keyvs.set(namespace, kv);
      await kv.setMany(entries);
    },
    async setRaw(namespace, key, json) {
      // The adapter adds the namespace to the key itself; the value is keyv's row, `{"value":…}`.
      const kv = keyvs.get(namespace) ?? keyv(namespace);
      keyvs.set(namespace, kv);
      await (kv.store as KeyvRedis<string>).set(key, `{"value":${json}}`);
    },
    keyv,
    locks,
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}

/** The channel a new current version is announced on. */
export const VERSION_CHANNEL = 'archivist:current-version';

/**
 * Pub/sub through the client already in use: publishing on it, and each subscription on a duplicate connection
 * (a subscribed Redis connection can run nothing else). The subscriber reconnects like the main client; what it
 * misses meanwhile is caught up by the pointer checks (`followCurrentVersion`).
 */
/** The one client type the backend makes (with `createClient`'s defaults). */
type RedisClient = ReturnType<typeof createClient<{}, {}, {}, 2, {}>>;

function redisVersionBus(client: RedisClient): VersionBus {
  return {
    async publish(version) {
      await client.publish(VERSION_CHANNEL, version);
    },
    async subscribe(onVersion) {
      const sub = client.duplicate({ disableOfflineQueue: true, socket: { connectTimeout: 5_000, reconnectStrategy: (retries: number) => Math.min((retries + 1) * 200, 5_000) } });
      sub.on('error', () => {});
      await sub.connect();
      await sub.subscribe(VERSION_CHANNEL, (message: string) => onVersion(message));
      return async () => {
        if (sub.isOpen) await sub.close();
      };
    },
  };
}
