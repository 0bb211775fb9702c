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
  const listed = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1));
  // Several reads in flight: one at a time, 10,000 small files took most of a second. Results stay in name order.
  const read = new Array<Uint8Array | string>(listed.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < listed.length; i = next++) {
      const entry = listed[i]!;
      if (entry.isDirectory()) {
        read[i] = 'a folder (subfolders are not read)';
        continue;
      }
      try {
        read[i] = new Uint8Array(await readFile(join(dir, entry.name)));
      } catch (e) {
        read[i] = `unreadable (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, listed.length) }, reader));
  listed.forEach((entry, i) => {
    const r = read[i]!;
    if (typeof r === 'string') skipped.push({ file: entry.name, reason: r });
    else files.push({ name: entry.name, bytes: r });
  });
  return { files, skipped };
}
