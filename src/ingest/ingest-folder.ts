import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestResult, SkippedFile } from '../domain/types.ts';
import { ingestFiles } from './ingest-files.ts';

/** Reads the files of a folder (not its subfolders; dotfiles ignored) and ingests them. Unreadable files are skipped with a reason. */
export async function ingestFolder(dir: string, opts?: { maxBytes?: number }): Promise<IngestResult> {
  const { files, skipped } = await readArchiveFolder(dir);
  const result = ingestFiles(files, opts);
  return { articles: result.articles, skipped: [...skipped, ...result.skipped] };
}

/**
 * The fs half of `ingestFolder`: the bytes of every file of the folder, by name, and what could not be read
 * (a missing folder, subfolders, unreadable files); their reasons come before any parse result's.
 */
export async function readArchiveFolder(dir: string): Promise<{ files: Array<{ name: string; bytes: Uint8Array }>; skipped: SkippedFile[] }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : `folder unreadable (${code ?? String(e)})`;
    return { files: [], skipped: [{ file: dir, reason }] };
  }
  const skipped: SkippedFile[] = [];
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      skipped.push({ file: entry.name, reason: 'a folder (subfolders are not read)' });
      continue;
    }
    try {
      files.push({ name: entry.name, bytes: new Uint8Array(await readFile(join(dir, entry.name))) });
    } catch (e) {
      skipped.push({ file: entry.name, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
    }
  }
  return { files, skipped };
}
