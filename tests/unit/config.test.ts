import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadEnvFile } from '../../src/config.ts';

describe('config', () => {
  it('GIVEN an empty environment THEN defaults apply: local console, SQLite store, seed archive', () => {
    const config = loadConfig({});
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.STORE_URL).toBe('sqlite://data/archivist.sqlite');
    expect(config.ARCHIVE_DIR).toBe('data/articles');
    expect(config.ALLOW_PRIVATE_URLS).toBe(false);
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
});
