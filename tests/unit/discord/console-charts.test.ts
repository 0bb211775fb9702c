import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReplyFiles } from '../../../src/console.ts';
import type { Command } from '../../../src/discord/command.ts';
import { COMMANDS_DIR, loadCommands } from '../../../src/discord/load-commands.ts';
import { buildArchiveFromFolder } from '../../../src/engine.ts';
import { ArchiveHolder } from '../../../src/refresh/archive-holder.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';
import { FIXTURE_ARCHIVE } from '../../support/discord-harness.ts';
import { consoleSession } from '../../support/console-session.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let commands: Map<string, Command>;
let stores: Stores;
let holder: ArchiveHolder;
let dir: string;
const written: string[] = [];

beforeAll(async () => {
  commands = await loadCommands(COMMANDS_DIR);
  dir = await mkdtemp(join(tmpdir(), 'archivist-console-charts-'));
  stores = await openStores(`sqlite://${join(dir, 'store.sqlite')}`);
  const { index } = await buildArchiveFromFolder(FIXTURE_ARCHIVE);
  holder = new ArchiveHolder({ index, version: 'console-v1', builtAt: '2021-06-01T00:00:00.000Z' });
});
afterAll(async () => {
  await stores?.close();
  await rm(dir, { recursive: true, force: true });
  for (const path of written) await rm(path, { force: true });
});

const session = (lines: string[]): Promise<string> => consoleSession({ commands, holder, stores }, lines);

describe('charts in the console', () => {
  it('GIVEN /timeline THEN the list is printed, then a chart: line with the path of the PNG written to disk', async () => {
    const printed = await session(['/timeline']);
    const paths = [...printed.matchAll(/^chart: (.+)$/gm)].map((m) => m[1]!);
    written.push(...paths);
    expect(paths).toHaveLength(1);
    const path = paths[0]!;
    expect(path.startsWith(join(tmpdir(), 'archivist-charts'))).toBe(true);
    expect(path.endsWith('timeline.png')).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect([...readFileSync(path).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(printed.indexOf('March 14, 2021')).toBeLessThan(printed.indexOf('chart: '));
  });

  it('GIVEN a command without a chart THEN no chart: line is printed', async () => {
    const printed = await session(['/help']);
    expect(printed).not.toMatch(/^chart: /m);
  });

  it('GIVEN two files of the same name written at once THEN each gets its own path', () => {
    const file = { name: 'timeline.png', data: new Uint8Array(PNG_SIGNATURE), description: 'test' };
    const paths = writeReplyFiles([file, file], dir);
    expect(new Set(paths).size).toBe(2);
    for (const p of paths) expect([...readFileSync(p)]).toEqual(PNG_SIGNATURE);
  });
});
