import type { BuildReport } from '../engine.ts';
import type { AuditEntry } from '../store/index.ts';
import { describeDiff } from './diff.ts';
import type { RefreshProgress, RefreshResult, RollbackResult } from './refresh.ts';
import type { AddResult, RemoveResult } from './uploads.ts';

/** "parsed 120 / 500 articles" and the like: what a moderator sees while a refresh runs. */
export function progressText(p: RefreshProgress): string {
  switch (p.phase) {
    case 'parsing':
      return p.total > 0 ? `Refreshing: parsed ${p.done} / ${p.total} articles…` : 'Refreshing: reading the archive folder…';
    case 'validating':
      return 'Refreshing: checking the new index…';
    case 'saving':
      return 'Refreshing: saving the new version…';
  }
}

/** "Read 1 report; reused 9,897 from earlier builds.": how much of the build was work saved (nothing when there was no cache). */
export function reuseText(build: BuildReport): string[] {
  if (build.reused === undefined || build.reused === 0) return [];
  const n = (x: number) => x.toLocaleString('en-US');
  return [`Read ${n(build.reread ?? 0)} report(s); reused ${n(build.reused)} from earlier builds.`];
}

/** A refresh outcome as lines: version and timing, then the diff (or why nothing changed). */
export function refreshResultText(r: RefreshResult, maxItems = 10): string[] {
  if (!r.ok) return [`Refresh failed; the previous version keeps serving. ${r.reason}`];
  if (r.unchanged) return [`Nothing changed: still version ${r.version}, ${r.build.articles} article(s) (checked in ${(r.ms / 1000).toFixed(1)} s).`, ...reuseText(r.build)];
  const from = r.previousVersion ? ` (was ${r.previousVersion})` : '';
  return [
    `Archive refreshed: version ${r.version}${from}, ${r.build.articles} article(s) in ${(r.ms / 1000).toFixed(1)} s.`,
    ...reuseText(r.build),
    ...describeDiff(r.diff, maxItems),
  ];
}

export function rollbackResultText(r: RollbackResult, maxItems = 10): string[] {
  if (!r.ok) return [`Rollback not done. ${r.reason}`];
  return [`Rolled back to version ${r.version} (was ${r.previousVersion}).`, ...describeDiff(r.diff, maxItems)];
}

export function addResultText(r: AddResult): string[] {
  if (!r.ok) return [r.reason];
  return [`Added ${r.file}: "${r.article.title}".`, ...refreshResultText(r.refresh)];
}

export function removeResultText(r: RemoveResult): string[] {
  if (!r.ok) return [r.reason];
  return [`Moved ${r.moved.map((m) => m.from).join(', ')} out of the archive (to ${r.moved.map((m) => m.to).join(', ')}).`, ...refreshResultText(r.refresh)];
}

/** The history, newest first: "2026-01-21 14:05 UTC · refresh · ok · @mod · +2 articles…". */
export function historyText(entries: AuditEntry[]): string[] {
  if (entries.length === 0) return ['No refreshes, uploads, removals or rollbacks yet.'];
  return entries.map(
    (e) =>
      `${e.when.replace('T', ' ').slice(0, 16)} UTC · ${e.action} · ${e.result} · ${e.who}${e.target ? ` · ${e.target}` : ''}` +
      `${e.version ? ` · v ${e.version}` : ''} — ${e.summary}`,
  );
}

/** Groups lines into pages of at most `max` characters (a longer line is cut), for messages with a length limit. */
export function linesToPages(lines: string[], max = 1_900): string[] {
  const pages: string[] = [];
  let page = '';
  for (const raw of lines) {
    const line = raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
    if (page && page.length + 1 + line.length > max) {
      pages.push(page);
      page = '';
    }
    page = page ? `${page}\n${line}` : line;
  }
  if (page || pages.length === 0) pages.push(page || '(nothing)');
  return pages;
}
