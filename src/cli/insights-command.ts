import { loadConfig } from '../config.ts';
import { buildInsights, insightsText, parseSinceDays } from '../insights/insights.ts';
import { openStores } from '../store/index.ts';
import { CliUsageError, type CliCommand } from './command.ts';

/** `insights [--since 30d] [--json]`: what /insights shows, for operators, read from STORE_URL. */
export const insightsCommand: CliCommand = {
  name: 'insights',
  summary: 'Unanswered questions (grouped), answers voted "Not right" and the share answered per week, from the store (STORE_URL)',
  usage: '[--since 30d] [--json]',
  options: { since: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const raw = args.values['since'];
    const sinceDays = typeof raw === 'string' ? parseSinceDays(raw) : 30;
    if (sinceDays === undefined) throw new CliUsageError(`cli: insights: --since takes days or weeks ("7d", "30d", "4w"), got "${String(raw)}"`);
    if (args.positionals.length) throw new CliUsageError(`cli: insights: unexpected argument "${args.positionals[0]}"`);
    const config = loadConfig();
    const stores = await openStores(config.STORE_URL);
    try {
      const report = buildInsights(await stores.insights.read(), { sinceDays, keptDays: config.INSIGHTS_DAYS });
      io.out(args.values['json'] ? JSON.stringify(report) : insightsText(report, 50).join('\n'));
      return 0;
    } finally {
      await stores.close();
    }
  },
};
