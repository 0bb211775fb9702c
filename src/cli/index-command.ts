import type { BuildReport } from '../engine.ts';
import { ARCHIVE_OPTION, CliUsageError, type CliCommand } from './command.ts';
import { loadArchive } from './load-archive.ts';

/** The human-readable build report. */
export function renderReport(dir: string, r: BuildReport): string {
  const rows: Array<[string, number]> = [
    ['articles', r.articles],
    ['events', r.events],
    ['speakers', r.speakers],
    ['quotes', r.quotes],
    ['figures', r.figures],
    ['conflicts', r.conflicts],
    ['skipped files', r.skipped.length],
  ];
  const lines = [`Indexed ${dir} in ${(r.ms / 1000).toFixed(1)} s`, ...rows.map(([k, v]) => `  ${k.padEnd(14)} ${v}`)];
  for (const s of r.skipped) lines.push(`    ${s.file}: ${s.reason}`);
  return lines.join('\n');
}

/** `index [--archive DIR] [--json]`: counts and skipped files of a fresh build. */
export const indexCommand: CliCommand = {
  name: 'index',
  summary: 'index the archive and print counts, skipped files and the time taken',
  usage: '[--archive DIR] [--json]',
  options: { ...ARCHIVE_OPTION, json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliUsageError(`cli: index: unexpected argument "${positionals[0]}"`);
    const { dir, report } = await loadArchive(values['archive'], io);
    io.out(values['json'] ? JSON.stringify({ archive: dir, ...report }, null, 2) : renderReport(dir, report));
    return 0;
  },
};
