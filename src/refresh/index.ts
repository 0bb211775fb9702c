/** Refresh: build aside in a worker, validate, persist, swap; uploads, removals, history, rollback, start-up load. */
export { ArchiveHolder, type ArchiveState } from './archive-holder.ts';
export { diffArchives, summariseDiff, describeDiff, type ArchiveDiff } from './diff.ts';
export {
  refreshArchive,
  rollbackArchive,
  refreshHistory,
  busyMessage,
  lockHolderName,
  ARCHIVE_LOCK,
  type RefreshContext,
  type RefreshOptions,
  type RefreshProgress,
  type RefreshResult,
  type RollbackResult,
  type Busy,
} from './refresh.ts';
export { loadServingArchive, type LoadedArchive } from './load.ts';
export { addArticle, addArticleFromUrl, removeArticle, listArchive, removedDir, type AddResult, type RemoveResult } from './uploads.ts';
export { safeArticleName, writeArticleAtomically } from './atomic-write.ts';
export { fetchArticleUrl, isPrivateAddress, type FetchRules, type FetchResult } from './url-fetch.ts';
export { followCurrentVersion } from './follow.ts';
