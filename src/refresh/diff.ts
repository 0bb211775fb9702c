import { emptyArchiveData } from '../domain/empty-archive.ts';
import type { ArchiveData, SkippedFile } from '../domain/types.ts';

/** What changed between two archive versions, in the words a moderator reads. */
export interface ArchiveDiff {
  articles: {
    added: Array<{ id: string; title: string; files: string[] }>;
    removed: Array<{ id: string; title: string; files: string[] }>;
    /** Same file name, different content. */
    changed: Array<{ id: string; title: string; files: string[] }>;
    unchanged: number;
    skipped: SkippedFile[];
  };
  events: { added: string[]; removed: string[] };
  speakers: { added: string[]; removed: string[] };
  figures: { added: string[]; removed: string[] };
  /** Conflicting figures that were not in conflict before, described by measure and figures. */
  newConflicts: string[];
}


function setDiff<T>(before: T[], after: T[], key: (t: T) => string): { added: T[]; removed: T[] } {
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return {
    added: after.filter((t) => !beforeKeys.has(key(t))),
    removed: before.filter((t) => !afterKeys.has(key(t))),
  };
}

/** Compares two archives (`previous` absent = first build). */
export function diffArchives(previous: ArchiveData | undefined, next: ArchiveData): ArchiveDiff {
  const prev = previous ?? emptyArchiveData();
  const prevIds = new Set(prev.articles.map((a) => a.id));
  const nextIds = new Set(next.articles.map((a) => a.id));
  const prevFiles = new Set(prev.articles.flatMap((a) => a.files));
  const nextFiles = new Set(next.articles.flatMap((a) => a.files));
  const brief = (a: ArchiveData['articles'][number]) => ({ id: a.id, title: a.title, files: a.files });

  const fresh = next.articles.filter((a) => !prevIds.has(a.id));
  const gone = prev.articles.filter((a) => !nextIds.has(a.id));
  const changed = fresh.filter((a) => a.files.some((f) => prevFiles.has(f)));
  // An old article whose file now holds new content was changed, not removed.
  const removed = gone.filter((a) => !a.files.some((f) => nextFiles.has(f)));

  const events = setDiff(prev.events, next.events, (e) => e.id);
  const speakers = setDiff(prev.speakers, next.speakers, (s) => s.id);
  const figures = setDiff(prev.figures, next.figures, (f) => f.id);
  const conflictKey = (c: ArchiveData['conflicts'][number]) => `${c.measure}|${c.scope ?? ''}|${[...c.figureIds].sort().join(',')}`;
  const conflicts = setDiff(prev.conflicts, next.conflicts, conflictKey);
  const figureText = new Map(next.figures.map((f) => [f.id, f.text]));

  return {
    articles: {
      added: fresh.filter((a) => !changed.includes(a)).map(brief),
      removed: removed.map(brief),
      changed: changed.map(brief),
      unchanged: next.articles.length - fresh.length,
      skipped: next.skipped,
    },
    events: { added: events.added.map((e) => e.label), removed: events.removed.map((e) => e.label) },
    speakers: { added: speakers.added.map((s) => s.name), removed: speakers.removed.map((s) => s.name) },
    figures: {
      added: figures.added.map((f) => `${f.text} ${f.counted} (${f.measure})`),
      removed: figures.removed.map((f) => `${f.text} ${f.counted} (${f.measure})`),
    },
    newConflicts: conflicts.added.map(
      (c) => `${c.measure}${c.scope ? ` (${c.scope})` : ''}: ${c.figureIds.map((id) => figureText.get(id) ?? id).join(' vs ')}`,
    ),
  };
}

/** One line: "+2 articles, -1 removed, 1 changed, 3 skipped; events +4/-1; speakers +2/-0; figures +6/-2; 1 new conflict". */
export function summariseDiff(d: ArchiveDiff): string {
  const a = d.articles;
  const parts = [
    `+${a.added.length} article${a.added.length === 1 ? '' : 's'}`,
    `-${a.removed.length} removed`,
    `${a.changed.length} changed`,
    `${a.skipped.length} skipped`,
  ];
  return (
    `${parts.join(', ')}; events +${d.events.added.length}/-${d.events.removed.length}; ` +
    `speakers +${d.speakers.added.length}/-${d.speakers.removed.length}; ` +
    `figures +${d.figures.added.length}/-${d.figures.removed.length}; ` +
    `${d.newConflicts.length} new conflict${d.newConflicts.length === 1 ? '' : 's'}`
  );
}

/** The diff as lines of text (CLI output, Discord embed), each list cut to `maxItems`. */
export function describeDiff(d: ArchiveDiff, maxItems = 10): string[] {
  const lines: string[] = [summariseDiff(d)];
  const list = (label: string, items: string[]) => {
    if (items.length === 0) return;
    const shown = items.slice(0, maxItems);
    const more = items.length - shown.length;
    lines.push(`${label}: ${shown.join('; ')}${more > 0 ? `; … and ${more} more` : ''}`);
  };
  const article = (a: { title: string; files: string[] }) => `${a.title || '(untitled)'} [${a.files.join(', ')}]`;
  list('Articles added', d.articles.added.map(article));
  list('Articles removed', d.articles.removed.map(article));
  list('Articles changed', d.articles.changed.map(article));
  list('Skipped', d.articles.skipped.map((s) => `${s.file}: ${s.reason}`));
  list('Events added', d.events.added);
  list('Events removed', d.events.removed);
  list('Speakers added', d.speakers.added);
  list('Speakers removed', d.speakers.removed);
  list('Figures added', d.figures.added);
  list('Figures removed', d.figures.removed);
  list('New conflicting figures', d.newConflicts);
  return lines;
}
