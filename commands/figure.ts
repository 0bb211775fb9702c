import { SlashCommandBuilder } from 'discord.js';
import { figuresFor } from '../src/answer/lookups.ts';
import { type Command, textReply } from '../src/discord/command.ts';
import { renderFigures } from '../src/discord/render-records.ts';
import type { Measure } from '../src/domain/types.ts';

const MEASURES: Array<{ name: string; value: Measure }> = [
  { name: 'killed', value: 'killed' },
  { name: 'injured', value: 'injured' },
  { name: 'arrested', value: 'arrested' },
  { name: 'executed', value: 'executed' },
  { name: 'missing', value: 'missing' },
  { name: 'cities (where protests took place)', value: 'cities' },
  { name: 'attendance (crowd size)', value: 'attendance' },
  { name: 'identified (victims named)', value: 'identified' },
  { name: 'damaged (buildings, facilities)', value: 'damaged' },
  { name: 'displaced', value: 'displaced' },
  { name: 'other', value: 'other' },
];

/** /figure: every value of a measure with its claimant and date; disagreements side by side. */
export default {
  data: new SlashCommandBuilder()
    .setName('figure')
    .setDescription('Figures (killed, arrested, attendance…) with who claims them and when')
    .addStringOption((o) => o.setName('measure').setDescription('What is counted').setRequired(true).addChoices(...MEASURES))
    .addStringOption((o) => o.setName('event').setDescription('Limit to an event, place or period, e.g. November uprising').setMaxLength(200))
    .toJSON(),
  execute({ options, archive }) {
    const measure = MEASURES.find((m) => m.value === options.measure)?.value;
    if (!measure) return textReply(`Unknown measure "${String(options.measure)}". Choose one of: ${MEASURES.map((m) => m.value).join(', ')}.`, { ephemeral: true });
    const event = typeof options.event === 'string' && options.event.trim() ? options.event.trim() : undefined;
    return renderFigures(archive.index, measure, figuresFor(archive.index, measure, event), archive.version, event);
  },
} satisfies Command;
