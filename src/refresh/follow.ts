import type { Stores } from '../store/index.ts';
import type { ArchiveHolder } from './archive-holder.ts';
import { stateFromStore } from './refresh.ts';

export interface FollowOptions {
  /** How often the pointer is checked even without an announcement (catch-up after a missed message). */
  intervalMs?: number;
  onSwap?: (version: string, ms: number) => void;
  onProblem?: (reason: string) => void;
}

/** A running follower: `check()` looks at the pointer now; `stop()` ends the timer and the subscription. */
export interface Follower {
  check(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps a serving process on the store's current version when another process moves it (a refresh, upload,
 * removal or rollback on another shard, machine or the CLI): an announcement on the version bus makes it look at
 * once, and the pointer is also checked every `intervalMs` and when the follower starts, so a message lost while
 * Redis or this shard was down is caught up. The pointer is the truth; a message only says "look again".
 */
export async function followCurrentVersion(
  stores: Pick<Stores, 'snapshots' | 'versions'>,
  holder: ArchiveHolder,
  opts: FollowOptions = {},
): Promise<Follower> {
  let running: Promise<void> | undefined;
  let again = false;
  let failedVersion: string | undefined;

  const checkOnce = async (): Promise<void> => {
    const started = performance.now();
    const current = await stores.snapshots.current();
    if (!current || current === holder.get().version || current === failedVersion) return;
    const loaded = await stateFromStore(stores, current);
    if (!loaded.ok) {
      // Keep serving what we have; report a bad version once, not on every tick.
      failedVersion = current;
      opts.onProblem?.(loaded.reason);
      return;
    }
    // A check that started earlier may have loaded a version that is no longer current: never go back to it.
    if ((await stores.snapshots.current()) !== current) {
      again = true;
      return;
    }
    holder.swap(loaded.state);
    opts.onSwap?.(current, performance.now() - started);
  };

  // One check at a time; a request arriving during one runs once more after it (the pointer may have moved again).
  const check = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await checkOnce().catch((err: Error) => opts.onProblem?.(`refresh: following the current version failed: ${err.message}`));
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const unsubscribe = await stores.versions.subscribe(() => void check()).catch((err: Error) => {
    opts.onProblem?.(`refresh: cannot listen for new versions (${err.message}); checking the pointer every ${Math.round((opts.intervalMs ?? 10_000) / 1000)} s instead`);
    return async () => undefined;
  });
  const timer = setInterval(() => void check(), opts.intervalMs ?? 10_000);
  timer.unref();
  await check();
  return {
    check,
    async stop() {
      clearInterval(timer);
      await unsubscribe().catch(() => undefined);
      await running;
    },
  };
}
