import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildArchiveFromFolder } from '../../../src/engine.ts';
import { genreArticle } from '../../fixtures/refresh/make-articles.ts';

// Worker threads start tsx and load the wink model each: slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/refresh/archive');
let tmp: string;
let dir: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'archivist-pool-'));
  dir = join(tmp, 'articles');
  cpSync(FIXTURES, dir, { recursive: true });
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, genreArticle(i).name), genreArticle(i).text);
  writeFileSync(join(dir, 'scan.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2]));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a build on a pool of worker threads', () => {
  it('GIVEN one thread or two THEN the archive built is the same, byte for byte, skipped files included', async () => {
    const one = await buildArchiveFromFolder(dir, { workers: 1 });
    const two = await buildArchiveFromFolder(dir, { workers: 2, minPerWorker: 1 });
    expect(one.report.workers).toBe(1);
    expect(two.report.workers).toBe(2);
    expect(one.report.articles).toBe(16);
    expect(one.report.skipped.map((s) => s.file)).toEqual(['scan.txt']);
    expect(JSON.stringify(two.index.data)).toBe(JSON.stringify(one.index.data));
  });

  it('GIVEN a small job THEN no thread is started for it (starting one costs more than it saves)', async () => {
    const r = await buildArchiveFromFolder(dir, { workers: 2 });
    expect(r.report.workers).toBe(1);
  });

  it('GIVEN a pool thread that runs out of memory THEN the build fails with that reason', async () => {
    await expect(buildArchiveFromFolder(dir, { workers: 2, minPerWorker: 1, maxMemoryMb: 1 })).rejects.toThrow(/build worker crashed/);
  });
});
