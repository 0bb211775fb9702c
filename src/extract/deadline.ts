/**
 * A time budget for reading one report. Extraction is synchronous and single-threaded, so the budget of the report
 * being read is held here while `withDeadline` runs, and the extractors' per-sentence loops call `checkDeadline()`:
 * a report over its budget stops within one sentence's work instead of holding the whole build.
 */

/** Thrown by checkDeadline when the report being read is over its budget. */
export class ReadingTooSlow extends Error {
  constructor(readonly ms: number) {
    super(`took too long to read (${(ms / 1000).toFixed(1)} s)`);
    this.name = 'ReadingTooSlow';
  }
}

let current: { started: number; budgetMs: number } | undefined;

/** Runs `read` with a budget of `budgetMs` (none when undefined); nested calls keep the outer budget's start. */
export function withDeadline<T>(budgetMs: number | undefined, read: () => T): T {
  if (budgetMs === undefined || current) return read();
  current = { started: performance.now(), budgetMs };
  try {
    return read();
  } finally {
    current = undefined;
  }
}

/** Throws ReadingTooSlow when the report being read has used up its budget. Cheap: one clock read. */
export function checkDeadline(): void {
  if (!current) return;
  const spent = performance.now() - current.started;
  if (spent > current.budgetMs) throw new ReadingTooSlow(spent);
}
