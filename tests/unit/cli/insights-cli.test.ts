import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { startConsole } from '../../../src/console.ts';
import { COMMANDS_DIR, loadCommands } from '../../../src/discord/load-commands.ts';
import { buildArchiveFromFolder } from '../../../src/engine.ts';
import { ArchiveHolder } from '../../../src/refresh/archive-holder.ts';
import { openStores } from '../../../src/store/index.ts';
import { FIXTURE_ARCHIVE } from '../../support/discord-harness.ts';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');

let dir = '';
let storeUrl = '';
let consoleOutput = '';

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, STORE_URL: storeUrl, LOG_LEVEL: 'silent' };
  const r = spawnSync(tsx, ['src/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archivist-insights-cli-'));
  storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  const stores = await openStores(storeUrl);
  const { index } = await buildArchiveFromFolder(FIXTURE_ARCHIVE);
  const holder = new ArchiveHolder({ index, version: 'console-v1', builtAt: '2021-06-01T00:00:00.000Z' });
  const input = new PassThrough();
  const output = new PassThrough();
  output.on('data', (c) => (consoleOutput += String(c)));
  const done = startConsole({ commands: await loadCommands(COMMANDS_DIR), holder, stores, config: loadConfig({ STORE_URL: storeUrl }), input, output });
  input.end(['how many attended the Oslo rally in 2031?', 'who spoke at the rally in Lisbon?', '2031 Oslo rally: how many people attended', 'who spoke in Reykjavik?', '/insights show', ''].join('\n'));
  await done;
  await stores.close();
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('cli insights', () => {
  it('GIVEN unanswerable questions asked in the console THEN /insights there lists them at once', () => {
    expect(consoleOutput).toContain('1. 2 · 2 — "how many attended the Oslo rally in 2031?" (also asked as "2031 Oslo rally: how many people attended")');
    expect(consoleOutput).toContain('in console · archive console-v1');
  });

  it('GIVEN those questions THEN insights --json is one object with the groups, grouped, counted, with a suggestion and the answered share', () => {
    const r = cli('insights', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.sinceDays).toBe(30);
    expect(report.keptDays).toBe(90);
    expect(report.groups).toHaveLength(2);
    expect(report.groups[0]).toMatchObject({
      normalised: '2031 attend oslo rally',
      questions: ['how many attended the Oslo rally in 2031?', '2031 Oslo rally: how many people attended'],
      count: 2,
      last7Days: 2,
      guilds: ['console'],
      version: 'console-v1',
      suggestion: 'a report on the 2031 Oslo rally',
    });
    expect(report.groups[1]).toMatchObject({ questions: ['who spoke in Reykjavik?'], count: 1, suggestion: 'a report on Reykjavik' });
    expect(report.weeks).toEqual([expect.objectContaining({ asked: 4, answered: 1, share: 0.25 })]);
  });

  it('GIVEN --since 7d without --json THEN prints the same report as text', () => {
    const r = cli('insights', '--since', '7d');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Insights for the last 7 days');
    expect(r.stdout).toContain('would need: a report on the 2031 Oslo rally');
  });

  it('GIVEN a --since that is not a duration THEN exits 2 with the reason', () => {
    const r = cli('insights', '--since', 'lately');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since takes days or weeks');
    expect(r.stdout).toBe('');
  });
});
