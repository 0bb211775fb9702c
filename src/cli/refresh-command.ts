import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { CliUsageError, type CliCommand } from './command.ts';
import { loadConfig } from '../config.ts';
import { openStores } from '../store/index.ts';
import { refreshArchive, refreshHistory, rollbackArchive, type RefreshContext } from '../refresh/refresh.ts';
import { historyText, progressText, refreshResultText, rollbackResultText } from '../refresh/report-text.ts';

function operator(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** `refresh [--archive DIR] [--history] [--rollback]`: the moderators' operations for operators, on STORE_URL. */
export const refreshCliCommand: CliCommand = {
  name: 'refresh',
  summary: 'Re-index the archive into the store (STORE_URL) and print what changed; --history lists past changes, --rollback goes back one version',
  usage: '[--archive DIR] [--history | --rollback]',
  options: { archive: { type: 'string' }, history: { type: 'boolean' }, rollback: { type: 'boolean' } },
  async run(args, io) {
    const config = loadConfig();
    const dir = typeof args.values['archive'] === 'string' && args.values['archive'].trim() ? args.values['archive'] : config.ARCHIVE_DIR;
    if (args.values['history'] && args.values['rollback']) throw new CliUsageError('cli: refresh: --history and --rollback do not go together');
    const stores = await openStores(config.STORE_URL);
    try {
      const ctx: RefreshContext = { stores, config: { ...config, ARCHIVE_DIR: dir } };
      if (args.values['history']) {
        io.out(historyText(await refreshHistory(ctx, 20)).join('\n'));
        return 0;
      }
      if (args.values['rollback']) {
        const r = await rollbackArchive(ctx, operator());
        (r.ok ? io.out : io.err)(rollbackResultText(r, 50).join('\n'));
        return r.ok ? 0 : 1;
      }
      const info = await stat(dir).catch(() => undefined);
      if (!info?.isDirectory()) throw new CliUsageError(`cli: archive folder not found: ${dir}`);
      let last = 0;
      let phase = '';
      const r = await refreshArchive(ctx, {
        who: operator(),
        onProgress: (p) => {
          // stderr, on each phase change and about once a second: stdout carries only the result.
          if (p.phase === phase && Date.now() - last < 1_000 && p.done !== p.total) return;
          last = Date.now();
          phase = p.phase;
          io.err(progressText(p));
        },
      });
      (r.ok ? io.out : io.err)(refreshResultText(r, 50).join('\n'));
      return r.ok ? 0 : 1;
    } finally {
      await stores.close();
    }
  },
};
