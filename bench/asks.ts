/**
 * The serving latency probe: a fresh process holding only what a serving shard holds (the index loaded from a stored
 * snapshot) asks the bench's timed questions once each and reports the latency. `tsx bench/asks.ts SNAPSHOT.json
 * QUESTIONS.json [read-ahead]` → one JSON line on stdout. QUESTIONS.json: `{ questions: string[], answers: string[] }`,
 * the answers the bench process gave (compared, to show the probe asks the same index the same questions). With
 * `read-ahead`, the index is first read ahead in full, as a shard does in the background after it is ready. The bench
 * runs it bundled (bench/out/bundle/asks.js), as shards run.
 *
 * (The bench process's own timings hold a heap several times a shard's — the generated archive, the build, a second
 * index — and its garbage collection shows in every question's time; this probe's do not.)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { warmIndex } from '../src/answer/warm.ts';
import { ask } from '../src/engine.ts';
import { fromSnapshot } from '../src/index/snapshot.ts';

const [snapshotFile, questionsFile, mode] = process.argv.slice(2);
if (!snapshotFile || !questionsFile) {
  process.stderr.write('bench/asks: usage: asks.ts SNAPSHOT.json QUESTIONS.json [read-ahead]\n');
  process.exit(2);
}
const loaded = fromSnapshot(JSON.parse(readFileSync(snapshotFile, 'utf8')));
if (!loaded.ok) {
  process.stderr.write(`bench/asks: ${loaded.reason}\n`);
  process.exit(1);
}
const index = loaded.index;
const { questions, answers } = JSON.parse(readFileSync(questionsFile, 'utf8')) as { questions: string[]; answers: string[] };
if (mode === 'read-ahead') for (const _ of warmIndex(index));
// As the bench process does: the first 20 asked before timing (the code's first runs), then each once.
for (const q of questions.slice(0, 20)) ask(index, q);
let sameAnswers = 0;
const ms = questions.map((q, i) => {
  const t = performance.now();
  const { answer } = ask(index, q);
  const took = performance.now() - t;
  if (i < answers.length && answer.text === answers[i]) sameAnswers++;
  return took;
});
const s = [...ms].sort((a, b) => a - b);
const at = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ n: s.length, p50: at(0.5), p99: at(0.99), max: s[s.length - 1] ?? 0, sameAnswers, compared: Math.min(answers.length, questions.length), maxRssMB })}\n`);
