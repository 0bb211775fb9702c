import type { ArchiveIndex } from '../index/archive-index.ts';
import { readAhead, type ReadAhead } from './read-ahead.ts';

/** The index that serves requests, with the version it was stored under. */
export interface ArchiveState {
  index: ArchiveIndex;
  version: string;
  builtAt: string;
  /** Why this is not the version the store pointed at (it did not load), shown by /stats until the next swap. */
  notice?: string;
}

/**
 * Holds the serving archive. Requests read `get()` once and keep that state for the whole request;
 * a refresh builds the next state aside and `swap`s it in one assignment, so no request sees half an index.
 * With `readAhead`, the serving index is read ahead in the background (src/refresh/read-ahead.ts), and reading
 * ahead on an index swapped out stops.
 */
export class ArchiveHolder {
  #state: ArchiveState;
  readonly #readAhead: boolean;
  readonly #onRead: ((outcome: 'done' | 'stopped', ms: number) => void) | undefined;
  #reading?: ReadAhead;

  /** `onRead`: told how each index's reading ahead ended and how long it took (for the log). */
  constructor(initial: ArchiveState, opts: { readAhead?: boolean; onRead?: (outcome: 'done' | 'stopped', ms: number) => void } = {}) {
    this.#state = initial;
    this.#readAhead = opts.readAhead ?? false;
    this.#onRead = opts.onRead;
    this.#startReading(initial.index);
  }

  get(): ArchiveState {
    return this.#state;
  }

  swap(next: ArchiveState): ArchiveState {
    const previous = this.#state;
    this.#state = next;
    if (next.index !== previous.index) this.#startReading(next.index);
    return previous;
  }

  /** The serving index's reading ahead: settles 'done' or 'stopped' (undefined without `readAhead`). */
  get readingAhead(): Promise<'done' | 'stopped'> | undefined {
    return this.#reading?.finished;
  }

  /** Stops reading ahead (on shutdown). */
  stopReadingAhead(): void {
    this.#reading?.stop();
  }

  #startReading(index: ArchiveIndex): void {
    if (!this.#readAhead) return;
    this.#reading?.stop();
    const started = performance.now();
    const reading = (this.#reading = readAhead(index));
    const told = this.#onRead;
    if (told) void reading.finished.then((outcome) => told(outcome, performance.now() - started));
  }
}
