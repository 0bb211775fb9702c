/**
 * Reading ahead in the background once an index serves (see `warmIndex`): a slice of steps at a time, each slice
 * after the event loop has run whatever was waiting, so a request arriving meanwhile waits one slice at most.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { warmIndex } from '../answer/warm.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';

export interface ReadAhead {
  /** Settles 'done' when every step ran, or 'stopped' when `stop()` came first. */
  readonly finished: Promise<'done' | 'stopped'>;
  stop(): void;
}

/**
 * Starts reading ahead on `index`: steps (of `chunk` events or figures) run for about `sliceMs` per turn of the event
 * loop, and at least one per turn.
 */
export function readAhead(index: ArchiveIndex, opts: { sliceMs?: number; chunk?: number } = {}): ReadAhead {
  const sliceMs = opts.sliceMs ?? 8;
  let stopped = false;
  const steps = warmIndex(index, opts.chunk);
  const finished = (async (): Promise<'done' | 'stopped'> => {
    for (;;) {
      await nextTurn();
      if (stopped) return 'stopped';
      const until = performance.now() + sliceMs;
      do {
        if (steps.next().done) return 'done';
      } while (performance.now() < until);
    }
  })();
  return {
    finished,
    stop: () => {
      stopped = true;
    },
  };
}
