import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles, ingestFolder } from '../../../src/ingest/index.ts';

const enc = new TextEncoder();

function page(title: string, body: string[], footer: string[] = []): Uint8Array {
  return enc.encode([title, ...body, ...footer].join('\n\n'));
}

const BOILERPLATE = 'The Coalition of Iranian Associations in Europe brings together diaspora groups from twelve countries.';

const articles = {
  'a.txt': page('Rally in Vienna Backs Striking Oil Workers', ['Several hundred people rallied outside the Hofburg in Vienna on Friday in support of striking oil workers in the south of Iran.'], [BOILERPLATE]),
  'b.txt': page('Stockholm Vigil Remembers Executed Prisoners', ['A silent vigil in Stockholm remembered prisoners executed in the past year, with candles lit in front of the parliament.'], [BOILERPLATE]),
  'c.txt': page('Rome Conference Hears From Former Detainees', ['Former detainees described their interrogations at a conference in Rome attended by Italian senators and journalists.'], [BOILERPLATE]),
  'd.txt': page('Protesters March Through Central Brussels', ['Protesters marched from the Gare Centrale to the European Parliament in Brussels calling for targeted sanctions.']),
};

function files(names: Array<keyof typeof articles>) {
  return names.map((name) => ({ name, bytes: articles[name] }));
}

describe('ingestFiles', () => {
  it('GIVEN the same article in two files THEN it is one article listing both files, sorted', () => {
    const r = ingestFiles([
      { name: 'z-copy.txt', bytes: articles['a.txt'] },
      { name: 'a.txt', bytes: articles['a.txt'] },
    ]);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.files).toEqual(['a.txt', 'z-copy.txt']);
  });

  it('GIVEN a line recurring in three of four articles THEN it is removed as boilerplate while the body stays', () => {
    const r = ingestFiles(files(['a.txt', 'b.txt', 'c.txt', 'd.txt']));
    expect(r.articles).toHaveLength(4);
    for (const a of r.articles) {
      expect(a.text).not.toContain('Coalition of Iranian Associations');
      expect(a.paragraphs).toHaveLength(1);
      expect(a.text.slice(a.paragraphs[0]!.start, a.paragraphs[0]!.end)).toBe(a.text);
    }
  });

  it('GIVEN a line in only two articles THEN it is kept (not enough to call it boilerplate)', () => {
    const r = ingestFiles(files(['a.txt', 'b.txt', 'd.txt']));
    expect(r.articles.filter((a) => a.text.includes('Coalition of Iranian Associations'))).toHaveLength(2);
  });

  it('GIVEN more articles are added THEN existing ids do not change (ids precede the boilerplate step)', () => {
    const few = ingestFiles(files(['a.txt', 'b.txt']));
    const many = ingestFiles(files(['a.txt', 'b.txt', 'c.txt', 'd.txt']));
    const idOf = (r: typeof few, f: string) => r.articles.find((a) => a.files.includes(f))!.id;
    expect(idOf(many, 'a.txt')).toBe(idOf(few, 'a.txt'));
    expect(idOf(many, 'b.txt')).toBe(idOf(few, 'b.txt'));
  });

  it('GIVEN good and bad files together THEN the good ones are articles and the bad ones are skipped with reasons', () => {
    const r = ingestFiles([...files(['d.txt']), { name: 'empty.txt', bytes: new Uint8Array(0) }, { name: 'x.docx', bytes: enc.encode('hello') }]);
    expect(r.articles).toHaveLength(1);
    expect(r.skipped).toEqual([
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'x.docx', reason: expect.stringMatching(/unsupported file type \(\.docx\)/) },
    ]);
  });
});

describe('ingestFolder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN a folder with articles, a dotfile, a subfolder and a dangling link THEN articles are read and the rest reported', async () => {
    writeFileSync(join(dir, 'd.txt'), articles['d.txt']);
    writeFileSync(join(dir, 'a.txt'), articles['a.txt']);
    writeFileSync(join(dir, '.DS_Store'), new Uint8Array([0, 1, 2]));
    mkdirSync(join(dir, 'old'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'gone.txt'));
    const r = await ingestFolder(dir);
    expect(r.articles.map((a) => a.files[0]).sort()).toEqual(['a.txt', 'd.txt']);
    expect(r.skipped).toEqual([
      { file: 'gone.txt', reason: 'unreadable (ENOENT)' },
      { file: 'old', reason: 'a folder (subfolders are not read)' },
    ]);
  });

  it('GIVEN a folder that does not exist THEN the result says so instead of throwing', async () => {
    const r = await ingestFolder(join(dir, 'nope'));
    expect(r.articles).toEqual([]);
    expect(r.skipped[0]!.reason).toBe('folder not found');
  });
});
