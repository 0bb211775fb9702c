import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/load-commands.ts';
import { buildIndex } from '../../src/index/archive-index.ts';
import { EXTRA_COMMANDS, type Harness, startHarness, TEST_TOKEN } from '../support/discord-harness.ts';

const ephemeral = 64;

describe('the bot on the gateway (empty archive, test-only commands)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ index: buildIndex([], [], []), commands: await loadCommands(EXTRA_COMMANDS), deferAfterMs: 100 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('GIVEN start-up THEN fetches /gateway/bot with the token and identifies with JSON, v10, uncompressed', () => {
    const gateway = h.standIn.requests.find((r) => r.path === '/gateway/bot');
    expect(gateway?.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(h.standIn.connectQueries[0]).toEqual({ v: '10', encoding: 'json' });
    expect(h.standIn.identifies).toBe(1);
    expect(h.bot.client.isReady()).toBe(true);
  });

  it('GIVEN a handler slower than the defer threshold THEN defers first, then edits the original with mentions blocked', async () => {
    const { id, token } = h.standIn.slashCommand('slow', [{ name: 'ms', type: 4, value: 400 }]);
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body.type).toBe(5);
    const edit = await h.standIn.nthRequest(`/webhooks/${h.standIn.appId}/${token}/messages/@original`);
    expect(edit.method).toBe('PATCH');
    expect(edit.body.content).toBe('Done after 400 ms, mentioning @everyone.');
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN a fast handler THEN answers in the callback without deferring', async () => {
    const { id, token } = h.standIn.slashCommand('slow', [{ name: 'ms', type: 4, value: 1 }]);
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.content).toBe('Done after 1 ms, mentioning @everyone.');
    expect(callback.body.data.allowed_mentions.parse).toEqual([]);
  });

  it('GIVEN a handler that throws THEN replies privately with a short error, logs it, and keeps answering', async () => {
    const { id, token } = h.standIn.slashCommand('explode');
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(ephemeral);
    expect(callback.body.data.content).toMatch(/something went wrong/i);
    expect(h.logs.some((l) => l.includes('explode: deliberate failure'))).toBe(true);
    const next = h.standIn.slashCommand('slow', [{ name: 'ms', type: 4, value: 1 }]);
    const ok = await h.standIn.nthRequest(`/interactions/${next.id}/${next.token}/callback`);
    expect(ok.body.data.content).toContain('Done after 1 ms');
  });

  it('GIVEN the gateway drops the connection THEN the bot resumes the session and keeps answering', async () => {
    h.standIn.dropConnection(4000);
    await h.standIn.until(() => h.standIn.resumes === 1, 'a RESUME');
    expect(h.standIn.identifies).toBe(1);
    await h.standIn.connected();
    const { id, token } = h.standIn.slashCommand('slow', [{ name: 'ms', type: 4, value: 1 }]);
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body.data.content).toContain('Done after 1 ms');
  });

  it('GIVEN the gateway drops the connection and refuses to resume THEN the bot identifies again and keeps answering', async () => {
    h.standIn.invalidateSession();
    h.standIn.dropConnection(4000);
    await h.standIn.until(() => h.standIn.identifies === 2, 'a second IDENTIFY', 10_000);
    await h.standIn.connected();
    const { id, token } = h.standIn.slashCommand('slow', [{ name: 'ms', type: 4, value: 1 }]);
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body.data.content).toContain('Done after 1 ms');
  });

  it('GIVEN the bot runs THEN the token never appears in its logs', () => {
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join('\n')).not.toContain(TEST_TOKEN);
  });
});

describe('per-user cooldowns', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ index: buildIndex([], [], []), commands: await loadCommands([COMMANDS_DIR, EXTRA_COMMANDS]), env: { COOLDOWN_SECONDS: '30' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('GIVEN a user repeats a command within the cooldown THEN privately says when to retry, while another user is answered', async () => {
    const alice = h.standIn.user('810000000000000001', 'alice');
    const bob = h.standIn.user('810000000000000002', 'bob');
    const first = h.standIn.slashCommand('slow', [{ name: 'ms', type: 4, value: 1 }], { user: alice });
    expect((await h.standIn.nthRequest(`/interactions/${first.id}/${first.token}/callback`)).body.data.content).toContain('Done');
    const again = h.standIn.slashCommand('slow', [{ name: 'ms', type: 4, value: 1 }], { user: alice });
    const refused = await h.standIn.nthRequest(`/interactions/${again.id}/${again.token}/callback`);
    expect(refused.body.data.flags).toBe(ephemeral);
    expect(refused.body.data.content).toMatch(/try again in (29|30) s \(<t:\d+:R>\)/);
    const other = h.standIn.slashCommand('slow', [{ name: 'ms', type: 4, value: 1 }], { user: bob });
    expect((await h.standIn.nthRequest(`/interactions/${other.id}/${other.token}/callback`)).body.data.content).toContain('Done');
  });

  it('GIVEN a user asks two plain questions in a row THEN the second reply says when to retry', async () => {
    const carol = h.standIn.user('810000000000000003', 'carol');
    const dm = '818181818181818181';
    const replies = () => h.standIn.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${dm}/messages`);
    h.standIn.postMessage('who spoke at the rally?', { dm: true, user: carol, channelId: dm });
    await h.standIn.until(() => replies()[0], 'the first answer');
    h.standIn.postMessage('and how many were arrested?', { dm: true, user: carol, channelId: dm });
    const second = await h.standIn.until(() => replies()[1], 'the second reply');
    expect(second.body.content).toMatch(/try again in (29|30) s/);
    expect(second.body.allowed_mentions.parse).toEqual([]);
  });
});
