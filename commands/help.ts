import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { paginateEmbed } from '../src/discord/render-embed.ts';

const EXAMPLES = [
  '/ask question: who spoke at the rally in Lisbon?',
  '/ask question: how many were arrested in November?',
  '/event query: Lisbon',
  '/speaker name: Duarte',
  '/figure measure: killed',
  '/quote speaker: Duarte topic: elections',
  '/timeline from: 2019 to: 2020',
  '/source article: march',
];

/** /help: what the bot can answer, with examples. */
export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What I can answer, with examples').toJSON(),
  noCooldown: true,
  ephemeral: true,
  execute({ commands, archive }) {
    return {
      pages: paginateEmbed({
        title: 'Archivist: questions about the news archive',
        text:
          'I answer from the archive only, and show the sentence each answer rests on (article, publisher, date). ' +
          'Figures are reported with who claims them; disagreeing figures are shown side by side.\n\n' +
          'Ask in plain words by mentioning me or in a direct message; follow-ups like "what did she say?" remember the last question for a few minutes.\n\n' +
          `**Examples**\n${EXAMPLES.map((e) => `\`${e}\``).join('\n')}`,
        fields: commands.map((c) => ({ name: `/${c.name}`, value: c.description, inline: true })),
        footer: `Archive ${archive.version}`,
      }),
      ephemeral: true,
    };
  },
} satisfies Command;
