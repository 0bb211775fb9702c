import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { applyFeedback, keepAnswer, voterHash } from '../../../src/discord/feedback.ts';
import { degradeWhenDown, FEEDBACK_DOWN_TEXT, StoreUnavailableError } from '../../../src/discord/stores.ts';
import { recordQuestion } from '../../../src/insights/insights.ts';
import { openStores, type Stores } from '../../../src/store/index.ts';

const USER = '987654321098765432';
const OTHER = '123456789012345678';
const config = loadConfig({});
const record = { question: 'who spoke at the rally in Lisbon?', answered: true, text: 'Ana Duarte spoke.', intent: 'people', cited: ['lisbon-rally.txt'] };

let dir: string;
let file: string;
let stores: Stores;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archivist-feedback-unit-'));
  file = join(dir, 'store.sqlite');
  stores = await openStores(`sqlite://${file}`);
});
afterAll(async () => {
  await stores?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every row of the store file, read with a second connection as an operator would. */
async function rows(): Promise<Array<{ key: string; value: string }>> {
  const db = new KeyvSqlite({ uri: `sqlite://${file}` });
  try {
    return (await db.query('SELECT key, value FROM keyv')) as Array<{ key: string; value: string }>;
  } finally {
    await db.disconnect();
  }
}

describe('votes are stored under a salted hash', () => {
  it('GIVEN votes by two users THEN the store holds their hashes and the answer, never their Discord ids', async () => {
    const key = await keepAnswer(stores, config, record, { guild: '222222222222222222', version: 'v1' });
    await applyFeedback(stores, config, { key, action: 'up' }, USER);
    await applyFeedback(stores, config, { key, action: 'down' }, OTHER);
    await applyFeedback(stores, config, { key, action: 'reason', reason: 'source' }, OTHER);

    const all = await rows();
    const feedback = all.filter((r) => r.key.startsWith('archivist-feedback:') || r.key.startsWith('archivist-insights:'));
    expect(feedback.map((r) => r.key)).toEqual(expect.arrayContaining([`archivist-feedback:a:${key}`, `archivist-feedback:v:${key}`, 'archivist-feedback:salt']));
    const stored = all.map((r) => `${r.key}\n${r.value}`).join('\n');
    expect(stored).not.toContain(USER);
    expect(stored).not.toContain(OTHER);
    expect(stored).toContain(await voterHash(stores, config, USER));
    expect(stored).toContain('who spoke at the rally in Lisbon?');

    const votes = await stores.feedback.votes(key);
    expect(votes[await voterHash(stores, config, OTHER)]).toMatchObject({ vote: 'down', reason: 'source' });
  });

  it('GIVEN the same user THEN the hash is stable; another salt or user gives another hash', async () => {
    const a = await voterHash(stores, config, USER);
    expect(await voterHash(stores, config, USER)).toBe(a);
    expect(await voterHash(stores, config, OTHER)).not.toBe(a);
    const salted = loadConfig({ FEEDBACK_SALT: 'a-salt-set-by-the-operator' });
    expect(await voterHash(stores, salted, USER)).not.toBe(a);
    expect(a).not.toContain(USER);
  });

  it('GIVEN "Not right" changed to "Helpful" THEN the not-right log takes the vote and its reason back', async () => {
    const key = await keepAnswer(stores, config, { ...record, text: 'A different answer.' }, { guild: 'console', version: 'v1' });
    await applyFeedback(stores, config, { key, action: 'reason', reason: 'fact' }, USER);
    let entry = (await stores.insights.read()).notRight.find((n) => n.answer === 'A different answer.');
    expect(entry).toMatchObject({ count: 1, reasons: { fact: 1 }, guilds: ['console'], normalised: 'lisbon rally speak' });
    await applyFeedback(stores, config, { key, action: 'reason', reason: 'asked' }, USER);
    entry = (await stores.insights.read()).notRight.find((n) => n.answer === 'A different answer.');
    expect(entry).toMatchObject({ count: 1, reasons: { asked: 1 } });
    const out = await applyFeedback(stores, config, { key, action: 'up' }, USER);
    expect(out.content).toContain('(1 found it helpful · 0 not right)');
    expect((await stores.insights.read()).notRight.find((n) => n.answer === 'A different answer.')).toBeUndefined();
  });

  it('GIVEN an answer no longer kept THEN the press says so', async () => {
    const out = await applyFeedback(stores, config, { key: 'gone-long-ago', action: 'up' }, USER);
    expect(out.content).toContain('no longer kept');
  });
});

describe('retention and outages', () => {
  it('GIVEN an entry older than its TTL THEN it is gone from the log', async () => {
    await stores.insights.noteUnanswered(
      { key: 'short-lived', normalised: 'x', question: 'x?', suggestion: 'a report on x', guild: 'console', version: 'v1', at: new Date().toISOString() },
      30,
    );
    expect((await stores.insights.read()).groups.some((g) => g.key === 'short-lived')).toBe(true);
    await new Promise((r) => setTimeout(r, 80));
    expect((await stores.insights.read()).groups.some((g) => g.key === 'short-lived')).toBe(false);
  });

  it('GIVEN the store is down THEN a vote reports that it was not saved, and recording a question does nothing, silently', async () => {
    const fail = () => Promise.reject(new Error('connection refused'));
    const down = {
      ...stores,
      feedback: { saveAnswer: fail, getAnswer: fail, vote: fail, votes: fail, salt: fail },
      insights: { countQuestion: fail, noteUnanswered: fail, noteNotRight: fail, read: fail, clear: fail },
    };
    const quiet = { warn: () => undefined, info: () => undefined };
    const degraded = degradeWhenDown(down, quiet, 200);
    const vote = applyFeedback(degraded, config, { key: 'k', action: 'up' }, USER);
    await expect(vote).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(vote).rejects.toThrow(FEEDBACK_DOWN_TEXT);
    await expect(recordQuestion(degraded, { question: 'who spoke in Oslo?', answered: false }, { guild: 'g', version: 'v', keptDays: 90 })).resolves.toBeUndefined();
  });
});
