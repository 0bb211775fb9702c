/**
 * One benchmark size, in its own process so that peak RSS belongs to that size alone.
 * `tsx bench/measure.ts --n 1000 --seed 1 --dir bench/out/seed1-n1000 --out result.json`
 * Generates the archive, measures the wink floor, builds, scores extraction and answers, times asks, writes a snapshot.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildArchive } from '../src/build.ts';
import { warmIndex } from '../src/answer/warm.ts';
import { ask } from '../src/engine.ts';
import { createNlp } from '../src/extract/nlp.ts';
import { fromSnapshot, snapshotJson, toSnapshot } from '../src/index/snapshot.ts';
import { generateArchive, writeArchive } from './generate.ts';
import { scoreAnswer, scoreExtraction, type ExtractionScore } from './match.ts';
import type { TruthQuestion } from './truth.ts';
import { measureBuilds, type BuildTimes } from './builds.ts';

export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export interface SizeResult {
  n: number;
  seed: number;
  articles: number;
  tokens: number;
  questions: number;
  generateMs: number;
  nlpLoadMs: number;
  floor: { ms: number; articlesPerS: number; tokensPerS: number };
  ingest: { ms: number; articlesPerS: number; tokensPerS: number; ratioToFloor: number; skipped: number; extractMs: number; indexMs: number };
  extraction: ExtractionScore;
  answers: { asked: number; correct: number; wrong: number; unanswered: number; accuracy: number; byKind: Record<string, { n: number; ok: number; wrong: number }>; failures: Array<{ id: string; question: string; why: string; answer: string }> };
  snapshot: { file: string; bytes: number; saveMs: number; loadMs: number };
  ask: Latency;
  /** The same questions asked a second time: what is left when each question's reports, figures and places have been read once. */
  askAgain: Latency;
  /**
   * The same questions asked once on a freshly loaded index after it was read ahead in full (src/answer/warm.ts), as
   * a serving shard reads it in the background once ready: how long reading ahead took, the latency, and how many
   * answers are the same text as those of the first pass.
   */
  readAhead: { ms: number; ask: Latency; sameAnswers: number };
  passageSearch: Latency;
  askToSearchP50: number;
  askToSearchP99: number;
  /**
   * Against the previous run's answers to the same questions (`answers.jsonl` in the size's folder, or --baseline):
   * how many keep the same five best passages and the same answer text. Absent when there was no previous run.
   */
  sameAsBaseline?: { file: string; compared: number; sameTop5: number; sameAnswer: number };
  maxRssMB: number;
  /** A question the ready-to-answer child asks. */
  probeQuestion: string;
  /** The timed questions and the answers given to them (bench/asks.ts asks them again in a serving process). */
  timedFile: string;
  /** Full builds on one thread and on the pool, and a refresh after adding one file (bench/builds.ts). */
  builds?: BuildTimes;
}

function latency(samples: number[]): Latency {
  const s = samples.slice().sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { n: s.length, p50: at(0.5), p99: at(0.99), max: s[s.length - 1] ?? 0 };
}

const log = (msg: string): void => {
  process.stderr.write(`[bench n=${arg('n', '?')}] ${msg}\n`);
};

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? dflt) : dflt;
}

