import { createHash, randomBytes } from 'node:crypto';
import type Keyv from 'keyv';
import type { ConversationContext } from '../domain/types.ts';
import type { Snapshot } from '../index/snapshot.ts';
import { openRedisBackend, openSqliteBackend, type Backend } from './backend.ts';
import type {
  AuditEntry,
  AuditStore,
  ContextStore,
  CooldownStore,
  ExtractionStore,
  FeedbackStore,
  InsightsData,
  InsightsStore,
  NotRightEntry,
  NotRightReason,
  SettingsStore,
  SnapshotCounts,
  SnapshotInfo,
  SnapshotStore,
  StoredAnswer,
  VersionBus,
  Stores,
  UnansweredGroup,
  VoteEntry,
  VoteTally,
  WeekCount,
} from './types.ts';

export type * from './types.ts';

/** How many audit entries are kept (oldest dropped first). */
const AUDIT_KEPT = 500;

/** A bus that reaches this process only: SQLite's default, where other processes learn a new version from the pointer. */
export function localVersionBus(): VersionBus {
  const listeners = new Set<(version: string) => void>();
  return {
    async publish(version) {
      for (const l of listeners) l(version);
    },
    async subscribe(onVersion) {
      listeners.add(onVersion);
      return async () => {
        listeners.delete(onVersion);
      };
    },
  };
}

/**
 * Opens every store on one backend: `sqlite://path` (file and parent folder created on first run) or `redis://host:port`.
 * `versions` replaces SQLite's in-process version bus (shards of one machine pass their manager's IPC).
 */
