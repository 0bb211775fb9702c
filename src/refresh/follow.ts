import type { Stores } from '../store/index.ts';
import type { ArchiveHolder } from './archive-holder.ts';
import { stateFromStore } from './refresh.ts';

/**
 * For several bot processes sharing one store (Redis): polls the current-version pointer and swaps the stored
 * version in when another process moved it (a refresh or rollback there). Returns a function that stops polling.
 */
export function followCurrentVersion(
  stores: Pick<Stores, 'snapshots'>,
  holder: ArchiveHolder,
  opts: { intervalMs?: number; onSwap?: (version: string) => void; onProblem?: (reason: string) => void } = {},
): () => void {
  let busy = false;
  let failedVersion: string | undefined;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      const current = await stores.snapshots.current();
      if (!current || current === holder.get().version || current === failedVersion) return;
      const loaded = await stateFromStore(stores, current);
      if (!loaded.ok) {
        // Keep serving what we have; report a bad version once, not on every tick.
        failedVersion = current;
        opts.onProblem?.(loaded.reason);
        return;
      }
      holder.swap(loaded.state);
      opts.onSwap?.(current);
    })()
      .catch((err: Error) => opts.onProblem?.(`refresh: following the current version failed: ${err.message}`))
      .finally(() => {
        busy = false;
      });
  }, opts.intervalMs ?? 15_000);
  timer.unref();
  return () => clearInterval(timer);
}
