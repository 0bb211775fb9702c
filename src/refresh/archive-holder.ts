import type { ArchiveIndex } from '../index/archive-index.ts';

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
 */
export class ArchiveHolder {
  #state: ArchiveState;

  constructor(initial: ArchiveState) {
    this.#state = initial;
  }

  get(): ArchiveState {
    return this.#state;
  }

  swap(next: ArchiveState): ArchiveState {
    const previous = this.#state;
    this.#state = next;
    return previous;
  }
}
