import { SlashCommandBuilder } from 'discord.js';
import { quotesBy } from '../src/answer/lookups.ts';
import { rankChoices } from '../src/discord/autocomplete.ts';
import { type Command, textReply } from '../src/discord/command.ts';
import { renderQuotes } from '../src/discord/render-records.ts';

/** /quote: a speaker's quotes, optionally on a topic, with sources. */
export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription("A speaker's quotes with their sources")
    .addStringOption((o) => o.setName('speaker').setDescription('Name or part of it').setRequired(true).setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('topic').setDescription('Only quotes about this, e.g. elections').setMaxLength(100))
    .toJSON(),
  autocomplete({ focused, archive }) {
    return rankChoices(
      focused.value,
      archive.index.data.speakers.map((s) => ({ name: s.name, value: s.id, keys: s.aliases })),
    );
  },
  execute({ options, archive }) {
    const query = String(options.speaker ?? '').trim();
    const topic = typeof options.topic === 'string' && options.topic.trim() ? options.topic.trim() : undefined;
    const byId = archive.index.speaker(query);
    const { speaker, quotes } = quotesBy(archive.index, byId?.name ?? query, topic);
    const who = speaker?.name ?? byId?.name;
    if (!who) return textReply(`Nobody called "${query}" is quoted in the archive.`);
    return renderQuotes(archive.index, who, quotes, archive.version, topic);
  },
} satisfies Command;
