import { randomBytes, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { ArchiveData } from '../domain/types.ts';
import type { BuildReport } from '../engine.ts';
import { archiveDataOf, fromSnapshot, type Snapshot } from '../index/snapshot.ts';
import type { AuditEntry, Stores } from '../store/index.ts';
import type { ArchiveHolder, ArchiveState } from './archive-holder.ts';
import { buildInWorker, type WorkerBuildOptions } from './build-in-worker.ts';
import { diffArchives, summariseDiff, type ArchiveDiff } from './diff.ts';

/** What refresh, rollback and uploads need: the stores, the serving holder (absent in the CLI) and the settings. */
export interface RefreshContext {
  /** With `extractions`, a refresh re-reads only added and changed files. */
  stores: Pick<Stores, 'snapshots' | 'locks' | 'audit'> & Partial<Pick<Stores, 'extractions'>>;
  holder?: ArchiveHolder;
  config: { ARCHIVE_DIR: string; MAX_ARTICLE_BYTES: number; SNAPSHOTS_KEPT: number; REPORT_BUDGET_SECONDS?: number; BUILD_WORKERS?: number | undefined };
  /** Worker limits (tests lower them). */
  worker?: Pick<WorkerBuildOptions, 'timeoutMs' | 'maxMemoryMb'>;
}

export interface RefreshProgress {
  phase: 'parsing' | 'validating' | 'saving';
  done: number;
  total: number;
}

export interface RefreshOptions {
  /** Who asked (a Discord user mention, or "cli:<user>"): shown to anyone refused by the lock, and in the history. */
  who: string;
  onProgress?: (p: RefreshProgress) => void;
  /** Folder to index instead of `config.ARCHIVE_DIR`. */
  dir?: string;
}

/**
 * Where a refresh's time went: the build worker (start, build, serialising; `build.ms` is the build within it),
 * reading its result back and loading it as an index, checking it, storing it, and swapping it in (with the diff).
 */
export interface RefreshPhases {
  worker: number;
  load: number;
  check: number;
  store: number;
  swap: number;
}

/** Another moderator's operation is running. */
export interface Busy {
  who: string;
  since: number;
}

export type RefreshResult =
  | {
      ok: true;
      version: string;
      previousVersion?: string;
      /** The build gave exactly the serving data: no new version was stored (rollback history is kept). */
      unchanged?: boolean;
      diff: ArchiveDiff;
      build: BuildReport;
      ms: number;
      /** Milliseconds per phase of the refresh (for benchmarks and logs). */
      phases?: RefreshPhases;
    }
  | { ok: false; reason: string; busy?: Busy; build?: BuildReport };

/** The lock all archive-changing operations share: only one refresh, upload, removal or rollback at a time. */
export const ARCHIVE_LOCK = 'archive';
/** A crashed holder blocks others for at most this long; a live one renews it. */
const LOCK_TTL_MS = 120_000;
const LOCK_RENEW_MS = 30_000;

/** A sortable, unique version id: "20260121T140512Z-3fa9". */
export function newVersionId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(2).toString('hex')}`;
}

function lockOwner(who: string): string {
  return `${who}|${randomUUID()}`;
}

/** The person part of a lock owner. */
export function lockHolderName(owner: string): string {
  const cut = owner.lastIndexOf('|');
  return cut >= 0 ? owner.slice(0, cut) : owner;
}

/**
 * Runs `fn` holding the archive lock (renewed while it runs, released after);
 * resolves to `busy` with who holds it and since when when another operation is running.
 */
export async function withArchiveLock<T>(
  ctx: RefreshContext,
  who: string,
  fn: (owner: string) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; busy: Busy }> {
  const owner = lockOwner(who);
  const got = await ctx.stores.locks.acquire(ARCHIVE_LOCK, owner, LOCK_TTL_MS);
  if (!got.ok) return { ok: false, busy: { who: lockHolderName(got.heldBy), since: got.since } };
  const renew = setInterval(() => {
    void ctx.stores.locks.acquire(ARCHIVE_LOCK, owner, LOCK_TTL_MS).catch(() => undefined);
  }, LOCK_RENEW_MS);
  renew.unref();
  try {
    return { ok: true, value: await fn(owner) };
  } finally {
    clearInterval(renew);
    await ctx.stores.locks.release(ARCHIVE_LOCK, owner).catch(() => undefined);
  }
}

/** The message a refused moderator sees. */
export function busyMessage(busy: Busy): string {
  return `refresh: another archive operation is running, started by ${busy.who} at ${new Date(busy.since).toISOString().replace('T', ' ').slice(0, 19)} UTC; try again when it has finished`;
}

async function previousState(ctx: RefreshContext): Promise<{ version?: string; data?: ArchiveData }> {
  if (ctx.holder) {
    const s = ctx.holder.get();
    return { version: s.version, data: s.index.data };
  }
  const version = await ctx.stores.snapshots.current();
  if (!version) return {};
  const snap = await ctx.stores.snapshots.get(version);
  const data = snap ? archiveDataOf(snap) : undefined;
  return data ? { version, data } : { version };
}

async function countCandidateFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).length;
}

/** Checks a freshly built snapshot before it may serve; a reason when it must not. */
export function validateBuilt(snapshot: Snapshot, fileCount: number): { ok: true } | { ok: false; reason: string } {
  const d = snapshot.data;
  if (fileCount > 0 && d.articles.length === 0) {
    const reasons = d.skipped.slice(0, 3).map((s) => `${s.file}: ${s.reason}`).join('; ');
    return { ok: false, reason: `refresh: none of the ${fileCount} file(s) in the archive folder could be read as an article (${reasons})` };
  }
  for (const a of d.articles) {
    if (!Array.isArray(d.sentences[a.id]) || a.text.trim() === '') {
      return { ok: false, reason: `refresh: article ${a.files.join(', ')} came out of the build without text or sentences` };
    }
  }
  return { ok: true };
}

/**
 * Whether two archives hold the same articles from the same files: a cheap look before comparing them whole
 * (serialising a 10,000-article archive twice takes over a second, which a refresh that added a file need not spend).
 */
function sameArticles(a: ArchiveData, b: ArchiveData): boolean {
  if (a.articles.length !== b.articles.length || a.skipped.length !== b.skipped.length) return false;
  return a.articles.every((x, i) => {
    const y = b.articles[i]!;
    return x.id === y.id && x.files.join('\0') === y.files.join('\0');
  });
}

/**
 * Re-indexes the archive folder while the current index keeps serving: builds in a worker thread, validates,
 * stores the snapshot as a new version, moves the current pointer, then swaps it into the holder.
 * Any failure leaves the previous version serving and current, and says why.
 */
export async function refreshArchive(ctx: RefreshContext, opts: RefreshOptions): Promise<RefreshResult> {
  return unlessStoreDown(ctx, async () => {
    const locked = await withArchiveLock(ctx, opts.who, () => refreshLocked(ctx, opts));
    return locked.ok ? locked.value : { ok: false, reason: busyMessage(locked.busy), busy: locked.busy };
  });
}

/**
 * Runs an archive operation; when the store cannot be reached (Redis stopped, a read-only or full disk) the
 * operation fails with that reason, and the version being served stays as it was.
 */
export async function unlessStoreDown<R>(ctx: RefreshContext, run: () => Promise<R>): Promise<R | { ok: false; reason: string }> {
  try {
    return await run();
  } catch (err) {
    const why = (err as Error)?.message ?? String(err);
    const serving = ctx.holder ? `; version ${ctx.holder.get().version} keeps serving` : '';
    return { ok: false, reason: `refresh: the store is unavailable (${why}): nothing was changed${serving}` };
  }
}

/** `refreshArchive` for callers that already hold the archive lock (uploads, removals). */
export async function refreshLocked(ctx: RefreshContext, opts: RefreshOptions): Promise<RefreshResult> {
  const started = Date.now();
  const dir = opts.dir ?? ctx.config.ARCHIVE_DIR;
  const before = await previousState(ctx);
  const fail = async (reason: string, build?: BuildReport): Promise<RefreshResult> => {
    await audit(ctx, { who: opts.who, action: 'refresh', result: 'failed', summary: reason, ...(before.version ? { version: before.version } : {}) });
    return { ok: false, reason, ...(build ? { build } : {}) };
  };

  const fileCount = await countCandidateFiles(dir);
  const phases: RefreshPhases = { worker: 0, load: 0, check: 0, store: 0, swap: 0 };
  let at = performance.now();
  const phase = (name: keyof RefreshPhases) => {
    const now = performance.now();
    phases[name] += Math.round(now - at);
    at = now;
  };
  opts.onProgress?.({ phase: 'parsing', done: 0, total: fileCount });
  const built = await buildInWorker(dir, {
    maxBytes: ctx.config.MAX_ARTICLE_BYTES,
    ...(ctx.config.REPORT_BUDGET_SECONDS ? { reportBudgetMs: ctx.config.REPORT_BUDGET_SECONDS * 1000 } : {}),
    onProgress: (done, total) => opts.onProgress?.({ phase: 'parsing', done, total }),
    ...(ctx.config.BUILD_WORKERS ? { workers: ctx.config.BUILD_WORKERS } : {}),
    ...(ctx.stores.extractions ? { cache: ctx.stores.extractions } : {}),
    ...ctx.worker,
  });
  if (!built.ok) return fail(built.reason);
  phase('worker');

  opts.onProgress?.({ phase: 'validating', done: 0, total: 1 });
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(built.snapshotJson) as Snapshot;
  } catch (err) {
    return fail(`refresh: the build returned unreadable JSON: ${(err as Error).message}`, built.report);
  }
  const loaded = fromSnapshot(snapshot);
  if (!loaded.ok) return fail(`refresh: the new index does not load: ${loaded.reason}`, built.report);
  phase('load');
  const valid = validateBuilt(snapshot, fileCount);
  if (!valid.ok) return fail(valid.reason, built.report);

  if (before.version && before.data && sameArticles(before.data, loaded.index.data) && JSON.stringify(before.data) === JSON.stringify(loaded.index.data)) {
    const diff = diffArchives(before.data, loaded.index.data);
    await audit(ctx, { who: opts.who, action: 'refresh', result: 'ok', summary: 'no changes', version: before.version });
    phase('check');
    return { ok: true, version: before.version, previousVersion: before.version, unchanged: true, diff, build: built.report, ms: Date.now() - started, phases };
  }
  phase('check');

  opts.onProgress?.({ phase: 'saving', done: 0, total: 1 });
  const version = newVersionId();
  try {
    await ctx.stores.snapshots.put(version, snapshot, built.snapshotJson);
    await ctx.stores.snapshots.setCurrent(version);
  } catch (err) {
    return fail(`refresh: could not store the new version: ${(err as Error).message}`, built.report);
  }
  phase('store');
  ctx.holder?.swap({ index: loaded.index, version, builtAt: snapshot.builtAt });
  await ctx.stores.snapshots.prune(ctx.config.SNAPSHOTS_KEPT).catch(() => []);

  const diff = diffArchives(before.data, loaded.index.data);
  await audit(ctx, {
    who: opts.who,
    action: 'refresh',
    result: 'ok',
    summary: summariseDiff(diff),
    version,
    ...(before.version ? { previousVersion: before.version } : {}),
  });
  phase('swap');
  return { ok: true, version, ...(before.version ? { previousVersion: before.version } : {}), diff, build: built.report, ms: Date.now() - started, phases };
}

export type RollbackResult =
  | { ok: true; version: string; previousVersion: string; diff: ArchiveDiff }
  | { ok: false; reason: string; busy?: Busy };

/** Moves back to the version stored before the current one: pointer and serving index together. */
export function rollbackArchive(ctx: RefreshContext, who: string): Promise<RollbackResult> {
  return unlessStoreDown(ctx, () => rollbackLocked(ctx, who));
}

async function rollbackLocked(ctx: RefreshContext, who: string): Promise<RollbackResult> {
  const locked = await withArchiveLock(ctx, who, async (): Promise<RollbackResult> => {
    const current = await ctx.stores.snapshots.current();
    const versions = await ctx.stores.snapshots.list();
    const at = versions.findIndex((v) => v.version === current);
    const target = at > 0 ? versions[at - 1] : undefined;
    if (!current || !target) {
      return { ok: false, reason: 'refresh: there is no earlier version to roll back to' };
    }
    const snap = await ctx.stores.snapshots.get(target.version);
    const loaded = snap ? fromSnapshot(snap) : { ok: false as const, reason: 'it is missing from the store' };
    if (!snap || !loaded.ok) {
      const reason = `refresh: version ${target.version} cannot be loaded: ${loaded.ok ? '' : loaded.reason}`;
      await audit(ctx, { who, action: 'rollback', result: 'failed', summary: reason, version: current });
      return { ok: false, reason };
    }
    const before = await previousState(ctx);
    await ctx.stores.snapshots.setCurrent(target.version);
    ctx.holder?.swap({ index: loaded.index, version: target.version, builtAt: snap.builtAt });
    const diff = diffArchives(before.data, loaded.index.data);
    await audit(ctx, { who, action: 'rollback', result: 'ok', summary: `back to ${target.version}: ${summariseDiff(diff)}`, version: target.version, previousVersion: current });
    return { ok: true, version: target.version, previousVersion: current, diff };
  });
  return locked.ok ? locked.value : { ok: false, reason: busyMessage(locked.busy), busy: locked.busy };
}

/** Appends to the audit log; a failing audit write must not undo the operation it records. */
export async function audit(ctx: RefreshContext, entry: Omit<AuditEntry, 'when'>): Promise<void> {
  await ctx.stores.audit.append({ ...entry, when: new Date().toISOString() }).catch(() => undefined);
}

/** The moderators' history, newest first. */
export function refreshHistory(ctx: RefreshContext, limit = 10): Promise<AuditEntry[]> {
  return ctx.stores.audit.list(limit);
}

/** The state a holder should start with, from a stored version. */
export async function stateFromStore(
  stores: Pick<Stores, 'snapshots'>,
  version: string,
): Promise<{ ok: true; state: ArchiveState } | { ok: false; reason: string }> {
  let snap: Snapshot | undefined;
  try {
    snap = await stores.snapshots.get(version);
  } catch (err) {
    // A truncated or otherwise unreadable body: that version does not load, the others may.
    return { ok: false, reason: `refresh: version ${version} does not load: ${(err as Error).message}` };
  }
  if (!snap) return { ok: false, reason: `refresh: version ${version} is not in the store` };
  const loaded = fromSnapshot(snap);
  if (!loaded.ok) return { ok: false, reason: `refresh: version ${version} does not load: ${loaded.reason}` };
  return { ok: true, state: { index: loaded.index, version, builtAt: snap.builtAt } };
}
