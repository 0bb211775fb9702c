/*
 * Load through the local Discord stand-in (127.0.0.1 only): 1,000 /ask interactions from 200 users paced over
 * ~60 s, plus 50 plain-language mentions, with the stand-in answering every n-th follow-up / edit / channel message
 * with 429 and retry_after. Every interaction must be acknowledged within Discord's 3 s, get exactly one reply,
 * and every retry must come no earlier than the 429 said. Prints p50/p99 ack and reply times and the process RSS
 * (the bot runs in this process) and writes them to .tmp/load-results.json.
 *
 * Cooldowns: COOLDOWN_SECONDS=0, so 200 users asking 5 times each are never throttled (the cooldown itself is
 * covered by tests/e2e/discord-gateway.test.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/load-commands.ts';
import { buildArchiveFromFolder } from '../../src/engine.ts';
import { type Harness, startHarness } from '../support/discord-harness.ts';
import type { RecordedRequest, StandInUser } from '../support/discord-stand-in.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'data/articles');
const STRING = 3;

const ASKS = 1000;
const USERS = 200;
const MENTIONS = 50;
const SPREAD_MS = 60_000;
/** Every 20th follow-up / edit / channel message is answered 429; retry_after 1.234 s (a float, as Discord sends). */
const RATE_LIMIT = { every: 20, retryAfterMs: 1234 };
/** Timer slack allowed when checking that a retry waited out retry_after. */
const SLACK_MS = 5;

/** Questions about the data/articles archive; `expect` must appear in the answer text (checked with any previous context). */
const QUESTIONS: Array<{ q: string; expect: RegExp }> = [
  { q: 'Who spoke at the rally in Paris?', expect: /Jean-Pierre Michel/ },
  { q: 'When was the rally at Trocadero?', expect: /December 2, 2019/ },
  { q: 'How many protesters were killed?', expect: /1,500/ },
  { q: 'How many were arrested?', expect: /12,000/ },
  { q: 'How many were injured?', expect: /4,000|8,000/ },
  { q: 'What did Maryam Rajavi say?', expect: /“/ },
  { q: 'Who is Maryam Rajavi?', expect: /NCRI/ },
  { q: 'What did Panos Moumtzis say?', expect: /innocent civilians/ },
  { q: 'How many people were killed in Damascus?', expect: /200/ },
  { q: 'Who organized the demonstration in Paris?', expect: /Syrian Revolution Coordination/ },
  { q: 'Where did the MEK supporters rally?', expect: /Trocadero|National Assembly/ },
  { q: 'When did the Iran protests begin?', expect: /November 15, 2019/ },
  { q: 'What happened in Aleppo?', expect: /Aleppo/ },
  { q: 'Who is Ahmed Drickznla?', expect: /General Coordinator/ },
  { q: 'When was the rally outside the French National Assembly?', expect: /February 11, 2020/ },
  // Questions the archive cannot answer: the reply says so.
  { q: 'Who spoke in Berlin?', expect: /nothing on Berlin/ },
  { q: 'What happened in Tokyo?', expect: /nothing on Tokyo/ },
  { q: 'Who won the football match?', expect: /has nothing that answers/ },
  { q: 'What did the mayor of Reykjavik say?', expect: /nothing on Reykjavik/ },
];

interface Sent {
  kind: 'ask' | 'mention';
  question: (typeof QUESTIONS)[number];
  /** performance.now() just before the stand-in dispatched the event. */
  at: number;
  /** Interaction token (asks) or message id (mentions). */
  key: string;
  callbackPath?: string;
}

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ok = (r: RecordedRequest) => r.status >= 200 && r.status < 300;

/** The text a user sees in a message body: content plus the first embed's title and description. */
const visibleText = (body: any): string => [body?.content, body?.embeds?.[0]?.title, body?.embeds?.[0]?.description].filter(Boolean).join('\n');

/** A message body pings nobody: allowed_mentions present, parse empty, no users or roles listed, no reply ping. */
function pingsNobody(body: any): boolean {
  const m = body?.allowed_mentions;
  return (
    !!m &&
    Array.isArray(m.parse) &&
    m.parse.length === 0 &&
    (m.users ?? []).length === 0 &&
    (m.roles ?? []).length === 0 &&
    m.replied_user !== true
  );
}

let h: Harness;

