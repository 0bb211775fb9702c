import type { ConversationContext } from '../domain/types.ts';
import type { Snapshot } from '../index/snapshot.ts';

/** Counts shown for a stored version (what `/refresh history` and `/stats` print). */
export interface SnapshotCounts {
  articles: number;
  events: number;
  speakers: number;
  quotes: number;
  figures: number;
  conflicts: number;
  skipped: number;
}

export interface SnapshotInfo {
  version: string;
  builtAt: string;
  counts: SnapshotCounts;
}

/** Index versions plus a pointer to the serving one. Writing a version never moves the pointer. */
export interface SnapshotStore {
  put(version: string, snapshot: Snapshot): Promise<void>;
  get(version: string): Promise<Snapshot | undefined>;
  current(): Promise<string | undefined>;
  setCurrent(version: string): Promise<void>;
  /** Stored versions, oldest first. */
  list(): Promise<SnapshotInfo[]>;
  /** Deletes all but the newest `keep` versions; the current version is always kept. Returns the deleted versions. */
  prune(keep: number): Promise<string[]>;
}

export interface SettingsStore {
  get<T>(scope: string, key: string): Promise<T | undefined>;
  set(scope: string, key: string, value: unknown): Promise<void>;
}

export interface CooldownStore {
  /** Records a use of `key` by `userId`; refused (with the epoch ms to retry at) while the previous use is younger than `seconds`. */
  hit(userId: string, key: string, seconds: number): Promise<{ ok: true } | { ok: false; retryAt: number }>;
}

export interface ContextStore {
  get(userId: string, channelId: string): Promise<ConversationContext | undefined>;
  set(userId: string, channelId: string, ctx: ConversationContext, ttlMs: number): Promise<void>;
}

export type AuditAction = 'refresh' | 'add' | 'remove' | 'rollback';

/** One line of the moderators' history. */
export interface AuditEntry {
  /** Who did it: a Discord user id / tag, or "cli:<user>" for the CLI. */
  who: string;
  /** ISO time it finished. */
  when: string;
  action: AuditAction;
  result: 'ok' | 'failed' | 'refused';
  /** One line: "+3 articles, -1 article, 2 skipped" or why it failed. */
  summary: string;
  /** The version serving after the action (when it changed) and the one before. */
  version?: string;
  previousVersion?: string;
  /** The file or URL an add/remove was about. */
  target?: string;
}

export interface AuditStore {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(limit?: number): Promise<AuditEntry[]>;
}

export type LockResult = { ok: true } | { ok: false; heldBy: string; since: number };

/** Named locks with an expiry, so that a crashed holder does not lock forever. */
export interface LockStore {
  /** Takes the lock when free, expired, or already held by `owner` (which renews it). */
  acquire(name: string, owner: string, ttlMs: number): Promise<LockResult>;
  /** Frees the lock only when `owner` holds it. */
  release(name: string, owner: string): Promise<void>;
}

export interface Stores {
  snapshots: SnapshotStore;
  settings: SettingsStore;
  cooldowns: CooldownStore;
  contexts: ContextStore;
  audit: AuditStore;
  locks: LockStore;
  /** "sqlite" or "redis": for logs and /stats. */
  readonly kind: 'sqlite' | 'redis';
  close(): Promise<void>;
}
