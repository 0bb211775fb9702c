import { SlashCommandBuilder } from 'discord.js';
import type { Command, ShardStatus } from '../src/discord/command.ts';
import { paginateEmbed } from '../src/discord/render-embed.ts';

/** "3 d 4 h", "2 h 5 min", "40 s": an uptime at a glance. */
export function formatUptime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const [d, h, m] = [Math.floor(s / 86_400), Math.floor((s % 86_400) / 3600), Math.floor((s % 3600) / 60)];
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min`;
  return `${s} s`;
}

/** One field per shard: its guilds, the archive version it serves and how long it has run. */
function shardField(s: ShardStatus): { name: string; value: string; inline: boolean } {
  const name = `Shard ${s.id}${s.here ? ' (answering you)' : ''}`;
  if (!s.answering) return { name, value: `not answering (last version ${s.version})`, inline: true };
  const where = s.host ? ` · on ${s.host}, reported ${formatUptime(s.seenAgoMs ?? 0)} ago` : '';
  return { name, value: `${s.guilds.toLocaleString('en-US')} server${s.guilds === 1 ? '' : 's'} · version ${s.version} · up ${formatUptime(s.uptimeMs)}${where}`, inline: false };
}

/** /stats: archive version, counts, last refresh; with shards, every shard's servers, version and uptime. */
export default {
  data: new SlashCommandBuilder().setName('stats').setDescription('Archive version, what it holds, last refresh, shards').toJSON(),
  async execute({ archive, shards }) {
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
    // A shard that cannot be asked must not cost the user the rest of the statistics.
    const shardList = shards ? await shards().catch(() => undefined) : undefined;
    const behind = shardList?.filter((s) => s.answering && s.version !== archive.version) ?? [];
    return {
      pages: paginateEmbed({
        title: 'Archive statistics',
        text: [
          `**Version:** ${archive.version}\n**Last refresh:** ${archive.builtAt}`,
          ...(shardList ? [`**Shards:** ${shardList.length} (${shardList.filter((s) => s.answering).length} answering)`] : []),
          ...(behind.length ? [`Shard ${behind.map((s) => s.id).join(', ')} still serve${behind.length === 1 ? 's' : ''} another version; it follows within seconds.`] : []),
          ...(archive.notice ? [`\n⚠️ **Warning:** ${archive.notice}`] : []),
        ].join('\n'),
        fields: [...counts.map(([name, n]) => ({ name, value: n.toLocaleString('en-US'), inline: true })), ...(shardList ?? []).map(shardField)],
        footer: `Archive ${archive.version}`,
      }),
    };
  },
} satisfies Command;
