import type Keyv from 'keyv';
import type { ConversationContext } from '../domain/types.ts';
import type { Snapshot } from '../index/snapshot.ts';
import { openRedisBackend, openSqliteBackend, type Backend } from './backend.ts';
import type {
  AuditEntry,
  AuditStore,
  ContextStore,
  CooldownStore,
  SettingsStore,
  SnapshotCounts,
  SnapshotInfo,
  SnapshotStore,
  Stores,
} from './types.ts';

export type * from './types.ts';

/** How many audit entries are kept (oldest dropped first). */
const AUDIT_KEPT = 500;

/** Opens every store on one backend: `sqlite://path` (file and parent folder created on first run) or `redis://host:port`. */
export async function openStores(url: string): Promise<Stores> {
  let backend: Backend;
  if (url.startsWith('sqlite://')) backend = await openSqliteBackend(url);
  else if (url.startsWith('redis://') || url.startsWith('rediss://')) backend = await openRedisBackend(url);
  else throw new Error(`store: STORE_URL must start with sqlite:// or redis://, got "${url}"`);

  return {
    kind: backend.kind,
    snapshots: snapshotStore(backend.keyv('archivist-snapshots')),
    settings: settingsStore(backend.keyv('archivist-settings')),
    cooldowns: cooldownStore(backend.keyv('archivist-cooldowns')),
    contexts: contextStore(backend.keyv('archivist-contexts')),
    audit: auditStore(backend.keyv('archivist-audit')),
    locks: backend.locks,
    close: () => backend.close(),
  };
}

/** Counts of what a snapshot holds. */
export function snapshotCounts(s: Snapshot): SnapshotCounts {
  const d = s.data;
  return {
    articles: d.articles.length,
    events: d.events.length,
    speakers: d.speakers.length,
    quotes: d.quotes.length,
    figures: d.figures.length,
    conflicts: d.conflicts.length,
    skipped: d.skipped.length,
  };
}

function snapshotStore(kv: Keyv): SnapshotStore {
  const list = async (): Promise<SnapshotInfo[]> => ((await kv.get('versions')) as SnapshotInfo[] | undefined) ?? [];
  return {
    async put(version, snapshot) {
      // The body goes first and the listing second: a crash in between leaves an unlisted body, never a listed hole.
      await kv.set(`v:${version}`, snapshot);
      const info: SnapshotInfo = { version, builtAt: snapshot.builtAt, counts: snapshotCounts(snapshot) };
      const versions = (await list()).filter((v) => v.version !== version);
      versions.push(info);
      await kv.set('versions', versions);
    },
    async get(version) {
      return (await kv.get(`v:${version}`)) as Snapshot | undefined;
    },
    async current() {
      return (await kv.get('current')) as string | undefined;
    },
    async setCurrent(version) {
      if (!(await kv.has(`v:${version}`))) throw new Error(`store: no snapshot stored under version "${version}"`);
      await kv.set('current', version);
    },
    list,
    async prune(keep) {
      const current = (await kv.get('current')) as string | undefined;
      const versions = await list();
      const keepSet = new Set(versions.slice(Math.max(0, versions.length - keep)).map((v) => v.version));
      if (current) keepSet.add(current);
      const dropped = versions.filter((v) => !keepSet.has(v.version)).map((v) => v.version);
      if (dropped.length === 0) return [];
      await kv.set(
        'versions',
        versions.filter((v) => keepSet.has(v.version)),
      );
      for (const v of dropped) await kv.delete(`v:${v}`);
      return dropped;
    },
  };
}

function settingsStore(kv: Keyv): SettingsStore {
  return {
    async get<T>(scope: string, key: string) {
      return (await kv.get(`${scope}:${key}`)) as T | undefined;
    },
    async set(scope, key, value) {
      await kv.set(`${scope}:${key}`, value);
    },
  };
}

function cooldownStore(kv: Keyv): CooldownStore {
  return {
    async hit(userId, key, seconds) {
      if (seconds <= 0) return { ok: true };
      const k = `${userId}:${key}`;
      const last = (await kv.get(k)) as number | undefined;
      const now = Date.now();
      const windowMs = seconds * 1000;
      if (last !== undefined && now - last < windowMs) return { ok: false, retryAt: last + windowMs };
      await kv.set(k, now, windowMs);
      return { ok: true };
    },
  };
}

function contextStore(kv: Keyv): ContextStore {
  return {
    async get(userId, channelId) {
      return (await kv.get(`${userId}:${channelId}`)) as ConversationContext | undefined;
    },
    async set(userId, channelId, ctx, ttlMs) {
      await kv.set(`${userId}:${channelId}`, ctx, ttlMs);
    },
  };
}

function auditStore(kv: Keyv): AuditStore {
  const all = async (): Promise<AuditEntry[]> => ((await kv.get('entries')) as AuditEntry[] | undefined) ?? [];
  return {
    async append(entry) {
      // Read-modify-write: appends come from moderators' actions, which the refresh lock already serialises.
      const entries = [entry, ...(await all())].slice(0, AUDIT_KEPT);
      await kv.set('entries', entries);
    },
    async list(limit = 20) {
      return (await all()).slice(0, limit);
    },
  };
}
