import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/** File extensions an uploaded article may have. */
const ARTICLE_EXT = /\.(txt|md|markdown|html?)$/i;
/** Temp files start with a dot so that the folder scan of a build never reads a half-written upload. */
export const TEMP_PREFIX = '.archivist-upload-';

/** A file name safe to write into the archive folder ("../x.md" → "x.md"); undefined when nothing usable is left. */
export function safeArticleName(name: string): string | undefined {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, 120);
  return base && ARTICLE_EXT.test(base) ? base : undefined;
}

/** True when something exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** An identical file already in the folder, if any (cheap: sizes first). */
export async function identicalFile(dir: string, bytes: Uint8Array): Promise<string | undefined> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if ((await stat(path)).size !== bytes.length) continue;
    if (Buffer.from(await readFile(path)).equals(Buffer.from(bytes))) return e.name;
  }
  return undefined;
}

/**
 * Writes `bytes` as a new file in `dir` without ever replacing an existing one: a temp file in the same folder,
 * flushed, then hard-linked under the first free name (`name`, `name-2`, …; link fails instead of overwriting)
 * and the temp removed. Returns the name used.
 */
export async function writeArticleAtomically(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(6).toString('hex')}.tmp`);
  const fh = await open(temp, 'wx');
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  try {
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
      try {
        await link(temp, join(dir, candidate));
        return candidate;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        // Filesystems without hard links: check-then-rename (only this process writes uploads, under the archive lock).
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
          if (await exists(join(dir, candidate))) continue;
          await rename(temp, join(dir, candidate));
          return candidate;
        }
        throw err;
      }
    }
    throw new Error(`upload: no free file name for ${name} in ${dir}`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

