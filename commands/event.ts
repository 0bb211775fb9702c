import { SlashCommandBuilder } from 'discord.js';
import { findEvents } from '../src/answer/lookups.ts';
import { formatDate } from '../src/dates/index.ts';
import { rankChoices } from '../src/discord/autocomplete.ts';
import { type Command, textReply } from '../src/discord/command.ts';
import { eventPlace, renderEventCard } from '../src/discord/render-records.ts';

/** /event: an event card (autocomplete over indexed events). */
export default {
  data: new SlashCommandBuilder()
    .setName('event')
    .setDescription('An event: date, place, organisers, size, speakers, figures, sources')
    .addStringOption((o) => o.setName('query').setDescription('Place, venue or kind, e.g. rally Lisbon').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .toJSON(),
  autocomplete({ focused, archive }) {
    return rankChoices(
      focused.value,
      archive.index.data.events.map((e) => ({
        name: e.date ? `${e.label} (${formatDate(e.date)})` : e.label,
        value: e.id,
        keys: [e.label, eventPlace(e) ?? '', e.kind].filter(Boolean),
      })),
    );
  },
  execute({ options, archive }) {
    const query = String(options.query ?? '').trim();
    const exact = archive.index.event(query);
    const found = exact ? [exact] : findEvents(archive.index, query, 6);
    const [event, ...others] = found;
    if (!event) return textReply(`No event in the archive matches "${query}". Try /timeline to list every event.`);
    return renderEventCard(archive.index, event, archive.version, others);
  },
} satisfies Command;
