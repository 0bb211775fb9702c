import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSlashLine } from '../../../src/console.ts';
import { COMMANDS_DIR, loadCommands } from '../../../src/discord/load-commands.ts';
import type { Command } from '../../../src/discord/command.ts';
import { buildArchiveFromFolder } from '../../../src/engine.ts';
import { ArchiveHolder } from '../../../src/refresh/archive-holder.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';
import { FIXTURE_ARCHIVE } from '../../support/discord-harness.ts';
import { consoleSession } from '../../support/console-session.ts';

let commands: Map<string, Command>;
let stores: Stores;
let holder: ArchiveHolder;
let dir: string;

beforeAll(async () => {
  commands = await loadCommands(COMMANDS_DIR);
  dir = await mkdtemp(join(tmpdir(), 'archivist-console-'));
  stores = await openStores(`sqlite://${join(dir, 'store.sqlite')}`);
  const { index } = await buildArchiveFromFolder(FIXTURE_ARCHIVE);
  holder = new ArchiveHolder({ index, version: 'console-v1', builtAt: '2021-06-01T00:00:00.000Z' });
});
afterAll(async () => {
  await stores?.close();
  await rm(dir, { recursive: true, force: true });
});

const session = (lines: string[]): Promise<string> => consoleSession({ commands, holder, stores }, lines);

describe('parsing typed slash commands', () => {
  it('GIVEN named options THEN reads each with its type', () => {
    const parsed = parseSlashLine('/ask question: who spoke at the rally? private: yes', commands);
    expect(parsed.ok && parsed.options).toEqual({ question: 'who spoke at the rally?', private: true });
  });

  it('GIVEN text without option names THEN it goes to the first option', () => {
    const parsed = parseSlashLine('/speaker Duarte', commands);
    expect(parsed.ok && parsed.options).toEqual({ name: 'Duarte' });
  });

  it('GIVEN a subcommand THEN records it and reads its options', () => {
    const parsed = parseSlashLine('/config channel channel: 123456789012345678', commands);
    expect(parsed.ok && parsed.options).toEqual({ subcommand: 'channel', channel: '123456789012345678' });
  });

  it('GIVEN an unknown command or a missing required option THEN says what is wrong', () => {
    expect(parseSlashLine('/nonsense', commands)).toEqual({ ok: false, reason: 'console: unknown command /nonsense; try /help' });
    expect(parseSlashLine('/ask', commands)).toEqual({ ok: false, reason: 'console: /ask needs question: …' });
  });
});

describe('the local console', () => {
  it('GIVEN slash commands, plain questions, a follow-up and "more" THEN prints the same replies as Discord, as text', async () => {
    const out = await session([
      '/ask question: who spoke at the rally in Lisbon?',
      'who is Carlos Vidal?',
      'what did he say?',
      '/speaker name: Duarte',
      'more',
      '/nonsense',
      'exit',
      '/help',
    ]);
    expect(out).toContain('Archivist console — archive console-v1 (4 articles)');
    expect(out).toContain('== who spoke at the rally in Lisbon? ==');
    expect(out).toMatch(/Speakers at the rally .*Ana Duarte/);
    expect(out).toContain('    > Ana Duarte, a member of the Portuguese Parliament');
    expect(out).toContain('-- Archive console-v1');
    expect(out).toContain('Silence is not neutrality when prisoners are executed.');
    expect(out).toContain('== Ana Duarte ==');
    expect(out).toContain('(type "more" for page 2 of 2)');
    expect(out).toContain('page 2/2');
    expect(out).toContain('console: unknown command /nonsense; try /help');
    expect(out).not.toContain('Archivist: questions about the news archive');
  });
});
