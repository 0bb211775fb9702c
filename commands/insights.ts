import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { type Command, type CommandInput, textReply } from '../src/discord/command.ts';
import { buildInsights, insightsText, parseSinceDays } from '../src/insights/insights.ts';
import { audit } from '../src/refresh/refresh.ts';
import { linesToPages } from '../src/refresh/report-text.ts';

function moderatorOnly(input: CommandInput): string | undefined {
  if (!input.guildId) return 'Insights belong to a server: use /insights there.';
  if (!input.user.isModerator) return 'Only moderators (Manage Server, or the moderator role) can see or clear the insights.';
  return undefined;
}

/** /insights show | clear: what members asked that the archive could not answer, answers voted "Not right", the answered share per week. */
export default {
  data: new SlashCommandBuilder()
    .setName('insights')
    .setDescription('What the archive could not answer and which answers were voted wrong (moderators)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('show')
        .setDescription('Most asked unanswered questions, answers voted "Not right", share answered per week')
        .addStringOption((o) =>
          o
            .setName('since')
            .setDescription('The window (default: 30 days)')
            .addChoices({ name: 'last 7 days', value: '7d' }, { name: 'last 30 days', value: '30d' }, { name: 'last 90 days', value: '90d' }),
        ),
    )
    .addSubcommand((s) => s.setName('clear').setDescription('Empty the insights log (recorded in /refresh history)'))
    .toJSON(),
  defer: true,
  ephemeral: true,
  noCooldown: true,
  async execute(input: CommandInput) {
    const problem = moderatorOnly(input);
    if (problem) return textReply(problem, { ephemeral: true });
    const keptDays = input.config.INSIGHTS_DAYS;
    if (input.options.subcommand === 'clear') {
      // Every clear is audited: without the audit log (no refresh context) it is refused rather than done unrecorded.
      if (!input.refresh) return textReply('Clearing the insights is not available in this build of the bot (no audit log).', { ephemeral: true });
      const before = await input.stores.insights.read();
      await input.stores.insights.clear();
      const summary = `emptied the insights log (${before.groups.length} unanswered group(s), ${before.notRight.length} answer(s) voted "Not right", ${before.weeks.length} week(s) of counts)`;
      await audit(input.refresh, { who: `<@${input.user.id}>`, action: 'insights-clear', result: 'ok', summary });
      return textReply(`Insights cleared: ${summary.replace(/^emptied the insights log /, '')}. Votes already cast stay with their answers.`, { ephemeral: true });
    }
    const sinceDays = parseSinceDays(String(input.options.since ?? '30d')) ?? 30;
    const report = buildInsights(await input.stores.insights.read(), { sinceDays: Math.min(sinceDays, keptDays), keptDays });
    return { pages: linesToPages(insightsText(report)).map((content) => ({ content, embeds: [] })), ephemeral: true };
  },
} satisfies Command;
