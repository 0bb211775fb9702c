import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeArticleName, writeArticleAtomically } from '../../../src/refresh/atomic-write.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archivist-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string) => new TextEncoder().encode(s);

describe('writeArticleAtomically', () => {
  it('GIVEN a file of the same name with other content THEN writes under a new name and leaves the old one intact', async () => {
    writeFileSync(join(dir, 'madrid-rally.txt'), 'the first article');
    const name = await writeArticleAtomically(dir, 'madrid-rally.txt', bytes('a different article'));
    expect(name).toBe('madrid-rally-2.txt');
    expect(readFileSync(join(dir, 'madrid-rally.txt'), 'utf8')).toBe('the first article');
    expect(readFileSync(join(dir, 'madrid-rally-2.txt'), 'utf8')).toBe('a different article');
  });

  it('GIVEN many uploads of one name at once THEN each lands whole under its own name and no temp file is left', async () => {
    const contents = Array.from({ length: 8 }, (_, i) => `article number ${i} `.repeat(1000));
    const names = await Promise.all(contents.map((c) => writeArticleAtomically(dir, 'same.md', bytes(c))));
    expect(new Set(names).size).toBe(8);
    const written = names.map((n) => readFileSync(join(dir, n), 'utf8')).sort();
    expect(written).toEqual([...contents].sort());
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('GIVEN a folder that does not exist yet THEN creates it', async () => {
    const nested = join(dir, 'data', 'articles');
    expect(await writeArticleAtomically(nested, 'a.txt', bytes('text'))).toBe('a.txt');
    expect(readFileSync(join(nested, 'a.txt'), 'utf8')).toBe('text');
  });
});

describe('safeArticleName', () => {
  it.each([
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['C:\\Users\\mod\\Rally in Paris.md', 'Rally-in-Paris.md'],
    ['.hidden.html', 'hidden.html'],
    ['report.pdf', undefined],
    ['noext', undefined],
  ])('GIVEN %s THEN %s', (input, expected) => {
    expect(safeArticleName(input)).toBe(expected);
  });
});
