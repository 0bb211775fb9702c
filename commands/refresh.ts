import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { type Command, type CommandInput, type Reply, textReply } from '../src/discord/command.ts';
import { refreshArchive, refreshHistory, rollbackArchive } from '../src/refresh/index.ts';
import { moderatorProblem, throttledProgress } from '../src/refresh/moderator.ts';
import { historyText, progressText, linesToPages, refreshResultText, rollbackResultText } from '../src/refresh/report-text.ts';

const who = (input: CommandInput) => `<@${input.user.id}>`;
const lines = (ls: string[]): Reply => ({ pages: linesToPages(ls).map((content) => ({ content, embeds: [] })), ephemeral: true });

/** /refresh run | history | rollback: re-index the archive folder, see what changed, go back a version. */
export default {
  data: new SlashCommandBuilder()
    .setName('refresh')
    .setDescription('Re-index the archive, show the history, or roll back (moderators)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) => s.setName('run').setDescription('Re-index the archive folder and show what changed'))
    .addSubcommand((s) => s.setName('history').setDescription('Who changed the archive, when, what changed, and the result'))
    .addSubcommand((s) => s.setName('rollback').setDescription('Go back to the previous archive version'))
    .toJSON(),
  defer: true,
  ephemeral: true,
  noCooldown: true,
  async execute(input: CommandInput) {
    const problem = moderatorProblem(input);
    if (problem || !input.refresh) return textReply(problem ?? '', { ephemeral: true });
    const ctx = input.refresh;
    switch (input.options.subcommand) {
      case 'history':
        return lines(historyText(await refreshHistory(ctx, 10)));
      case 'rollback':
        return lines(rollbackResultText(await rollbackArchive(ctx, who(input))));
      default: {
        const progress = throttledProgress(input.progress);
        try {
          const result = await refreshArchive(ctx, { who: who(input), onProgress: (p) => progress.update(progressText(p)) });
          return lines(refreshResultText(result));
        } finally {
          progress.stop();
        }
      }
    }
  },
} satisfies Command;