export async function openStores(url: string, opts: { versions?: VersionBus } = {}): Promise<Stores> {
  let backend: Backend;
  if (url.startsWith('sqlite://')) backend = await openSqliteBackend(url);
  else if (url.startsWith('redis://') || url.startsWith('rediss://')) backend = await openRedisBackend(url);
  else throw new Error(`store: STORE_URL must start with sqlite:// or redis://, got "${url}"`);

  const versions = backend.versions ?? opts.versions ?? localVersionBus();
  return {
    kind: backend.kind,
    versions,
    snapshots: snapshotStore(backend.keyv('archivist-snapshots'), versions, (key, json) => backend.setRaw('archivist-snapshots', key, json)),
    extractions: extractionStore(backend.keyv('archivist-extractions'), (entries) => backend.setMany('archivist-extractions', entries)),
    settings: settingsStore(backend.keyv('archivist-settings')),
    cooldowns: cooldownStore(backend.keyv('archivist-cooldowns')),
    contexts: contextStore(backend.keyv('archivist-contexts')),
    audit: auditStore(backend.keyv('archivist-audit')),
    feedback: feedbackStore(backend.keyv('archivist-feedback')),
    insights: insightsStore(backend.keyv('archivist-insights')),
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

function snapshotStore(kv: Keyv, versions: VersionBus, setRaw: (key: string, json: string) => Promise<void>): SnapshotStore {
  const list = async (): Promise<SnapshotInfo[]> => ((await kv.get('versions')) as SnapshotInfo[] | undefined) ?? [];
  return {
    async put(version, snapshot, json) {
      // The body goes first and the listing second: a crash in between leaves an unlisted body, never a listed hole.
      if (json === undefined) await kv.set(`v:${version}`, snapshot);
      else await setRaw(`v:${version}`, json);
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
      // Every process serving from this store swaps to it; a lost announcement is caught up by their pointer checks.
      await versions.publish(version).catch(() => undefined);
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

/** Keys per round trip: SQLite's getMany matches rows to keys one by one, and Redis replies are held whole. */
const EXTRACTION_BATCH = 500;

interface ExtractionEntry {
  /** sha256 (hex) of `body`. */
  sha: string;
  body: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += EXTRACTION_BATCH) out.push(items.slice(i, i + EXTRACTION_BATCH));
  return out;
}

/**
 * Build results under `p:`/`x:` keys, each `{ sha, body }`, and `index`: every key stored (keyv cannot list keys),
 * so that `put` can drop the bodies the last build did not use. Writes come from builds, which the archive lock
 * serialises (the start-up build of an empty store aside: at worst a body is dropped and computed again).
 */
function extractionStore(kv: Keyv, setMany: Backend['setMany'] extends (ns: string, e: infer E) => infer R ? (e: E) => R : never): ExtractionStore {
  const stored = async (): Promise<string[]> => {
    const index = (await kv.get('index').catch(() => undefined)) as unknown;
    return Array.isArray(index) ? index.filter((k): k is string => typeof k === 'string') : [];
  };
  const usable = (v: unknown): string | undefined => {
    const e = v as Partial<ExtractionEntry> | undefined;
    return e && typeof e.body === 'string' && typeof e.sha === 'string' && sha256(e.body) === e.sha ? e.body : undefined;
  };
  return {
    async get(keys) {
      const out: Array<string | undefined> = [];
      for (const batch of batches(keys)) {
        let values: unknown[];
        try {
          values = (await kv.get(batch)) as unknown[];
        } catch {
          // One value that is not even JSON fails the whole batch: read those keys one by one, skipping the bad one.
          values = await Promise.all(batch.map((k) => kv.get(k).catch(() => undefined)));
        }
        for (const v of values) out.push(usable(v));
      }
      return out;
    },
    async put(entries, used) {
      // Listed before the bodies are written, so a crash in between never leaves a body no later put can drop.
      const listed = new Set([...(await stored()), ...entries.map(([k]) => k)]);
      await kv.set('index', [...listed]);
      for (const batch of batches(entries)) {
        await setMany(batch.map(([key, body]) => ({ key, value: { sha: sha256(body), body } satisfies ExtractionEntry })));
      }
      const keep = new Set(used);
      const dropped = [...listed].filter((k) => !keep.has(k));
      for (const batch of batches(dropped)) await kv.delete(batch);
      await kv.set('index', [...listed].filter((k) => keep.has(k)));
    },
    async size() {
      return (await stored()).length;
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

/**
 * Runs read-modify-write updates one after another: keyv has no transactions, and two votes or questions arriving
 * together must not lose one another's count (within one process; a shared Redis may still lose a rare count).
 */
function serial(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

function tallyOf(votes: Record<string, VoteEntry>): VoteTally {
  const tally: VoteTally = { up: 0, down: 0, reasons: {} };
  for (const v of Object.values(votes)) {
    if (v.vote === 'up') tally.up++;
    else {
      tally.down++;
      if (v.reason) tally.reasons[v.reason] = (tally.reasons[v.reason] ?? 0) + 1;
    }
  }
  return tally;
}

/** Answers voted on (`a:<key>`), their votes by voter hash (`v:<key>`) and the voters' salt (`salt`). */
function feedbackStore(kv: Keyv): FeedbackStore {
  const queue = serial();
  const votesOf = async (key: string) => ((await kv.get(`v:${key}`)) as Record<string, VoteEntry> | undefined) ?? {};
  return {
    async saveAnswer(key, answer, ttlMs) {
      await kv.set(`a:${key}`, answer, ttlMs);
    },
    async getAnswer(key) {
      return (await kv.get(`a:${key}`)) as StoredAnswer | undefined;
    },
    vote(key, voter, decide, ttlMs) {
      return queue(async () => {
        const votes = await votesOf(key);
        const previous = votes[voter];
        const next = decide(previous);
        if (next) votes[voter] = next;
        else delete votes[voter];
        await kv.set(`v:${key}`, votes, ttlMs);
        return { ...(previous ? { previous } : {}), ...(next ? { next } : {}), tally: tallyOf(votes) };
      });
    },
    votes: votesOf,
    salt() {
      return queue(async () => {
        const kept = (await kv.get('salt')) as string | undefined;
        if (kept) return kept;
        const made = randomBytes(24).toString('base64url');
        await kv.set('salt', made);
        return made;
      });
    },
  };
}

/** Unanswered groups and "Not right" entries kept at most; past it the least recently seen are dropped. */
const INSIGHTS_KEPT = 2_000;
const MAX_WORDINGS = 5;
const MAX_GUILDS = 20;

const withItem = (list: string[], item: string, max: number, same = (a: string, b: string) => a === b) =>
  list.some((x) => same(x, item)) || list.length >= max ? list : [...list, item];

/**
 * The insights log: unanswered groups (`g:<key>`), answers voted "Not right" (`n:<key>`) and questions per week
 * (`w:<week>`), each listed in an index (`index:g`, `index:n`, `index:w`: key → last change) since keyv cannot list
 * keys. Every write renews the entry's TTL, so an entry lasts `ttlMs` after it last changed.
 */
function insightsStore(kv: Keyv): InsightsStore {
  const queue = serial();
  type Kind = 'g' | 'n' | 'w';
  const indexOf = async (kind: Kind) => ((await kv.get(`index:${kind}`)) as Record<string, string> | undefined) ?? {};

  async function touch(kind: Kind, key: string, at: string, ttlMs: number): Promise<void> {
    const index = await indexOf(kind);
    index[key] = at;
    // An entry last changed longer ago than its TTL has expired: its line goes too.
    const expired = new Date(Date.now() - ttlMs).toISOString();
    for (const [k, when] of Object.entries(index)) if (when < expired) delete index[k];
    const keys = Object.keys(index);
    if (keys.length > INSIGHTS_KEPT) {
      const dropped = keys.sort((a, b) => (index[a] ?? '').localeCompare(index[b] ?? '')).slice(0, keys.length - INSIGHTS_KEPT);
      for (const k of dropped) delete index[k];
      await kv.delete(dropped.map((k) => `${kind}:${k}`));
    }
    await kv.set(`index:${kind}`, index, ttlMs);
  }

  async function untouch(kind: Kind, key: string, ttlMs: number): Promise<void> {
    const index = await indexOf(kind);
    delete index[key];
    await kv.set(`index:${kind}`, index, ttlMs);
  }

  async function all<T>(kind: Kind): Promise<T[]> {
    const keys = Object.keys(await indexOf(kind));
    if (keys.length === 0) return [];
    const values = (await kv.get(keys.map((k) => `${kind}:${k}`))) as Array<T | undefined>;
    return values.filter((v): v is T => v !== undefined && v !== null);
  }

  return {
    countQuestion(week, answered, ttlMs) {
      return queue(async () => {
        const old = (await kv.get(`w:${week}`)) as WeekCount | undefined;
        const next: WeekCount = { week, asked: (old?.asked ?? 0) + 1, answered: (old?.answered ?? 0) + (answered ? 1 : 0) };
        await kv.set(`w:${week}`, next, ttlMs);
        await touch('w', week, new Date().toISOString(), ttlMs);
      });
    },
    noteUnanswered(note, ttlMs) {
      return queue(async () => {
        const old = (await kv.get(`g:${note.key}`)) as UnansweredGroup | undefined;
        const day = note.at.slice(0, 10);
        const oldest = new Date(Date.parse(note.at) - ttlMs).toISOString().slice(0, 10);
        const days = Object.fromEntries(Object.entries({ ...old?.days, [day]: (old?.days[day] ?? 0) + 1 }).filter(([d]) => d >= oldest));
        const next: UnansweredGroup = {
          key: note.key,
          normalised: old?.normalised ?? note.normalised,
          questions: withItem(old?.questions ?? [], note.question, MAX_WORDINGS, (a, b) => a.toLowerCase() === b.toLowerCase()),
          suggestion: old?.suggestion ?? note.suggestion,
          count: Object.values(days).reduce((a, b) => a + b, 0),
          firstSeen: old?.firstSeen ?? note.at,
          lastSeen: note.at,
          guilds: withItem(old?.guilds ?? [], note.guild, MAX_GUILDS),
          version: note.version,
          days,
        };
        await kv.set(`g:${note.key}`, next, ttlMs);
        await touch('g', note.key, note.at, ttlMs);
      });
    },
    noteNotRight(note, change, ttlMs) {
      return queue(async () => {
        const old = (await kv.get(`n:${note.key}`)) as NotRightEntry | undefined;
        const count = (old?.count ?? 0) + change.count;
        if (count <= 0) {
          if (old) {
            await kv.delete(`n:${note.key}`);
            await untouch('n', note.key, ttlMs);
          }
          return;
        }
        const reasons: Partial<Record<NotRightReason, number>> = { ...old?.reasons };
        for (const [r, n] of Object.entries(change.reasons) as Array<[NotRightReason, number]>) {
          const v = (reasons[r] ?? 0) + n;
          if (v > 0) reasons[r] = v;
          else delete reasons[r];
        }
        const { guild: _guild, at: _at, ...about } = note;
        const next: NotRightEntry = {
          ...about,
          count,
          reasons,
          firstSeen: old?.firstSeen ?? note.at,
          lastSeen: change.count > 0 || !old ? note.at : old.lastSeen,
          guilds: withItem(old?.guilds ?? [], note.guild, MAX_GUILDS),
        };
        await kv.set(`n:${note.key}`, next, ttlMs);
        await touch('n', note.key, note.at, ttlMs);
      });
    },
    async read(): Promise<InsightsData> {
      const [groups, notRight, weeks] = await Promise.all([all<UnansweredGroup>('g'), all<NotRightEntry>('n'), all<WeekCount>('w')]);
      return { groups, notRight, weeks };
    },
    clear() {
      return queue(async () => {
        for (const kind of ['g', 'n', 'w'] as const) {
          const keys = Object.keys(await indexOf(kind));
          if (keys.length) await kv.delete(keys.map((k) => `${kind}:${k}`));
          await kv.delete(`index:${kind}`);
        }
      });
    },
  };
}
