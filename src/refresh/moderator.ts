import type { RefreshContext } from './refresh.ts';

/** Calls `progress` at most every `everyMs` (Discord rate-limits edits) and never after `stop()`. */
export function throttledProgress(progress: ((text: string) => Promise<void>) | undefined, everyMs = 3_000) {
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
