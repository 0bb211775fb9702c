import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** Runs a script in a fresh Node process (with tsx) and returns which heavy packages it had loaded. */
function loadedPackages(script: string): string[] {
  const probe = `${script}
const { createRequire } = await import('node:module');
const loaded = Object.keys(createRequire(import.meta.url).cache);
const heavy = ['wink-nlp', 'wink-eng-lite-web-model', 'linkedom', '@mozilla/readability'];
console.log(JSON.stringify(heavy.filter((p) => loaded.some((f) => f.includes('/node_modules/' + p + '/')))));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '[]') as string[];
}

describe('engine: start-up from a snapshot', () => {
  it('GIVEN a process that imports the engine and loads a snapshot THEN neither the NLP model nor the HTML parser is loaded', () => {
    const loaded = loadedPackages(`
const { ask } = await import('./src/engine.ts');
const { fromSnapshot, toSnapshot } = await import('./src/index/snapshot.ts');
const { buildIndex } = await import('./src/index/archive-index.ts');
const empty = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(buildIndex([], [])))));
if (!empty.ok) throw new Error(empty.reason);
ask(empty.index, 'Who spoke at the rally?');`);
    expect(loaded).toEqual([]);
  }, 30_000);

  it('GIVEN a process that builds an archive THEN the NLP model is loaded on demand', () => {
    const loaded = loadedPackages(`
const { buildArchive } = await import('./src/engine.ts');
const { report } = await buildArchive([{ name: 'a.txt', bytes: new TextEncoder().encode('Rally in Porto\\n\\nHundreds gathered in Porto on Sunday.') }]);
if (report.articles !== 1) throw new Error('expected one article');`);
    expect(loaded).toContain('wink-nlp');
  }, 60_000);
});
