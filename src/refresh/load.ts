import { stat } from 'node:fs/promises';
import { buildArchiveFromFolder, type BuildReport } from '../engine.ts';
import { toSnapshot } from '../index/snapshot.ts';
import type { Stores } from '../store/index.ts';
import type { ArchiveState } from './archive-holder.ts';
import { audit, newVersionId, stateFromStore, withArchiveLock, type RefreshContext } from './refresh.ts';

export interface LoadedArchive {
  state: ArchiveState;
  /** "snapshot": loaded from the store without parsing any article; "built": indexed from the folder and stored. */
  source: 'snapshot' | 'built';
  report?: BuildReport;
  /** Stored versions that could not be loaded, or why the built index was not stored. */
  problems: string[];
}

/**
 * The archive to serve at start-up: the current stored snapshot (no re-parsing); when that is missing or
 * unreadable the newest older version that loads; when the store holds none, a build of the folder, stored as
 * the first version.
 */
export async function loadServingArchive(
  stores: Pick<Stores, 'snapshots' | 'locks' | 'audit'> & Partial<Pick<Stores, 'extractions'>>,
  config: RefreshContext['config'],
): Promise<LoadedArchive> {
  const problems: string[] = [];
  const current = await stores.snapshots.current();
  const candidates = [current, ...(await stores.snapshots.list()).map((v) => v.version).reverse()].filter(
    (v, i, all): v is string => v !== undefined && all.indexOf(v) === i,
  );
  for (const version of candidates) {
    const loaded = await stateFromStore(stores, version);
    if (loaded.ok) {
      if (version !== current) {
        await stores.snapshots.setCurrent(version);
        if (current) loaded.state.notice = `stored version ${current ?? '(none)'} does not load (${problems.join('; ').replace(/refresh: /g, '')}); serving ${version}, the newest that does. A moderator can run /refresh run to rebuild or /refresh rollback to go back further.`;
      }
      return { state: loaded.state, source: 'snapshot', problems };
    }
    problems.push(loaded.reason);
  }

  const folder = await stat(config.ARCHIVE_DIR).catch(() => undefined);
  if (!folder?.isDirectory()) problems.push(`refresh: archive folder ${config.ARCHIVE_DIR} not found: serving an empty archive`);
  const { index, report } = await buildArchiveFromFolder(config.ARCHIVE_DIR, {
    maxBytes: config.MAX_ARTICLE_BYTES,
    ...(config.REPORT_BUDGET_SECONDS ? { reportBudgetMs: config.REPORT_BUDGET_SECONDS * 1000 } : {}),
    ...(config.BUILD_WORKERS ? { workers: config.BUILD_WORKERS } : {}),
    // Its results seed the cache, so the first refresh re-reads only what changed since start-up.
    ...(stores.extractions ? { cache: stores.extractions } : {}),
  });
  const snapshot = toSnapshot(index);
  const version = newVersionId();
  const state: ArchiveState = { index, version, builtAt: snapshot.builtAt };
  // An empty build is not stored: a misconfigured folder must not become the version the next start-up loads.
  if (index.data.articles.length === 0) {
    problems.push('refresh: no article was read, so nothing was stored; add articles and run /refresh');
    return { state, source: 'built', report, problems };
  }
  const ctx: RefreshContext = { stores, config };
  const stored = await withArchiveLock(ctx, 'start-up', async () => {
    await stores.snapshots.put(version, snapshot);
    await stores.snapshots.setCurrent(version);
    await audit(ctx, { who: 'start-up', action: 'refresh', result: 'ok', summary: `first index: ${report.articles} article(s), ${report.skipped.length} skipped`, version });
  });
  // Another process is writing the store: serve this build, and let that process's version become current.
  if (!stored.ok) problems.push(`refresh: the start-up build was not stored: another operation by ${stored.busy.who} holds the archive lock`);
  return { state, source: 'built', report, problems };
}
