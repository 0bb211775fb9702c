import { constants } from 'node:fs';
import { copyFile, mkdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { exists, identicalFile, safeArticleName, writeArticleAtomically } from './atomic-write.ts';
import type { Article } from '../domain/types.ts';
import { parseArticleFile } from '../ingest/index.ts';
import { audit, busyMessage, refreshLocked, unlessStoreDown, withArchiveLock, type Busy, type RefreshContext, type RefreshOptions, type RefreshResult } from './refresh.ts';
import { fetchArticleUrl, type FetchRules } from './url-fetch.ts';

export type AddResult =
  | { ok: true; file: string; article: { id: string; title: string }; refresh: RefreshResult }
  | { ok: false; reason: string; busy?: Busy; duplicateOf?: string[] };

export type RemoveResult =
  | { ok: true; moved: Array<{ from: string; to: string }>; refresh: RefreshResult }
  | { ok: false; reason: string; busy?: Busy };

/** Checks an upload: a readable article, not already in the archive. */
function checkUpload(
  name: string,
  bytes: Uint8Array,
  maxBytes: number,
  known: Article[],
): { ok: true; article: Article } | { ok: false; reason: string; duplicateOf?: string[] } {
  if (bytes.length === 0) return { ok: false, reason: `upload: ${name} is empty (0 bytes)` };
  if (bytes.length > maxBytes) return { ok: false, reason: `upload: ${name} is ${bytes.length} bytes, over the ${maxBytes}-byte limit` };
  const parsed = parseArticleFile({ name, bytes }, { maxBytes });
  if (!parsed.ok) return { ok: false, reason: `upload: ${name} was not added: ${parsed.reason}` };
  const same = known.find((a) => a.id === parsed.article.id);
  if (same) {
    return { ok: false, reason: `upload: ${name} was not added: it is a duplicate of ${same.files.join(', ')} already in the archive`, duplicateOf: same.files };
  }
  return { ok: true, article: parsed.article };
}

/**
 * Adds an article file to the archive folder and refreshes: validated first (nothing unreadable or duplicate is
 * written), written atomically under a free name, then indexed like a /refresh.
 */
export async function addArticle(
  ctx: RefreshContext,
  file: { name: string; bytes: Uint8Array; source?: string },
  opts: RefreshOptions,
): Promise<AddResult> {
  const name = safeArticleName(file.name);
  if (!name) return { ok: false, reason: `upload: ${file.name} is not a .txt, .md or .html file` };
  return unlessStoreDown(ctx, async (): Promise<AddResult> => {
    const locked = await withArchiveLock(ctx, opts.who, async (): Promise<AddResult> => {
      const dir = ctx.config.ARCHIVE_DIR;
      const known = ctx.holder?.get().index.data.articles ?? [];
      const checked = checkUpload(name, file.bytes, ctx.config.MAX_ARTICLE_BYTES, known);
      const target = file.source ?? name;
      if (!checked.ok) {
        await audit(ctx, { who: opts.who, action: 'add', result: 'failed', summary: checked.reason, target });
        return checked;
      }
      const twin = await identicalFile(dir, file.bytes);
      if (twin) {
        const reason = `upload: ${name} was not added: it is a duplicate of ${twin} already in the archive folder`;
        await audit(ctx, { who: opts.who, action: 'add', result: 'failed', summary: reason, target });
        return { ok: false, reason, duplicateOf: [twin] };
      }
      const written = await writeArticleAtomically(dir, name, file.bytes);
      const refresh = await refreshLocked(ctx, opts);
      await audit(ctx, {
        who: opts.who,
        action: 'add',
        result: refresh.ok ? 'ok' : 'failed',
        summary: `added ${written}${written !== name ? ` (${name} was taken)` : ''}${refresh.ok ? '' : `; the refresh failed: ${refresh.reason}`}`,
        target,
        ...(refresh.ok ? { version: refresh.version } : {}),
      });
      return { ok: true, file: written, article: { id: checked.article.id, title: checked.article.title }, refresh };
    });
    return locked.ok ? locked.value : { ok: false, reason: busyMessage(locked.busy), busy: locked.busy };
  });
}

/** Fetches a link under the URL rules, then adds it like an uploaded file. */
export async function addArticleFromUrl(
  ctx: RefreshContext,
  url: string,
  rules: FetchRules,
  opts: RefreshOptions & { name?: string },
): Promise<AddResult> {
  const fetched = await fetchArticleUrl(url, rules);
  if (!fetched.ok) {
    await audit(ctx, { who: opts.who, action: 'add', result: 'failed', summary: fetched.reason, target: url });
    return fetched;
  }
  return addArticle(ctx, { name: opts.name ?? fetched.suggestedName, bytes: fetched.bytes, source: url }, opts);
}

/** Where removed files go: `removed/` next to the archive folder (e.g. data/articles → data/removed). */
export function removedDir(archiveDir: string): string {
  return join(dirname(archiveDir.replace(/[\\/]+$/, '')), 'removed');
}

/**
 * Removes an article (by id or file name) from the archive: its files are moved (never deleted) to
 * `removedDir`, with a time prefix, then the archive is refreshed.
 */
export async function removeArticle(ctx: RefreshContext, articleOrFile: string, opts: RefreshOptions): Promise<RemoveResult> {
  return unlessStoreDown(ctx, async (): Promise<RemoveResult> => {
    const locked = await withArchiveLock(ctx, opts.who, async (): Promise<RemoveResult> => {
      const dir = ctx.config.ARCHIVE_DIR;
      const articles = ctx.holder?.get().index.data.articles ?? [];
      const article = articles.find((a) => a.id === articleOrFile) ?? articles.find((a) => a.files.includes(articleOrFile));
      const files = article ? article.files : (await exists(join(dir, basename(articleOrFile)))) ? [basename(articleOrFile)] : [];
      if (files.length === 0) return { ok: false, reason: `upload: no article or file "${articleOrFile}" in the archive` };
      const to = removedDir(dir);
      await mkdir(to, { recursive: true });
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const moved: Array<{ from: string; to: string }> = [];
      for (const f of files) {
        const from = join(dir, f);
        if (!(await exists(from))) continue;
        const dest = join(to, `${stamp}-${f}`);
        try {
          await rename(from, dest);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
          await copyFile(from, dest, constants.COPYFILE_EXCL);
          await unlink(from);
        }
        moved.push({ from, to: dest });
      }
      const refresh = await refreshLocked(ctx, opts);
      await audit(ctx, {
        who: opts.who,
        action: 'remove',
        result: refresh.ok ? 'ok' : 'failed',
        summary: `moved ${moved.map((m) => basename(m.from)).join(', ')} to ${to}${refresh.ok ? '' : `; the refresh failed: ${refresh.reason}`}`,
        target: article?.title ?? articleOrFile,
        ...(refresh.ok ? { version: refresh.version } : {}),
      });
      return { ok: true, moved, refresh };
    });
    return locked.ok ? locked.value : { ok: false, reason: busyMessage(locked.busy), busy: locked.busy };
  });
}

/** The serving archive's articles and skipped files, for `/archive list`. */
export function listArchive(ctx: Pick<RefreshContext, 'holder'>): {
  articles: Array<{ id: string; title: string; files: string[]; date: string }>;
  skipped: Array<{ file: string; reason: string }>;
} {
  const data = ctx.holder?.get().index.data;
  if (!data) return { articles: [], skipped: [] };
  return {
    articles: [...data.articles]
      .sort((a, b) => (a.files[0] ?? '').localeCompare(b.files[0] ?? ''))
      .map((a) => ({ id: a.id, title: a.title, files: a.files, date: a.date.iso })),
    skipped: data.skipped,
  };
}
