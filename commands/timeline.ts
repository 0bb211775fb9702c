import { SlashCommandBuilder } from 'discord.js';
import { timeline } from '../src/answer/lookups.ts';
import { type Command, textReply } from '../src/discord/command.ts';
import { renderTimeline } from '../src/discord/render-records.ts';

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "2019" / "2019-11" / "2019-11-16" → an ISO day at the start or end of that period; undefined when malformed. */
export function isoBound(text: string, end: boolean): string | undefined {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (mo < 1 || mo > 12) return undefined;
  const d = m[3] ? Number(m[3]) : end ? lastDay(y, mo) : 1;
  if (d < 1 || d > lastDay(y, mo)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** /timeline: events in date order, paginated. */
export default {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('Events in date order, optionally in one place or period')
    .addStringOption((o) => o.setName('place').setDescription('City, country or venue').setMaxLength(100))
    .addStringOption((o) => o.setName('from').setDescription('Start: 2019, 2019-11 or 2019-11-16').setMaxLength(10))
    .addStringOption((o) => o.setName('to').setDescription('End: 2020, 2020-02 or 2020-02-08').setMaxLength(10))
    .toJSON(),
  execute({ options, archive }) {
    const filters: { place?: string; from?: string; to?: string } = {};
    const text = (name: string) => (typeof options[name] === 'string' && String(options[name]).trim() ? String(options[name]).trim() : undefined);
    const place = text('place');
    if (place) filters.place = place;
    for (const [name, end] of [['from', false], ['to', true]] as const) {
      const raw = text(name);
      if (!raw) continue;
      const iso = isoBound(raw, end);
      if (!iso) return textReply(`"${raw}" is not a date I can use for ${name}: write 2019, 2019-11 or 2019-11-16.`, { ephemeral: true });
      filters[name] = iso;
    }
    return renderTimeline(timeline(archive.index, filters), archive.version, filters);
  },
} satisfies Command;
