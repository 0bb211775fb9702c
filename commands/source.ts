import { SlashCommandBuilder } from 'discord.js';
import { findArticles } from '../src/answer/lookups.ts';
import { rankChoices } from '../src/discord/autocomplete.ts';
import { type Command, textReply } from '../src/discord/command.ts';
import { formatIsoDate } from '../src/discord/render-embed.ts';
import { renderArticleCard } from '../src/discord/render-records.ts';

/** /source: an article's title, publisher, date, and what the index took from it. */
export default {
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription('An article: title, publisher, date and what was taken from it')
    .addStringOption((o) => o.setName('article').setDescription('Words of the title or the file name').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .toJSON(),
  autocomplete({ focused, archive }) {
    return rankChoices(
      focused.value,
      archive.index.data.articles.map((a) => ({
        name: [a.title || a.files[0] || a.id, a.publisher, a.date.iso ? formatIsoDate(a.date.iso) : undefined].filter(Boolean).join(' · '),
        value: a.id,
        keys: [a.title, ...a.files],
      })),
    );
  },
  execute({ options, archive }) {
    const query = String(options.article ?? '').trim();
    const article = archive.index.article(query) ?? findArticles(archive.index, query, 1)[0];
    if (!article) return textReply(`No article in the archive matches "${query}".`);
    return renderArticleCard(archive.index, article, archive.version);
  },
} satisfies Command;
