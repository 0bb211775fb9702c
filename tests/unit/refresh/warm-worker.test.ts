import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildInWorker, hasSpare, stopSpare } from '../../../src/refresh/build-in-worker.ts';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/refresh/archive');

/*
 * After a build that worked, a spare build thread loads the build's modules and wink model while the bot is idle, and
 * the next refresh runs on it. It must give the same snapshot as a fresh thread, and time limits, heap caps and
 * failures must behave as they do on a fresh thread.
 */
describe('the warm spare build thread', () => {
  let tmp: string;
  let dir: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'archivist-spare-'));
    dir = join(tmp, 'articles');
    cpSync(FIXTURES, dir, { recursive: true });
  });
  afterAll(async () => {
    await stopSpare();
    rmSync(tmp, { recursive: true, force: true });
  });
  const withoutTime = (json: string) => JSON.stringify({ ...(JSON.parse(json) as object), builtAt: '' });

  it('GIVEN a build that worked THEN a spare waits, and the next build runs on it with the same result as on a fresh thread, reading the new report', async () => {
    const cold = await buildInWorker(dir, { maxBytes: 20_000, workers: 1, keepSpare: false });
    expect(cold.ok).toBe(true);
    expect(hasSpare()).toBe(false);
    const first = await buildInWorker(dir, { maxBytes: 20_000, workers: 1 });
    expect(first.ok).toBe(true);
    expect(hasSpare()).toBe(true);
    writeFileSync(join(dir, 'zz-added.txt'), 'Geneva, 3 March 2024 – About 500 people marched in Geneva on Sunday to support the protests in Iran.\n\nMs. Anna Keller, a city councillor, told the march: "We stand with them."\n');
    const onSpare = await buildInWorker(dir, { maxBytes: 20_000, workers: 1 });
    const fresh = await buildInWorker(dir, { maxBytes: 20_000, workers: 1, keepSpare: false });
    if (!onSpare.ok || !fresh.ok || !cold.ok) throw new Error('tests: a build failed');
    expect(onSpare.snapshotJson).toContain('Anna Keller');
    expect(withoutTime(onSpare.snapshotJson)).toBe(withoutTime(fresh.snapshotJson));
    expect(withoutTime(onSpare.snapshotJson)).not.toBe(withoutTime(cold.snapshotJson));
  });

  it('GIVEN a spare WHEN the build runs past its time limit THEN it is stopped with the reason, and no spare is left for a failed build', async () => {
    await buildInWorker(dir, { maxBytes: 20_000, workers: 1 });
    expect(hasSpare()).toBe(true);
    const r = await buildInWorker(dir, { maxBytes: 20_000, workers: 1, timeoutMs: 5 });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/took longer than/) });
    expect(hasSpare()).toBe(false);
  });

  it('GIVEN a spare WHEN a build asks for another heap cap THEN it runs on a fresh thread under that cap (too small: it crashes with the reason)', async () => {
    await buildInWorker(dir, { maxBytes: 20_000, workers: 1 });
    expect(hasSpare()).toBe(true);
    const r = await buildInWorker(dir, { maxBytes: 20_000, workers: 1, maxMemoryMb: 1 });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/build worker crashed|exited/) });
    expect(hasSpare()).toBe(false);
  });
});
