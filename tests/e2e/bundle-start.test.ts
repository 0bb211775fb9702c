/**
 * `npm start` runs the bundle of the serving entries (scripts/bundle.ts), not the TypeScript sources: the console,
 * the slash commands carried inside the bundle, the build's worker threads and the refresh's worker must all work
 * from it, and an extraction cached by the sources must be reused by the bundle (same code fingerprint).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/build/reuse.ts';
import { bundledEntries } from '../support/bundle.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/discord/archive');

/** Runs `node dist/main.js` (no token: the console) with `lines` typed in; resolves to its output and exit code. */
function consoleRun(entries: string, env: Record<string, string>, lines: string[]): Promise<{ out: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(entries, 'main.js')], {
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LOG_LEVEL: 'warn', COOLDOWN_SECONDS: '0', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.once('error', fail);
    child.once('exit', (code) => done({ out, code }));
    child.stdin.end(`${lines.join('\n')}\nexit\n`);
  });
}

describe('the bundle npm start runs', () => {
  let entries: string;
  let tmp: string;
  beforeAll(async () => {
    entries = await bundledEntries();
    tmp = mkdtempSync(join(tmpdir(), 'archivist-bundle-'));
    cpSync(FIXTURES, join(tmp, 'articles'), { recursive: true });
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('GIVEN no token THEN the bundled console builds the archive on two build workers and answers a question with its source', async () => {
    const env = { STORE_URL: `sqlite://${join(tmp, 'store.sqlite')}`, ARCHIVE_DIR: join(tmp, 'articles'), BUILD_WORKERS: '2' };
    const { out, code } = await consoleRun(entries, env, ['how many people held the vigil in Coimbra?', '/help']);
    expect(code).toBe(0);
    expect(out).toContain('Archivist console — archive');
    expect(out).toMatch(/300 people/);
    expect(out).toContain('Candlelight Vigil in Coimbra Remembers Executed Prisoners');
    expect(out).toContain('file: coimbra-vigil.txt');
    // /help lists the slash commands the bundle carries.
    expect(out).toMatch(/\/ask[\s\S]*\/timeline/);
  }, 120_000);

  it('GIVEN the archive built above THEN a /refresh from the bundle runs in its worker and reuses every stored extraction', async () => {
    const env = { STORE_URL: `sqlite://${join(tmp, 'store.sqlite')}`, ARCHIVE_DIR: join(tmp, 'articles'), BUILD_WORKERS: '2' };
    const { out, code } = await consoleRun(entries, env, ['/refresh run']);
    expect(code).toBe(0);
    expect(out).toMatch(/Nothing changed: still version \S+, 4 article\(s\)/);
    expect(out).toContain('reused 4 from earlier builds');
  }, 120_000);

  it('GIVEN the bundle THEN it carries the code fingerprint the sources compute, so their cached extractions are shared', () => {
    const files = readdirSync(entries).filter((f) => f.endsWith('.js'));
    expect(files.some((f) => readFileSync(join(entries, f), 'utf8').includes(JSON.stringify(codeFingerprint())))).toBe(true);
  });
});
