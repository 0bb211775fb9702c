import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const fixtures = join(root, 'tests/fixtures/index/archive');

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, ['src/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let archive = '';
beforeAll(() => {
  archive = mkdtempSync(join(tmpdir(), 'cli-archive-'));
  cpSync(fixtures, archive, { recursive: true });
  writeFileSync(join(archive, 'empty.txt'), '');
  writeFileSync(join(archive, 'blob.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 254, 0, 0, 7]));
});

describe('cli usage errors', () => {
  it('GIVEN an unknown command THEN it names it on stderr, prints nothing on stdout and exits 2', () => {
    const r = cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(r.stdout).toBe('');
  });

  it('GIVEN ask without a question THEN it says the question is missing and exits 2', () => {
    const r = cli('ask', '--archive', archive);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing question');
  });

  it('GIVEN an archive folder that does not exist THEN it says so and exits 2', () => {
    const r = cli('index', '--archive', join(archive, 'nope'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('archive folder not found');
    expect(r.stdout).toBe('');
  });

  it('GIVEN dump of an unknown kind or an unknown option THEN exit 2 with the reason', () => {
    expect(cli('dump', 'opinions', '--archive', archive).stderr).toContain('unknown kind "opinions"');
    const r = cli('index', '--archive', archive, '--colour');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--colour');
  });
});

describe('cli index and dump', () => {
  it('GIVEN a folder with two articles, an empty file and a binary file THEN index --json counts two articles and lists both skipped files with reasons', () => {
    const r = cli('index', '--archive', archive, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.articles).toBe(2);
    expect(report.skipped.map((s: { file: string }) => s.file).sort()).toEqual(['blob.txt', 'empty.txt']);
    for (const s of report.skipped) expect(s.reason.length).toBeGreaterThan(3);
    expect(typeof report.ms).toBe('number');
    expect(report.events).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN index without --json THEN it prints a readable table with the skipped reasons', () => {
    const r = cli('index', '--archive', archive);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/articles\s+2/);
    expect(r.stdout).toContain('blob.txt:');
  });

  it('GIVEN dump events THEN stdout is a JSON array of events, each with a source in a fixture article', () => {
    const r = cli('dump', 'events', '--archive', archive, '--json');
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout) as Array<{ kind: string; sources: unknown[]; city?: string }>;
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((e) => e.sources.length > 0)).toBe(true);
    expect(events.map((e) => e.city)).toEqual(expect.arrayContaining(['Oslo', 'Vienna']));
  });
});

describe('cli ask', () => {
  it('GIVEN a Windows-saved batch (BOM, CRLF) with an empty line THEN it prints exactly one JSON object per line, in order, and nothing else', () => {
    const batch = join(archive, '..', `batch-${process.pid}.txt`);
    writeFileSync(batch, '\uFEFFWho spoke at the rally in Oslo?\r\n\r\nWhat is the capital of Peru?\r\n');
    const r = cli('ask', '--archive', archive, '--json', '--batch', batch);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const answers = lines.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(['Who spoke at the rally in Oslo?', '', 'What is the capital of Peru?']);
    expect(answers[1]).toMatchObject({ answered: false, citations: [] });
    expect(answers[1].text).toMatch(/empty question/i);
    expect(answers[0].answered).toBe(true);
    expect(answers[0].text).toContain('Solberg');
    expect(answers[0].citations[0]).toMatchObject({ file: 'oslo-vigil.txt' });
    expect(answers[2].answered).toBe(false);
  });

  it('GIVEN a question in text mode THEN the answer is followed by numbered citations with title and file', () => {
    const r = cli('ask', '--archive', archive, 'Who is Karl Brenner?');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('judge');
    expect(r.stdout).toMatch(/\[1\] "/);
    expect(r.stdout).toContain('(vienna-conference.txt)');
  });
});