beforeAll(async () => {
  const { index } = await buildArchiveFromFolder(ARTICLES);
  expect(index.data.articles.length).toBe(5);
  h = await startHarness({
    index,
    commands: await loadCommands(COMMANDS_DIR),
    // The bot's own default: /ask defers at once anyway (its answer is synchronous CPU work).
    deferAfterMs: 2000,
    env: { COOLDOWN_SECONDS: '0', LOG_LEVEL: 'info' },
  });
  await h.standIn.connected();
});

afterAll(async () => {
  await h?.close();
});

describe('the bot under load through the Discord stand-in', () => {
  it('GIVEN the rate-limit fault THEN the stand-in answers like Discord: 429, retry_after in the body and the headers', async () => {
    const before = h.standIn.rateLimited.length;
    h.standIn.rateLimit({ every: 1, retryAfterMs: 1500 });
    try {
      const res = await fetch(`${h.standIn.apiUrl}/v10/webhooks/${h.standIn.appId}/probe-token/messages/@original`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'probe' }),
      });
      expect(res.status).toBe(429);
      expect(await res.json()).toEqual({ message: 'You are being rate limited.', retry_after: 1.5, global: false });
      expect(res.headers.get('retry-after')).toBe('2');
      expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(res.headers.get('x-ratelimit-reset-after')).toBe('1.500');
      expect(res.headers.get('x-ratelimit-scope')).toBe('user');
      expect(res.headers.has('x-ratelimit-global')).toBe(false);
      // Interaction callbacks are never rate-limited this way.
      const callback = await fetch(`${h.standIn.apiUrl}/v10/interactions/123/probe-token/callback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 5 }),
      });
      expect(callback.status).toBe(204);
      expect(h.standIn.rateLimited.length).toBe(before + 1);
    } finally {
      h.standIn.rateLimit(null);
    }
  });

  it('GIVEN 1,000 /ask from 200 users over 60 s plus 50 mentions, with 429s THEN each is acknowledged < 3 s and answered exactly once', async () => {
    const { standIn } = h;
    const users: StandInUser[] = Array.from({ length: USERS }, (_, i) => standIn.user(String(910000000000000000n + BigInt(i)), `loaduser${i}`));
    const firstRequest = standIn.requests.length;
    const firstLimit = standIn.rateLimited.length;
    standIn.rateLimit(RATE_LIMIT);

    // The schedule: asks every 60 ms, mentions every 1.2 s between them; users take turns, so each asks 5 times, 12 s apart.
    const schedule: Array<{ at: number; kind: 'ask' | 'mention'; n: number }> = [
      ...Array.from({ length: ASKS }, (_, n) => ({ at: (n * SPREAD_MS) / ASKS, kind: 'ask' as const, n })),
      ...Array.from({ length: MENTIONS }, (_, n) => ({ at: ((n + 0.5) * SPREAD_MS) / MENTIONS, kind: 'mention' as const, n })),
    ].sort((a, b) => a.at - b.at);

    const rssBefore = process.memoryUsage().rss;
    const sent: Sent[] = [];
    const askers: string[] = [];
    const started = performance.now();
    for (const event of schedule) {
      const wait = started + event.at - performance.now();
      if (wait > 0) await sleep(wait);
      if (event.kind === 'ask') {
        const question = QUESTIONS[(event.n * 7 + Math.floor(event.n / USERS)) % QUESTIONS.length]!;
        const at = performance.now();
        const user = users[event.n % USERS]!;
        askers.push(user.id);
        const { id, token } = standIn.slashCommand('ask', [{ name: 'question', type: STRING, value: question.q }], { user });
        sent.push({ kind: 'ask', question, at, key: token, callbackPath: `/interactions/${id}/${token}/callback` });
      } else {
        const question = QUESTIONS[(event.n * 5 + 3) % QUESTIONS.length]!;
        const at = performance.now();
        const { id } = standIn.postMessage(`<@${standIn.appId}> ${question.q}`, { user: users[(event.n * 4 + 1) % USERS]!, mentionBot: true });
        sent.push({ kind: 'mention', question, at, key: id });
      }
    }
    const sendSeconds = (performance.now() - started) / 1000;

    // Index what the bot sent: callbacks by path, successful replies by interaction token / referenced message.
    const index = () => {
      const callbacks = new Map<string, RecordedRequest[]>();
      const replies = new Map<string, RecordedRequest[]>();
      const push = (m: Map<string, RecordedRequest[]>, k: string, r: RecordedRequest) => {
        const list = m.get(k);
        if (list) list.push(r);
        else m.set(k, [r]);
      };
      for (const r of standIn.requests.slice(firstRequest)) {
        if (r.method === 'POST' && r.path.endsWith('/callback')) push(callbacks, r.path, r);
        const hook = /^\/webhooks\/\d+\/([^/]+)(?:\/messages\/@original)?$/.exec(r.path);
        if (hook && (r.method === 'PATCH' || r.method === 'POST') && ok(r)) push(replies, hook[1]!, r);
        if (r.method === 'POST' && r.path === `/channels/${standIn.channelId}/messages` && ok(r)) push(replies, String(r.body?.message_reference?.message_id), r);
      }
      return { callbacks, replies };
    };
    const answered = (ix: ReturnType<typeof index>) =>
      sent.filter((s) => {
        if (s.kind === 'mention') return ix.replies.has(s.key);
        const cb = ix.callbacks.get(s.callbackPath!)?.[0];
        return cb?.body?.type === 4 || ix.replies.has(s.key);
      }).length;
    const drainBy = performance.now() + 30_000;
    while (answered(index()) < sent.length && performance.now() < drainBy) await sleep(100);
    // A short grace period, so a duplicate reply sent late would still be seen.
    await sleep(500);
    standIn.rateLimit(null);
    const seconds = (performance.now() - started) / 1000;
    const rssAfter = process.memoryUsage().rss;
    const { callbacks, replies } = index();
    const requests = standIn.requests.slice(firstRequest);

    expect(sent.filter((s) => s.kind === 'ask')).toHaveLength(ASKS);
    expect(sent.filter((s) => s.kind === 'mention')).toHaveLength(MENTIONS);
    expect(new Set(sent.filter((s) => s.kind === 'ask').map((s) => s.key)).size).toBe(ASKS);
    expect(new Set(askers).size).toBe(USERS);
    // The pacing really spread the load over about a minute.
    expect(sendSeconds).toBeGreaterThan(55);
    expect(sendSeconds).toBeLessThan(75);

    const acks: number[] = [];
    const replyTimes: number[] = [];
    const mentionTimes: number[] = [];
    const problems: string[] = [];
    for (const s of sent) {
      if (s.kind === 'ask') {
        const cbs = callbacks.get(s.callbackPath!) ?? [];
        if (cbs.length !== 1) {
          problems.push(`ask ${s.key}: ${cbs.length} callbacks`);
          continue;
        }
        const cb = cbs[0]!;
        const ack = cb.at - s.at;
        acks.push(ack);
        if (!ok(cb)) problems.push(`ask ${s.key}: callback status ${cb.status}`);
        if (ack >= 3000) problems.push(`ask ${s.key}: acknowledged after ${Math.round(ack)} ms`);
        const finals = replies.get(s.key) ?? [];
        let body: any;
        let at: number;
        if (cb.body?.type === 4) {
          if (finals.length !== 0) problems.push(`ask ${s.key}: answered in the callback and again ${finals.length} time(s)`);
          body = cb.body.data;
          at = cb.at;
        } else if (cb.body?.type === 5) {
          if (finals.length !== 1) {
            problems.push(`ask ${s.key}: ${finals.length} replies after the deferral`);
            continue;
          }
          body = finals[0]!.body;
          at = finals[0]!.at;
        } else {
          problems.push(`ask ${s.key}: callback type ${cb.body?.type}`);
          continue;
        }
        replyTimes.push(at - s.at);
        const text = visibleText(body);
        if (body?.embeds?.[0]?.title !== s.question.q || !s.question.expect.test(text)) problems.push(`ask ${s.key}: wrong reply to "${s.question.q}": ${text.slice(0, 200)}`);
      } else {
        const finals = replies.get(s.key) ?? [];
        if (finals.length !== 1) {
          problems.push(`mention ${s.key}: ${finals.length} replies`);
          continue;
        }
        const t = finals[0]!.at - s.at;
        replyTimes.push(t);
        mentionTimes.push(t);
        const text = visibleText(finals[0]!.body);
        if (!s.question.expect.test(text)) problems.push(`mention ${s.key}: wrong reply to "${s.question.q}": ${text.slice(0, 200)}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(acks).toHaveLength(ASKS);
    expect(replyTimes).toHaveLength(ASKS + MENTIONS);

    // Nothing the bot sent was refused for breaking a limit, and it sent nothing it was not asked for.
    expect(requests.filter((r) => r.status === 400 || r.problems.length > 0).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(callbacks.size).toBe(ASKS);
    expect(requests.filter((r) => r.method === 'POST' && r.path === `/channels/${standIn.channelId}/messages` && ok(r))).toHaveLength(MENTIONS);
    expect([...replies.values()].reduce((n, l) => n + l.length, 0)).toBe(ASKS - [...callbacks.values()].filter((l) => l[0]?.body?.type === 4).length + MENTIONS);

    // Every message body pings nobody.
    const messageBodies = requests.filter(
      (r) =>
        ((r.method === 'PATCH' || r.method === 'POST') && r.path.startsWith('/webhooks/')) ||
        (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)),
    );
    const callbackMessages = requests.filter((r) => r.path.endsWith('/callback') && (r.body?.type === 4 || r.body?.type === 7));
    expect(messageBodies.length).toBeGreaterThanOrEqual(MENTIONS);
    expect(messageBodies.filter((r) => !pingsNobody(r.body)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(callbackMessages.filter((r) => !pingsNobody(r.body.data)).map((r) => r.path)).toEqual([]);

    // The 429s: each retried with the same request, no earlier than retry_after after the 429 was sent.
    const limited = standIn.rateLimited.slice(firstLimit);
    const eligible = messageBodies.length;
    expect(limited.length).toBeGreaterThanOrEqual(Math.floor(eligible / RATE_LIMIT.every));
    expect(limited.some((l) => l.request.method === 'PATCH')).toBe(true);
    const waits: number[] = [];
    const early: string[] = [];
    for (const l of limited) {
      const from = requests.indexOf(l.request);
      const same = JSON.stringify(l.request.body);
      const retry = requests.slice(from + 1).find((r) => r.method === l.request.method && r.path === l.request.path && JSON.stringify(r.body) === same);
      if (!retry) {
        early.push(`${l.request.method} ${l.request.path}: never retried`);
        continue;
      }
      const waited = retry.at - l.sentAt;
      waits.push(waited);
      if (waited < l.retryAfterMs - SLACK_MS) early.push(`${l.request.method} ${l.request.path}: retried after ${Math.round(waited)} ms < ${l.retryAfterMs} ms`);
    }
    expect(early).toEqual([]);
    expect(waits).toHaveLength(limited.length);

    // The bot logged no failure.
    expect(h.logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50)).toEqual([]);

    const sortedAcks = [...acks].sort((a, b) => a - b);
    const sortedReplies = [...replyTimes].sort((a, b) => a - b);
    const sortedMentions = [...mentionTimes].sort((a, b) => a - b);
    const results = {
      asks: ASKS,
      users: USERS,
      mentions: MENTIONS,
      seconds: Math.round(seconds * 10) / 10,
      sendSeconds: Math.round(sendSeconds * 10) / 10,
      ackMs: { p50: Math.round(percentile(sortedAcks, 50)), p99: Math.round(percentile(sortedAcks, 99)), max: Math.round(sortedAcks.at(-1)!) },
      replyMs: { p50: Math.round(percentile(sortedReplies, 50)), p99: Math.round(percentile(sortedReplies, 99)), max: Math.round(sortedReplies.at(-1)!) },
      mentionReplyMs: { p50: Math.round(percentile(sortedMentions, 50)), p99: Math.round(percentile(sortedMentions, 99)) },
      rssMB: { before: mb(rssBefore), after: mb(rssAfter) },
      rateLimits: { sent: limited.length, every: RATE_LIMIT.every, retryAfterMs: RATE_LIMIT.retryAfterMs, minWaitMs: Math.round(Math.min(...waits)) },
      node: process.version,
      at: new Date().toISOString(),
    };
    console.log(
      `load: ${ASKS} asks (${USERS} users) + ${MENTIONS} mentions in ${results.seconds.toFixed(1)} s; ` +
        `ack p50/p99 ${results.ackMs.p50}/${results.ackMs.p99} ms (max ${results.ackMs.max}); ` +
        `reply p50/p99 ${results.replyMs.p50}/${results.replyMs.p99} ms (max ${results.replyMs.max}); ` +
        `RSS before/after ${results.rssMB.before}/${results.rssMB.after} MB; ` +
        `429s sent ${limited.length} (retry_after ${RATE_LIMIT.retryAfterMs} ms, shortest wait ${results.rateLimits.minWaitMs} ms)`,
    );
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    writeFileSync(join(ROOT, '.tmp/load-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  });
});
