import { SlashCommandBuilder } from 'discord.js';
import { findSpeakers } from '../src/answer/lookups.ts';
import { rankChoices } from '../src/discord/autocomplete.ts';
import { type Command, textReply } from '../src/discord/command.ts';
import { renderSpeakerCard } from '../src/discord/render-records.ts';

/** /speaker: roles as stated (with source), events spoken at, quotes. */
export default {
  data: new SlashCommandBuilder()
    .setName('speaker')
    .setDescription('A speaker: roles as stated, events spoken at, quotes')
    .addStringOption((o) => o.setName('name').setDescription('Name or part of it').setRequired(true).setAutocomplete(true).setMaxLength(100))
    .toJSON(),
  autocomplete({ focused, archive }) {
    return rankChoices(
      focused.value,
      archive.index.data.speakers.map((s) => ({ name: s.roles[0] ? `${s.name} — ${s.roles[0].text}` : s.name, value: s.id, keys: [s.name, ...s.aliases] })),
    );
  },
  execute({ options, archive }) {
    const query = String(options.name ?? '').trim();
    const speaker = archive.index.speaker(query) ?? findSpeakers(archive.index, query, 1)[0];
    if (!speaker) return textReply(`Nobody called "${query}" speaks or is quoted in the archive.`);
    const quotes = archive.index.data.quotes.filter((q) => q.speakerId === speaker.id);
    return renderSpeakerCard(archive.index, speaker, quotes, archive.version);
  },
} satisfies Command;
