import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { paginateEmbed } from '../src/discord/render-embed.ts';

/** /stats: archive version, counts, last refresh. */
export default {
  data: new SlashCommandBuilder().setName('stats').setDescription('Archive version, what it holds, last refresh').toJSON(),
  execute({ archive }) {
    const d = archive.index.data;
    const counts: Array<[string, number]> = [
      ['Articles', d.articles.length],
      ['Events', d.events.length],
      ['Speakers', d.speakers.length],
      ['Quotes', d.quotes.length],
      ['Figures', d.figures.length],
      ['Disagreeing figures', d.conflicts.length],
      ['Files skipped', d.skipped.length],
    ];
    return {
      pages: paginateEmbed({
        title: 'Archive statistics',
        text: `**Version:** ${archive.version}\n**Last refresh:** ${archive.builtAt}${archive.notice ? `\n\n⚠️ **Warning:** ${archive.notice}` : ''}`,
        fields: counts.map(([name, n]) => ({ name, value: n.toLocaleString('en-US'), inline: true })),
        footer: `Archive ${archive.version}`,
      }),
    };
  },
} satisfies Command;
