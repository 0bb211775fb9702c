import type { ConversationContext } from '../domain/types.ts';

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
}
