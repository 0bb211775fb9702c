import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileFiles, type HostileFile } from '../support/hostile-files.ts';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

/*
 * The real CLI indexes a folder of every hostile shape and bad file at full size (3 MB on one line, 50,000 nested
 * <div>s, 20,000 quotes, 4.9 MB of prose, a 100,000-character word, binary, bad UTF-8, NULs, empty, over the limit).
 */
describe('a hostile archive folder', () => {
  let dir: string;
  let files: HostileFile[];
  let report: { articles: number; skipped: Array<{ file: string; reason: string }> };
  let seconds: number;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'archivist-hostile-'));
    files = hostileFiles();
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
    writeFileSync(join(dir, 'lyon.txt'), 'Rally for freedom in Lyon\n\nAbout 300 people gathered in Lyon on Sunday 3 March 2024, organisers said.\n');
    const started = performance.now();
    const r = spawnSync(tsx, ['src/cli.ts', 'index', '--archive', dir, '--json'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    seconds = (performance.now() - started) / 1000;
    expect(r.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(r.status).toBe(0);
    report = JSON.parse(r.stdout) as typeof report;
  }, 200_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN every shape at full size THEN the CLI indexes the folder in under 60 s', () => {
    expect(seconds).toBeLessThan(60);
  });

  it('GIVEN bad files THEN each is reported by name with its reason', () => {
    for (const f of files.filter((x) => x.expect !== 'indexed')) {
      const skip = report.skipped.find((s) => s.file === f.name);
      expect(skip, f.name).toBeDefined();
      expect(skip!.reason, f.name).toMatch(f.expect as RegExp);
    }
  });

  it('GIVEN readable shapes THEN each is indexed, or skipped only for its time budget, and an ordinary report beside them is read', () => {
    for (const f of files.filter((x) => x.expect === 'indexed')) {
      const skip = report.skipped.find((s) => s.file === f.name);
      // The biggest shapes may exceed the 10 s budget on a slow machine: then the reason says so, nothing else.
      if (skip) expect(skip.reason, f.name).toMatch(/^took too long to read \(\d+\.\d s\)$/);
    }
    const small = ['deep-divs.html', 'many-quotes.txt', 'many-numbers.txt', 'many-names.txt', 'utf16.txt', 'lyon.txt'];
    for (const name of small) expect(report.skipped.find((s) => s.file === name), name).toBeUndefined();
    expect(report.articles).toBeGreaterThanOrEqual(small.length);
  });
});
