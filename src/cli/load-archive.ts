import { stat } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import type { BuildReport } from '../engine.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import { CliUsageError, type CliIo } from './command.ts';

/** The archive folder used when `--archive` is not given. */
export const DEFAULT_ARCHIVE = 'data/articles';

/**
 * BUILD_WORKERS from the environment. Only that setting is wanted here: indexing a folder worked without a valid
 * bot configuration before, and still does (an invalid environment means the default, one thread per core).
 */
function buildWorkers(): number | undefined {
  try {
    return loadConfig().BUILD_WORKERS;
  } catch {
    return undefined;
  }
}

/** Indexes the archive folder (default `data/articles`), logging progress on stderr; a missing folder is a usage error. */
export async function loadArchive(
  dir: string | boolean | undefined,
  io: CliIo,
): Promise<{ dir: string; index: ArchiveIndex; report: BuildReport }> {
  const folder = typeof dir === 'string' && dir.trim() ? dir : DEFAULT_ARCHIVE;
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new CliUsageError(`cli: archive folder not found: ${folder}`);
  if (!info.isDirectory()) throw new CliUsageError(`cli: archive is not a folder: ${folder}`);
  // Loaded here, not at start-up, so usage errors answer at once without loading the NLP model.
  const { buildArchiveFromFolder } = await import('../engine.ts');
  const workers = buildWorkers();
  const { index, report } = await buildArchiveFromFolder(folder, workers ? { workers } : {});
  io.err(
    `cli: indexed ${report.articles} article(s) from ${folder} in ${report.ms} ms` +
      (report.skipped.length ? ` (${report.skipped.length} file(s) skipped)` : ''),
  );
  return { dir: folder, index, report };
}
