import type { ConversationContext } from '../domain/types.ts';
import type { FeedbackStore, InsightsStore } from '../store/types.ts';

/**
 * The parts of the store (src/store, `openStores(url)`) the bot uses; structurally identical to
 * `Stores` there, so the real stores can be passed in directly.
 */
export interface BotStores {
  settings: {
    get<T>(scope: string, key: string): Promise<T | undefined>;
    set(scope: string, key: string, value: unknown): Promise<void>;
  };
  cooldowns: {
    hit(userId: string, key: string, seconds: number): Promise<{ ok: true } | { ok: false; retryAt: number }>;
  };
  contexts: {
    get(userId: string, channelId: string): Promise<ConversationContext | undefined>;
    set(userId: string, channelId: string, ctx: ConversationContext, ttlMs: number): Promise<void>;
  };
  /** Answers users can vote on, and their votes (voters as salted hashes). */
  feedback: FeedbackStore;
  /** The log of what the archive could not answer, for /insights. */
  insights: InsightsStore;
}

/** How long a store call may take before the bot answers without it. */
export const STORE_CALL_TIMEOUT_MS = 1500;

/** What the bot tells a user whose action needs the store while it is down (settings). */
export const STORE_DOWN_TEXT = 'The bot’s store is unavailable right now, so this setting was not saved; try again in a minute.';

/** What a user whose vote could not be stored is told. */
export const FEEDBACK_DOWN_TEXT = 'The bot’s store is unavailable right now, so your vote could not be saved; try again in a minute.';

/** What a moderator asking for /insights while the store is down is told. */
export const INSIGHTS_DOWN_TEXT = 'The bot’s store is unavailable right now, so the insights cannot be read or cleared; try again in a minute.';

export class StoreUnavailableError extends Error {
  constructor(cause: unknown, message = STORE_DOWN_TEXT) {
    super(message, { cause });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * The stores as the bot uses them while serving: a store that fails or does not answer within
 * STORE_CALL_TIMEOUT_MS (Redis stopped, a locked SQLite file) never fails a question. Cooldowns let the user
 * through, conversation context is forgotten, stored pages and the question channel read as absent, questions are
 * left out of the insights log; a setting being saved, a vote, and reading or clearing /insights report the outage
 * (an answer kept for voting fails too, so it is shown without feedback buttons).
 * One warning is logged when the store goes away and one when it is back.
 */
export function degradeWhenDown(
  stores: BotStores,
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void },
  timeoutMs = STORE_CALL_TIMEOUT_MS,
): BotStores {
  let down = false;
  const call = async <T>(what: string, run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const value = await Promise.race([
        run(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      if (down) {
        down = false;
        log.info({ what }, 'store: reachable again');
      }
      return { ok: true, value };
    } catch (error) {
      if (!down) {
        down = true;
        log.warn({ what, err: String((error as Error)?.message ?? error) }, 'store: unavailable; answering without cooldowns, context and stored pages until it is back');
      }
      return { ok: false, error };
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    cooldowns: {
      async hit(userId, key, seconds) {
        const r = await call('cooldown', () => stores.cooldowns.hit(userId, key, seconds));
        return r.ok ? r.value : { ok: true };
      },
    },
    contexts: {
      async get(userId, channelId) {
        const r = await call('context', () => stores.contexts.get(userId, channelId));
        return r.ok ? r.value : undefined;
      },
      async set(userId, channelId, ctx, ttlMs) {
        await call('context', () => stores.contexts.set(userId, channelId, ctx, ttlMs));
      },
    },
    feedback: {
      async saveAnswer(key, answer, ttlMs) {
        const r = await call('feedback', () => stores.feedback.saveAnswer(key, answer, ttlMs));
        if (!r.ok) throw new StoreUnavailableError(r.error, FEEDBACK_DOWN_TEXT);
      },
      async getAnswer(key) {
        const r = await call('feedback', () => stores.feedback.getAnswer(key));
        if (!r.ok) throw new StoreUnavailableError(r.error, FEEDBACK_DOWN_TEXT);
        return r.value;
      },
      async vote(key, voter, decide, ttlMs) {
        const r = await call('feedback', () => stores.feedback.vote(key, voter, decide, ttlMs));
        if (!r.ok) throw new StoreUnavailableError(r.error, FEEDBACK_DOWN_TEXT);
        return r.value;
      },
      async votes(key) {
        const r = await call('feedback', () => stores.feedback.votes(key));
        if (!r.ok) throw new StoreUnavailableError(r.error, FEEDBACK_DOWN_TEXT);
        return r.value;
      },
      async salt() {
        const r = await call('feedback', () => stores.feedback.salt());
        if (!r.ok) throw new StoreUnavailableError(r.error, FEEDBACK_DOWN_TEXT);
        return r.value;
      },
    },
    insights: {
      async countQuestion(week, answered, ttlMs) {
        await call('insights', () => stores.insights.countQuestion(week, answered, ttlMs));
      },
      async noteUnanswered(note, ttlMs) {
        await call('insights', () => stores.insights.noteUnanswered(note, ttlMs));
      },
      async noteNotRight(note, change, ttlMs) {
        await call('insights', () => stores.insights.noteNotRight(note, change, ttlMs));
      },
      async read() {
        const r = await call('insights', () => stores.insights.read());
        if (!r.ok) throw new StoreUnavailableError(r.error, INSIGHTS_DOWN_TEXT);
        return r.value;
      },
      async clear() {
        const r = await call('insights', () => stores.insights.clear());
        if (!r.ok) throw new StoreUnavailableError(r.error, INSIGHTS_DOWN_TEXT);
      },
    },
    settings: {
      async get<T>(scope: string, key: string) {
        const r = await call('settings', () => stores.settings.get<T>(scope, key));
        return r.ok ? r.value : undefined;
      },
      async set(scope, key, value) {
        const r = await call('settings', () => stores.settings.set(scope, key, value));
        if (!r.ok) throw new StoreUnavailableError(r.error);
      },
    },
  };
}
