import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { paginateEmbed } from '../src/discord/render-embed.ts';
import { helpExamples } from '../src/answer/help-examples.ts';

/** /help: what the bot can answer, with examples. */
export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What I can answer, with examples').toJSON(),
  noCooldown: true,
  ephemeral: true,
  execute({ commands, archive }) {
    // Examples come from what the loaded archive holds, so every one of them has an answer.
    const examples = helpExamples(archive.index);
    const shown = examples.length ? `**Examples from this archive**\n${examples.map((e) => `\`${e}\``).join('\n')}` : 'The archive is empty: a moderator can add reports with /archive add.';
    return {
      pages: paginateEmbed({
        title: 'Archivist: questions about the news archive',
        text:
          'I answer from the archive only, and show the sentence each answer rests on (article, publisher, date). ' +
          'Figures are reported with who claims them; disagreeing figures are shown side by side.\n\n' +
          'Ask in plain words by mentioning me or in a direct message; follow-ups like "what did she say?" remember the last question for a few minutes.\n\n' +
          shown,
        fields: commands.map((c) => ({ name: `/${c.name}`, value: c.description, inline: true })),
        footer: `Archive ${archive.version}`,
      }),
      ephemeral: true,
    };
  },
} satisfies Command;
