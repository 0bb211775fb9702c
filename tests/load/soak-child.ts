/*
 * The soak's child process (started by tests/load/soak.test.ts; not a test itself): builds the index of
 * data/articles once, then asks N questions in this one process through `ask` from src/engine.ts, the same
 * call the CLI batch and /ask make. Questions are cycled from a varied list (fixed questions the archive
 * answers, ones it cannot, and generated ones naming places, people, months and years), asked by 40 simulated
 * users who each carry their follow-up context from answer to answer (so "what did he say?" follows up).
 *
 * Prints one JSON line per sample to stdout: {"asked", "rss", "heapUsed", "gc"} after the first WARMUP questions
 * and every SAMPLE_EVERY after, then a final {"done": true, ...} line. With `node --expose-gc`, each sample
 * runs a full gc() first (so it measures what is kept, not garbage waiting to be collected), and one gc() runs after
 * the build, before the first question; "gc" says whether they did.
 *
 * usage: node --expose-gc --import tsx tests/load/soak-child.ts [questions=20000]
 */
import { resolve } from 'node:path';
import type { ConversationContext } from '../../src/domain/types.ts';
import { ask, buildArchiveFromFolder } from '../../src/engine.ts';

const TOTAL = Number(process.argv[2] ?? 20_000);
const WARMUP = 1_000;
const SAMPLE_EVERY = 1_000;
const USERS = 40;

const FIXED = [
  'Who spoke at the rally in Paris?',
  'When was the rally at Trocadero?',
  'How many protesters were killed?',
  'How many were arrested?',
  'How many were injured?',
  'What did Maryam Rajavi say?',
  'Who is Maryam Rajavi?',
  'What did Panos Moumtzis say?',
  'How many people were killed in Damascus?',
  'Who organized the demonstration in Paris?',
  'Where did the MEK supporters rally?',
  'When did the Iran protests begin?',
  'What happened in Aleppo?',
  'Who is Ahmed Drickznla?',
  'When was the rally outside the French National Assembly?',
  'Who spoke in Berlin?',
  'What happened in Tokyo?',
  'Who won the football match?',
  'How many cities joined the uprising?',
  'What did the mayor of Reykjavik say?',
];
const FOLLOW_UPS = ['What did he say?', 'And what did she say?', 'When was that?', 'Where was it?', 'How many were arrested there?', 'Who else spoke?'];
const PLACES = ['Paris', 'Tehran', 'Damascus', 'Aleppo', 'Berlin', 'London', 'Mashhad', 'East Ghouta', 'Lisbon', 'Trocadero Square'];
const PEOPLE = ['Maryam Rajavi', 'Panos Moumtzis', 'Ali Khamenei', 'Bashar Assad', 'Jean-Pierre Michel', 'Ahmed Drickznla', 'Suheil al-Hassan', 'Hamideh Taati'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MEASURES = ['killed', 'arrested', 'injured', 'detained'];

/** The n-th question: a fixed one, a follow-up, or a generated one (thousands of distinct strings). */
function question(n: number): string {
  const k = n % 5;
  if (k === 0) return FIXED[(n / 5) % FIXED.length]!;
  if (k === 1) return FOLLOW_UPS[Math.floor(n / 5) % FOLLOW_UPS.length]!;
  // m walks every combination in turn, so the generated questions rarely repeat.
  const m = Math.floor(n / 5);
  const place = PLACES[m % PLACES.length]!;
  const person = PEOPLE[Math.floor(m / PLACES.length) % PEOPLE.length]!;
  const month = MONTHS[Math.floor(m / PLACES.length) % MONTHS.length]!;
  const measure = MEASURES[Math.floor(m / PLACES.length) % MEASURES.length]!;
  const year = 1979 + (Math.floor(m / (PLACES.length * MONTHS.length)) % 46);
  if (k === 2) return `What happened in ${place} in ${month} ${year}?`;
  if (k === 3) return `How many people were ${measure} in ${place} in ${month} ${year}?`;
  return `What did ${person} say about ${place}?`;
}

function sample(asked: number): { asked: number; rss: number; heapUsed: number; gc: boolean } {
  const gc = typeof globalThis.gc === 'function';
  if (gc) globalThis.gc!();
  const m = process.memoryUsage();
  return { asked, rss: m.rss, heapUsed: m.heapUsed, gc };
}

// Counted up front, so the set is garbage before the first sample (kept, it would grow with the questions asked).
const distinct = new Set(Array.from({ length: TOTAL }, (_, n) => question(n))).size;
const { index } = await buildArchiveFromFolder(resolve(import.meta.dirname, '../../data/articles'));
// Collect the build's garbage before the first question, so the first sample measures answering, not building.
globalThis.gc?.();
const contexts = new Map<number, ConversationContext>();
let answered = 0;
let failed = 0;
const started = performance.now();
for (let n = 0; n < TOTAL; n++) {
  const q = question(n);
  const user = n % USERS;
  try {
    const { answer, context } = ask(index, q, contexts.get(user));
    contexts.set(user, context);
    if (answer.answered) answered++;
  } catch (err) {
    failed++;
    process.stderr.write(`soak: "${q}" failed: ${(err as Error).stack ?? String(err)}\n`);
  }
  const asked = n + 1;
  if (asked === WARMUP || (asked > WARMUP && asked % SAMPLE_EVERY === 0) || asked === TOTAL) {
    process.stdout.write(`${JSON.stringify(sample(asked))}\n`);
  }
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ done: true, asked: TOTAL, answered, failed, distinct, seconds })}\n`);
