import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { type Command, textReply } from '../src/discord/command.ts';
import { guildScope, QUESTION_CHANNEL_KEY } from '../src/discord/router.ts';

/** /config channel: where plain questions (without a mention) are answered; moderators only. */
export default {
  data: new SlashCommandBuilder()
    .setName('config')
    .setDescription('Bot settings for this server (moderators)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('channel')
        .setDescription('Answer plain questions asked in a channel; leave empty to turn off')
        .addChannelOption((o) => o.setName('channel').setDescription('The channel').addChannelTypes(ChannelType.GuildText)),
    )
    .toJSON(),
  ephemeral: true,
  async execute({ options, user, guildId, stores, config }) {
    if (!guildId) return textReply('Settings belong to a server: use /config there.', { ephemeral: true });
    if (!user.isModerator) return textReply('Only moderators (Manage Server, or the moderator role) can change settings.', { ephemeral: true });
    if (options.subcommand !== 'channel') return textReply('Unknown setting.', { ephemeral: true });
    const channel = typeof options.channel === 'string' ? options.channel : undefined;
    await stores.settings.set(guildScope(guildId), QUESTION_CHANNEL_KEY, channel ?? null);
    if (!channel) return textReply('Plain questions are now answered only when I am mentioned or in direct messages.', { ephemeral: true });
    const note = config.DISCORD_MESSAGE_CONTENT
      ? ''
      : ' Note: the bot runs without the MessageContent intent (DISCORD_MESSAGE_CONTENT=false), so it cannot read that channel until an operator enables it.';
    return textReply(`I will answer questions asked in <#${channel}> (messages that read like questions).${note}`, { ephemeral: true });
  },
} satisfies Command;
