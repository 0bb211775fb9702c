/**
 * The start-up probe: a fresh process loads a stored snapshot, answers one question and reports how long after
 * its own start it was ready. `tsx bench/ready.ts SNAPSHOT.json "question"` → one JSON line on stdout. The bench runs
 * it bundled (bench/out/bundle/ready.js), as shards run.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ask } from '../src/engine.ts';
import { fromSnapshot } from '../src/index/snapshot.ts';

const [file, question] = process.argv.slice(2);
if (!file || !question) {
  process.stderr.write('bench/ready: usage: ready.ts SNAPSHOT.json "question"\n');
  process.exit(2);
}
const importedMs = performance.now();
const loaded = fromSnapshot(JSON.parse(readFileSync(file, 'utf8')));
if (!loaded.ok) {
  process.stderr.write(`bench/ready: ${loaded.reason}\n`);
  process.exit(1);
}
const loadedMs = performance.now();
const { answer } = ask(loaded.index, question);
const readyMs = performance.now();
process.stdout.write(
  `${JSON.stringify({ importedMs, loadedMs, readyMs, answered: answer.answered, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