/** Measures one size; see the module comment. */
export async function measureSize(opts: { n: number; seed: number; dir: string; maxQuestions: number; latencyAsks: number; baseline?: string }): Promise<SizeResult> {
  let t = performance.now();
  const archive = generateArchive({ n: opts.n, seed: opts.seed });
  const generateMs = performance.now() - t;
  writeArchive(opts.dir, archive);
  const enc = new TextEncoder();
  const files = archive.files.map((f) => ({ name: f.name, bytes: enc.encode(f.text) }));
  log(`generated ${files.length} files in ${(generateMs / 1000).toFixed(1)} s`);

  t = performance.now();
  const nlp = createNlp();
  const nlpLoadMs = performance.now() - t;

  // The floor: what wink-nlp alone costs to read the same texts (after a short warm-up, like the build gets).
  for (const f of archive.files.slice(0, 20)) nlp.readDoc(f.text);
  let tokens = 0;
  t = performance.now();
  for (const f of archive.files) tokens += nlp.readDoc(f.text).tokens().length();
  const floorMs = performance.now() - t;
  log(`wink floor: ${(floorMs / 1000).toFixed(1)} s for ${tokens} tokens`);

  t = performance.now();
  let extractedAt = t;
  const { index, report } = await buildArchive(files, {
    nlp,
    onProgress: (done, total) => {
      if (done % 1000 === 0) log(`built ${done}/${total} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
      // The last progress call ends extraction; what follows is merging and indexing.
      if (done === total) extractedAt = performance.now();
    },
  });
  const buildMs = performance.now() - t;
  const extractMs = extractedAt - t;
  log(`build: ${(buildMs / 1000).toFixed(1)} s, ${report.articles} articles, ${report.skipped.length} skipped`);

  const extraction = scoreExtraction(archive.truth, index.data);

  // Snapshot: what a store keeps (JSON text), and loading it back without re-parsing.
  const snapFile = join(opts.dir, 'snapshot.json');
  t = performance.now();
  const json = snapshotJson(toSnapshot(index));
  writeFileSync(snapFile, json);
  const saveMs = performance.now() - t;
  t = performance.now();
  const loaded = fromSnapshot(JSON.parse(readFileSync(snapFile, 'utf8')));
  const loadMs = performance.now() - t;
  if (!loaded.ok) throw new Error(`bench: the snapshot does not load back: ${loaded.reason}`);

  // Accuracy: every question up to maxQuestions (evenly spread), answered by the loaded index.
  const all = archive.truth.questions;
  const step = Math.max(1, all.length / opts.maxQuestions);
  const chosen: TruthQuestion[] = [];
  for (let i = 0; i < all.length && chosen.length < opts.maxQuestions; i += step) chosen.push(all[Math.floor(i)] as TruthQuestion);
  const byKind: SizeResult['answers']['byKind'] = {};
  const failures: SizeResult['answers']['failures'] = [];
  const given: Array<{ id: string; answer: string; top5: string[] }> = [];
  let correct = 0;
  let wrong = 0;
  let unanswered = 0;
  // Every ask of the accuracy pass is timed too: the latency sample is the same questions, topped up to latencyAsks.
  for (const q of chosen.slice(0, 20)) ask(loaded.index, q.question);
  const askMs: number[] = [];
  const timedQuestions: string[] = [];
  const started = performance.now();
  for (const q of chosen) {
    const s = performance.now();
    const { answer } = ask(loaded.index, q.question);
    askMs.push(performance.now() - s);
    timedQuestions.push(q.question);
    given.push({ id: q.id, answer: answer.text, top5: [] });
    const o = scoreAnswer(q, answer);
    const k = (byKind[q.kind] ??= { n: 0, ok: 0, wrong: 0 });
    k.n++;
    if (o.ok) {
      correct++;
      k.ok++;
    } else {
      if (o.wrong) {
        wrong++;
        k.wrong++;
      } else unanswered++;
      if (failures.length < 60) failures.push({ id: q.id, question: q.question, why: o.why, answer: answer.text.slice(0, 240) });
    }
    if (askMs.length % 200 === 0) log(`asked ${askMs.length}/${chosen.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  log(`answers: ${correct}/${chosen.length} correct, ${wrong} wrong`);
  for (let i = 0; askMs.length < opts.latencyAsks && all.length; i++) {
    const q = (all[i % all.length] as TruthQuestion).question;
    const s = performance.now();
    ask(loaded.index, q);
    askMs.push(performance.now() - s);
    timedQuestions.push(q);
  }
  for (const q of timedQuestions.slice(0, 20)) loaded.index.searchPassages(q, { limit: 5 });
  const searchMs: number[] = [];
  timedQuestions.forEach((q, i) => {
    const s = performance.now();
    const hits = loaded.index.searchPassages(q, { limit: 5 });
    searchMs.push(performance.now() - s);
    if (given[i]) given[i].top5 = hits.map((h) => `${h.articleId}#${h.sentence}`);
  });
  const againMs = timedQuestions.map((q) => {
    const s = performance.now();
    ask(loaded.index, q);
    return performance.now() - s;
  });
  const readAhead = measureReadAhead(snapFile, timedQuestions, given.map((g) => g.answer));
  const sameAsBaseline = compareWithBaseline(opts.baseline ?? join(opts.dir, 'answers.jsonl'), given);
  // The timed questions and the answers given, for the serving latency probe (bench/asks.ts).
  const timedFile = join(opts.dir, 'timed-questions.json');
  writeFileSync(timedFile, JSON.stringify({ questions: timedQuestions, answers: given.map((g) => g.answer) }));
  writeFileSync(join(opts.dir, 'answers.jsonl'), given.map((g) => JSON.stringify(g)).join('\n') + '\n');
  const askL = latency(askMs);
  const searchL = latency(searchMs);

  return {
    n: opts.n,
    seed: opts.seed,
    articles: report.articles,
    tokens,
    questions: all.length,
    generateMs,
    nlpLoadMs,
    floor: { ms: floorMs, articlesPerS: (files.length * 1000) / floorMs, tokensPerS: (tokens * 1000) / floorMs },
    ingest: {
      ms: buildMs,
      articlesPerS: (files.length * 1000) / buildMs,
      tokensPerS: (tokens * 1000) / buildMs,
      ratioToFloor: floorMs / buildMs,
      skipped: report.skipped.length,
      extractMs,
      indexMs: buildMs - extractMs,
    },
    extraction,
    answers: { asked: chosen.length, correct, wrong, unanswered, accuracy: chosen.length ? correct / chosen.length : 0, byKind, failures },
    snapshot: { file: snapFile, bytes: Buffer.byteLength(json), saveMs, loadMs },
    ask: askL,
    askAgain: latency(againMs),
    readAhead,
    passageSearch: searchL,
    askToSearchP50: searchL.p50 ? askL.p50 / searchL.p50 : 0,
    askToSearchP99: searchL.p99 ? askL.p99 / searchL.p99 : 0,
    ...(sameAsBaseline ? { sameAsBaseline } : {}),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    probeQuestion: all.find((q) => q.kind === 'howmany')?.question ?? all[0]?.question ?? 'Who spoke at the rally?',
    timedFile,
  };
}

/**
 * A fresh index from the snapshot, read ahead in full, then asked the timed questions once each (the first 20 asked
 * before timing, as in the first pass); `answers`: the first pass's answer texts, in the same order.
 */
function measureReadAhead(snapFile: string, questions: string[], answers: string[]): SizeResult['readAhead'] {
  const loaded = fromSnapshot(JSON.parse(readFileSync(snapFile, 'utf8')));
  if (!loaded.ok) throw new Error(`bench: the snapshot does not load back: ${loaded.reason}`);
  const t = performance.now();
  for (const _ of warmIndex(loaded.index));
  const ms = performance.now() - t;
  for (const q of questions.slice(0, 20)) ask(loaded.index, q);
  let sameAnswers = 0;
  const askMs = questions.map((q, i) => {
    const s = performance.now();
    const { answer } = ask(loaded.index, q);
    const took = performance.now() - s;
    if (i < answers.length && answer.text === answers[i]) sameAnswers++;
    return took;
  });
  return { ms, ask: latency(askMs), sameAnswers };
}

/** How many questions keep the five best passages and the answer text of a previous run (matched by question id). */
function compareWithBaseline(file: string, given: Array<{ id: string; answer: string; top5: string[] }>): SizeResult['sameAsBaseline'] {
  if (!existsSync(file)) return undefined;
  const before = new Map<string, { answer: string; top5: string[] }>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; answer: string; top5: string[] };
    before.set(row.id, row);
  }
  let compared = 0;
  let sameTop5 = 0;
  let sameAnswer = 0;
  for (const g of given) {
    const b = before.get(g.id);
    if (!b) continue;
    compared++;
    if (b.top5.join(' ') === g.top5.join(' ')) sameTop5++;
    if (b.answer === g.answer) sameAnswer++;
  }
  return { file, compared, sameTop5, sameAnswer };
}

if (process.argv[1]?.endsWith('measure.ts')) {
  const n = Number(arg('n', '10'));
  const seed = Number(arg('seed', '1'));
  const result = await measureSize({
    n,
    seed,
    dir: arg('dir', `bench/out/seed${seed}-n${n}`),
    maxQuestions: Number(arg('max-questions', '1000')),
    latencyAsks: Number(arg('asks', '1000')),
    ...(process.argv.includes('--baseline') ? { baseline: arg('baseline', '') } : {}),
  });
  // After the size's own measures, so that its peak RSS is not the builds'; `--builds no` leaves them out.
  if (arg('builds', 'yes') !== 'no') result.builds = await measureBuilds(join(arg('dir', `bench/out/seed${seed}-n${n}`), 'articles'));
  writeFileSync(arg('out', join(arg('dir', `bench/out/seed${seed}-n${n}`), 'result.json')), JSON.stringify(result, null, 1));
}
