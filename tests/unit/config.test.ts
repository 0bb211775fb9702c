import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadEnvFile, shardLayout } from '../../src/config.ts';

describe('config', () => {
  it('GIVEN an empty environment THEN defaults apply: local console, SQLite store, seed archive', () => {
    const config = loadConfig({});
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.STORE_URL).toBe('sqlite://data/archivist.sqlite');
    expect(config.ARCHIVE_DIR).toBe('data/articles');
    expect(config.ALLOW_PRIVATE_URLS).toBe(false);
    expect(config.READ_AHEAD).toBe(true);
  });

  it('GIVEN READ_AHEAD=false THEN serving processes do not read ahead, and a value that is no yes or no is refused', () => {
    expect(loadConfig({ READ_AHEAD: 'false' }).READ_AHEAD).toBe(false);
    expect(() => loadConfig({ READ_AHEAD: 'sometimes' })).toThrow(/READ_AHEAD/);
  });

  it('GIVEN malformed values THEN start-up stops with a message naming each bad key', () => {
    const bad = { STORE_URL: 'postgres://x', DISCORD_GUILD_ID: 'abc', COOLDOWN_SECONDS: '-1' };
    expect(() => loadConfig(bad)).toThrow(/^config: invalid environment: /);
    for (const key of Object.keys(bad)) expect(() => loadConfig(bad)).toThrow(key);
  });

  it('GIVEN a short token THEN the message names DISCORD_TOKEN but never repeats the value', () => {
    let message = '';
    try {
      loadConfig({ DISCORD_TOKEN: 'secret-abc' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('DISCORD_TOKEN');
    expect(message).not.toContain('secret-abc');
  });

  it('GIVEN empty strings as in a copied .env.example THEN they count as not set', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ', LOG_LEVEL: 'debug' });
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.DISCORD_GUILD_ID).toBeUndefined();
    expect(config.LOG_LEVEL).toBe('debug');
  });

  it('GIVEN a .env file THEN its values reach process.env without overriding ones already set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archivist-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'ARCHIVIST_TEST_FROM_FILE=file\nARCHIVIST_TEST_PRESET=file\n');
    process.env.ARCHIVIST_TEST_PRESET = 'shell';
    expect(loadEnvFile(file)).toBe(true);
    expect(process.env.ARCHIVIST_TEST_FROM_FILE).toBe('file');
    expect(process.env.ARCHIVIST_TEST_PRESET).toBe('shell');
    expect(loadEnvFile(join(dir, 'missing.env'))).toBe(false);
  });

  it('GIVEN no shard settings THEN one machine runs every shard Discord recommends', () => {
    expect(shardLayout(loadConfig({}))).toEqual({ ok: true, layout: { total: 'auto', mine: 'all', multiMachine: false } });
    expect(shardLayout(loadConfig({ SHARDS: '4' }))).toEqual({ ok: true, layout: { total: 4, mine: 'all', multiMachine: false } });
  });

  it('GIVEN SHARD_LIST with TOTAL_SHARDS on Redis THEN this machine runs its part of the shards', () => {
    const config = loadConfig({ SHARD_LIST: '3, 1', TOTAL_SHARDS: '4', STORE_URL: 'redis://10.0.0.5:6379' });
    expect(shardLayout(config)).toEqual({ ok: true, layout: { total: 4, mine: [1, 3], multiMachine: true } });
  });

  it('GIVEN a multi-machine layout on SQLite THEN start-up is refused with what to set instead', () => {
    expect(() => loadConfig({ SHARD_LIST: '0', TOTAL_SHARDS: '2' })).toThrow(
      'config: invalid environment: SHARD_LIST=0 runs 1 of 2 shards, so other machines run the rest; they must share one store, and SQLite (sqlite://data/archivist.sqlite) is a file on one machine: set STORE_URL=redis://… on every machine',
    );
    // Every shard on this one machine: SQLite is fine.
    expect(shardLayout(loadConfig({ SHARD_LIST: '0,1', TOTAL_SHARDS: '2' }))).toMatchObject({ ok: true, layout: { multiMachine: false } });
  });

  it('GIVEN inconsistent shard settings THEN each is named', () => {
    expect(() => loadConfig({ SHARD_LIST: '0', STORE_URL: 'redis://h:1' })).toThrow('SHARD_LIST needs TOTAL_SHARDS');
    expect(() => loadConfig({ SHARD_LIST: '0,2', TOTAL_SHARDS: '2', STORE_URL: 'redis://h:1' })).toThrow('SHARD_LIST names shard 2, but shard ids run from 0 to 1 with TOTAL_SHARDS=2');
    expect(() => loadConfig({ SHARD_LIST: 'zero' })).toThrow('SHARD_LIST: must be shard ids separated by commas');
    expect(() => loadConfig({ SHARDS: 'many' })).toThrow('SHARDS');
  });

  it("GIVEN a shard process, where discord.js's manager sets SHARDS to the shard id THEN it is not read as the shard count", () => {
    expect(loadConfig({ SHARDING_MANAGER: 'true', SHARDS: '0', SHARD_COUNT: '2' }).SHARDS).toBe('auto');
  });
});
