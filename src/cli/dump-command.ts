import type { ArchiveData } from '../domain/types.ts';
import { ARCHIVE_OPTION, CliUsageError, type CliCommand } from './command.ts';
import { loadArchive } from './load-archive.ts';

const KINDS = ['events', 'speakers', 'quotes', 'figures', 'conflicts', 'articles', 'skipped'] as const satisfies ReadonlyArray<keyof ArchiveData>;

/** `dump events|speakers|quotes|figures|conflicts|articles|skipped [--archive DIR] --json`: one index array as pretty JSON. */
export const dumpCommand: CliCommand = {
  name: 'dump',
  summary: `print one of the index's arrays as JSON (${KINDS.join('|')})`,
  usage: `${KINDS.join('|')} [--archive DIR] --json`,
  options: { ...ARCHIVE_OPTION, json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const kind = positionals[0];
    if (!kind) throw new CliUsageError(`cli: dump: say what to dump: ${KINDS.join(', ')}`);
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new CliUsageError(`cli: dump: unknown kind "${kind}" (one of ${KINDS.join(', ')})`);
    }
    if (positionals.length > 1) throw new CliUsageError(`cli: dump: unexpected argument "${positionals[1]}"`);
    const { index } = await loadArchive(values['archive'], io);
    io.out(JSON.stringify(index.data[kind as (typeof KINDS)[number]], null, 2));
    return 0;
  },
};
