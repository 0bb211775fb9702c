import type { RefreshContext } from './refresh.ts';

/** What a moderator command receives beyond the usual command input (the router adds it). */
export interface ModeratorExtras {
  /** The holder to swap, the full stores and the settings: present where the bot wires refreshing in. */
  refresh?: RefreshContext;
  /** Edits the deferred reply. */
  progress?: (text: string) => Promise<void>;
  /** Attachment options resolved to their URL and name. */
  attachments?: Readonly<Record<string, { url: string; name: string; size?: number; contentType?: string }>>;
}

/** Calls `progress` at most every `everyMs` (Discord rate-limits edits) and never after `stop()`. */
export function throttledProgress(progress: ModeratorExtras['progress'], everyMs = 3_000) {
  let last = 0;
  let done = false;
  return {
    update(text: string) {
      const now = Date.now();
      if (!progress || done || now - last < everyMs) return;
      last = now;
      void progress(text).catch(() => undefined);
    },
    stop() {
      done = true;
    },
  };
}

/** The moderator check made again at run time (commands are also hidden by default_member_permissions). */
export function moderatorProblem(input: { guildId?: string; user: { isModerator: boolean }; refresh?: RefreshContext }): string | undefined {
  if (!input.guildId) return 'Moderator commands work in a server, not in direct messages.';
  if (!input.user.isModerator) return 'Only moderators (Manage Server, or the moderator role) can change the archive.';
  if (!input.refresh) return 'Refreshing is not available in this build of the bot (no refresh context).';
  return undefined;
}
