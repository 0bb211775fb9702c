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
  /**
   * Stores a version. `json`, when given, must be `JSON.stringify(snapshot)` (as a build worker sends it): it is
   * written as it is instead of serialising the snapshot again (over a second and a half at 10,000 articles).
   */
  put(version: string, snapshot: Snapshot, json?: string): Promise<void>;
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

export type AuditAction = 'refresh' | 'add' | 'remove' | 'rollback' | 'insights-clear';

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

/** An answer users can vote on, kept so its buttons work after a restart. */
export interface StoredAnswer {
  question: string;
  answered: boolean;
  text: string;
  intent: string;
  /** Files of the cited articles. */
  cited: string[];
  /** The archive version that answered. */
  version: string;
  /** Guild id, "dm" or "console". */
  guild: string;
  /** ISO time it was answered. */
  at: string;
}

/** Why an answer is "Not right": wrong fact · wrong or missing source · not what I asked · it should have answered. */
export type NotRightReason = 'fact' | 'source' | 'asked' | 'missing';

/** One user's vote on one answer. */
export interface VoteEntry {
  vote: 'up' | 'down';
  reason?: NotRightReason;
  /** ISO time of the last change. */
  at: string;
}

export interface VoteTally {
  up: number;
  down: number;
  reasons: Partial<Record<NotRightReason, number>>;
}

export interface FeedbackStore {
  saveAnswer(key: string, answer: StoredAnswer, ttlMs: number): Promise<void>;
  getAnswer(key: string): Promise<StoredAnswer | undefined>;
  /**
   * Changes one voter's vote on an answer: `decide` gets the current vote and returns the new one (null removes it).
   * Voters are salted hashes, never user ids. Resolves to the vote before and after, and the answer's tally.
   */
  vote(
    key: string,
    voter: string,
    decide: (previous: VoteEntry | undefined) => VoteEntry | null,
    ttlMs: number,
  ): Promise<{ previous?: VoteEntry; next?: VoteEntry; tally: VoteTally }>;
  /** Every vote on an answer, by voter hash. */
  votes(key: string): Promise<Record<string, VoteEntry>>;
  /** The salt voters are hashed with: made once at random, then kept. */
  salt(): Promise<string>;
}

/** A question the archive could not answer, as recorded. */
export interface UnansweredNote {
  /** Group key: the sorted content keys (same words after stemming and folding). */
  key: string;
  /** The content words, as the group is shown. */
  normalised: string;
  question: string;
  /** What report would answer it ("a report on the 2019 Stockholm rally"). */
  suggestion: string;
  guild: string;
  version: string;
  /** ISO time asked. */
  at: string;
}

/** Questions asked in different words that ask the same thing, with when and where they were asked. */
export interface UnansweredGroup {
  key: string;
  normalised: string;
  /** The wordings seen, first first (at most 5). */
  questions: string[];
  suggestion: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  guilds: string[];
  /** The archive version that last could not answer it. */
  version: string;
  /** Questions per UTC day ("2026-12-03": 2), for the 7 / 30 day windows; days past the retention are dropped. */
  days: Record<string, number>;
}

/** An answer voted "Not right" (the same answer to the same question, whichever message it was in). */
export interface NotRightNote {
  key: string;
  normalised: string;
  question: string;
  answer: string;
  intent: string;
  cited: string[];
  version: string;
  guild: string;
  at: string;
}

export interface NotRightEntry extends Omit<NotRightNote, 'guild' | 'at'> {
  count: number;
  reasons: Partial<Record<NotRightReason, number>>;
  firstSeen: string;
  lastSeen: string;
  guilds: string[];
}

/** Questions asked and answered in one ISO week ("2026-W49"). */
export interface WeekCount {
  week: string;
  asked: number;
  answered: number;
}

export interface InsightsData {
  groups: UnansweredGroup[];
  notRight: NotRightEntry[];
  weeks: WeekCount[];
}

/** The log of what the archive could not answer; every entry expires `ttlMs` after its last change. */
export interface InsightsStore {
  /** Counts one question in its week. */
  countQuestion(week: string, answered: boolean, ttlMs: number): Promise<void>;
  /** Adds an unanswered question to its group (made on first sight). */
  noteUnanswered(note: UnansweredNote, ttlMs: number): Promise<void>;
  /** Adds (+1) or takes back (-1) a "Not right" vote and its reason; an entry left with no vote is removed. */
  noteNotRight(note: NotRightNote, change: { count: number; reasons: Partial<Record<NotRightReason, number>> }, ttlMs: number): Promise<void>;
  read(): Promise<InsightsData>;
  /** Empties the log. */
  clear(): Promise<void>;
}

/**
 * Tells every serving process that the current version moved (a refresh, upload, removal or rollback anywhere).
 * Redis: a pub/sub channel on the shared server. SQLite: no channel between processes of its own; shards of one
 * machine are joined through their manager (see `ipcVersionBus`), and every process also checks the pointer itself.
 * A message only says "look again": the store's current pointer stays the truth.
 */
export interface VersionBus {
  /** Announces a version that just became current (best effort: a lost message is caught up by the pointer checks). */
  publish(version: string): Promise<void>;
  /** Calls `onVersion` for every announced version (own ones included); resolves to a function that stops listening. */
  subscribe(onVersion: (version: string) => void): Promise<() => Promise<void>>;
}

/**
 * Results of earlier builds (each file's parse, each article's extraction) as JSON bodies under content-hash keys
 * (`src/build/reuse.ts` makes the keys), so a refresh reads only what changed. Every body is stored with its
 * checksum: one that does not match is treated as absent, and the build computes it again instead of using it.
 */
export interface ExtractionStore {
  /** The bodies stored under `keys`, in order; undefined where absent, unreadable or not matching its checksum. */
  get(keys: string[]): Promise<Array<string | undefined>>;
  /** Stores `entries` (key → body), then deletes every stored body whose key is not in `used`. */
  put(entries: Array<[string, string]>, used: string[]): Promise<void>;
  /** How many bodies are stored. */
  size(): Promise<number>;
}

export interface Stores {
  snapshots: SnapshotStore;
  /** Announces a new current version to the other processes (`snapshots.setCurrent` publishes on it). */
  versions: VersionBus;
  extractions: ExtractionStore;
  settings: SettingsStore;
  cooldowns: CooldownStore;
  contexts: ContextStore;
  audit: AuditStore;
  feedback: FeedbackStore;
  insights: InsightsStore;
  locks: LockStore;
  /** "sqlite" or "redis": for logs and /stats. */
  readonly kind: 'sqlite' | 'redis';
  close(): Promise<void>;
}
