import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { startBot, type RunningBot } from '../../src/discord/bot.ts';
import type { Command } from '../../src/discord/command.ts';
import { loadCommands } from '../../src/discord/load-commands.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { buildArchiveFromFolder } from '../../src/engine.ts';
import { ArchiveHolder } from '../../src/refresh/archive-holder.ts';
import type { RefreshContext } from '../../src/refresh/refresh.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { payloadProblems } from '../support/discord-limits.ts';
import { FIXTURE_ARCHIVE, TEST_TOKEN } from '../support/discord-harness.ts';
import { DiscordStandIn, type StandInUser } from '../support/discord-stand-in.ts';

/**
 * Feedback buttons on answers and the moderators' /insights, through the real discord.js client against the local
 * Discord stand-in, started as src/main.ts starts it (stores, holder, refresh context for the audit log).
 */

const EPHEMERAL = 64;
const STRING = 3;
const SUBCOMMAND = 1;

/** An answer of three pages, as /ask gives for an answer with many sources. */
const LONG_ANSWER: Command = {
  data: { name: 'longanswer', description: 'An answer of three pages', options: [] },
  execute: () => ({
    pages: [1, 2, 3].map((n) => ({ embeds: [{ title: 'who spoke in Coimbra?', description: `Sources, page ${n}`, footer: { text: `Archive test-v1 · page ${n}/3` } }] })),
    answer: { question: 'who spoke in Coimbra?', answered: true, text: 'Sources, page 1', intent: 'people', cited: ['coimbra-vigil.txt'] },
  }),
};

let standIn: DiscordStandIn;
let stores: Stores;
let bot: RunningBot;
let config: Config;
let dir: string;
let start: () => Promise<void>;
let userCounter = 0;
const freshUser = (): StandInUser => standIn.user(String(910000000000000000n + BigInt(++userCounter)), `voter${userCounter}`);

beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  dir = await mkdtemp(join(tmpdir(), 'archivist-feedback-'));
  config = loadConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: standIn.appId,
    DISCORD_API_URL: standIn.apiUrl,
    STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
    ARCHIVE_DIR: FIXTURE_ARCHIVE,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'silent',
  });
  stores = await openStores(config.STORE_URL);
  const { index } = await buildArchiveFromFolder(FIXTURE_ARCHIVE);
  const holder = new ArchiveHolder({ index, version: 'test-v1', builtAt: '2021-06-01T12:00:00.000Z' });
  const refresh: RefreshContext = { stores, holder, config };
  const commands = new Map<string, Command>(await loadCommands());
  commands.set(LONG_ANSWER.data.name, LONG_ANSWER);
  const log = createLogger(config, new Writable({ write: (_c, _e, done) => done() }));
  start = async () => {
    bot = await startBot(config, { holder, stores, log, commands, refresh, deferAfterMs: 150 });
    await standIn.connected();
  };
  await start();
});
afterAll(async () => {
  await bot?.stop();
  await stores?.close();
  await standIn?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs a slash command; resolves to the message body the user finally sees. */
async function run(name: string, options: Array<{ name: string; type: number; value?: unknown; options?: unknown[] }>, opts: { user?: StandInUser; moderator?: boolean } = {}): Promise<any> {
  const { id, token } = standIn.slashCommand(name, options, { user: opts.user ?? freshUser(), ...(opts.moderator ? { moderator: true } : {}) });
  const callback = await standIn.nthRequest(`/interactions/${id}/${token}/callback`, 1, 20_000);
  expect(callback.status).toBeLessThan(300);
  if (callback.body.type !== 5) return callback.body.data;
  const edit = await standIn.nthRequest(`/webhooks/${standIn.appId}/${token}/messages/@original`, 1, 20_000);
  expect(edit.problems).toEqual([]);
  return { ...edit.body, flags: callback.body.data?.flags };
}

const ask = (question: string, user?: StandInUser) => run('ask', [{ name: 'question', type: STRING, value: question }], user ? { user } : {});
const insights = (sub: 'show' | 'clear', opts: { moderator?: boolean; user?: StandInUser } = { moderator: true }) =>
  run('insights', [{ name: sub, type: SUBCOMMAND, options: [] }], opts);

/** Presses a button on a message; resolves to the interaction callback (type 4: a new reply, 7: the message updated). */
async function press(customId: string, message: any, user: StandInUser): Promise<{ type: number; data: any }> {
  const { id, token } = standIn.pressButton(customId, message, { user });
  const callback = await standIn.nthRequest(`/interactions/${id}/${token}/callback`, 1, 20_000);
  expect(callback.problems).toEqual([]);
  expect(callback.status).toBeLessThan(300);
  return callback.body;
}

/** The Helpful / Not right buttons of a message, and the answer key they carry. */
function feedbackButtons(body: any): { helpful: any; notRight: any; key: string } {
  const buttons = (body.components ?? []).flatMap((row: any) => row.components);
  const helpful = buttons.find((b: any) => b.label === 'Helpful');
  const notRight = buttons.find((b: any) => b.label === 'Not right');
  expect(helpful?.custom_id).toMatch(/^fb:[\w-]+:up$/);
  expect(notRight?.custom_id).toMatch(/^fb:[\w-]+:down$/);
  return { helpful, notRight, key: String(helpful.custom_id).split(':')[1]! };
}

describe('feedback buttons', () => {
  it('GIVEN an /ask answer and a mention answer THEN each carries Helpful and Not right buttons, within Discord limits', async () => {
    const answered = await ask('who spoke at the rally in Lisbon?');
    expect(answered.embeds[0].description).toContain('Ana Duarte');
    feedbackButtons(answered);
    expect(payloadProblems(answered)).toEqual([]);

    const channelReplies = () => standIn.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${standIn.channelId}/messages`);
    const before = channelReplies().length;
    standIn.postMessage(`<@${standIn.appId}> how many were arrested?`, { mentionBot: true, user: freshUser() });
    const reply = await standIn.until(() => channelReplies()[before], 'the reply to the mention', 20_000);
    expect(reply.problems).toEqual([]);
    expect(reply.body.embeds[0].description).toContain('at least 1,200');
    feedbackButtons(reply.body);
  });

  it('GIVEN Helpful pressed twice by one user and once by another THEN each user counts once, and the second press takes the vote back', async () => {
    const answer = await ask('who is Carlos Vidal?');
    const { helpful, key } = feedbackButtons(answer);
    const anna = freshUser();
    const bruno = freshUser();

    const first = await press(helpful.custom_id, answer, anna);
    expect(first.type).toBe(4);
    expect(first.data.flags).toBe(EPHEMERAL);
    expect(first.data.content).toContain('"Helpful" is recorded (1 found it helpful · 0 not right)');

    const again = await press(helpful.custom_id, answer, anna);
    expect(again.data.content).toContain('"Helpful" was taken back (0 found it helpful');
    expect(Object.keys(await stores.feedback.votes(key))).toHaveLength(0);

    await press(helpful.custom_id, answer, anna);
    const second = await press(helpful.custom_id, answer, bruno);
    expect(second.data.content).toContain('(2 found it helpful · 0 not right)');
    const votes = await stores.feedback.votes(key);
    expect(Object.values(votes).map((v) => v.vote)).toEqual(['up', 'up']);
    // Voters are kept as salted hashes, never as their Discord ids.
    expect(JSON.stringify(votes)).not.toContain(anna.id);
    expect(JSON.stringify(votes)).not.toContain(bruno.id);

    const kept = await stores.feedback.getAnswer(key);
    expect(kept).toMatchObject({ question: 'who is Carlos Vidal?', answered: true, version: 'test-v1', guild: standIn.guildId });
    expect(kept?.cited.length).toBeGreaterThan(0);
  });

  it('GIVEN Not right THEN a private choice of four reasons follows, the reason chosen is recorded, and /insights lists the answer with it', async () => {
    const answer = await ask('what happened in Madrid?');
    const { notRight, key } = feedbackButtons(answer);
    const carla = freshUser();

    const choice = await press(notRight.custom_id, answer, carla);
    expect(choice.type).toBe(4);
    expect(choice.data.flags).toBe(EPHEMERAL);
    expect(choice.data.content).toContain('What was wrong?');
    const reasons = choice.data.components[0].components;
    expect(reasons.map((b: any) => b.label)).toEqual(['Wrong fact', 'Wrong or missing source', 'Not what I asked', 'It should have answered']);

    const chosen = await press(reasons[0].custom_id, { ...choice.data, flags: EPHEMERAL }, carla);
    expect(chosen.type).toBe(7);
    expect(chosen.data.content).toContain('recorded as "Not right": wrong fact');
    expect(chosen.data.components).toEqual([]);
    expect(Object.values(await stores.feedback.votes(key))).toEqual([expect.objectContaining({ vote: 'down', reason: 'fact' })]);

    const shown = await insights('show');
    expect(shown.flags).toBe(EPHEMERAL);
    expect(shown.content).toMatch(/Answers voted "Not right", most votes first:\n1\. 1 vote — "what happened in Madrid\?" → "/);
    expect(shown.content).toContain('reasons: wrong fact 1');
  });

  it('GIVEN an answer of several pages THEN the feedback buttons stay under every page', async () => {
    const answer = await run('longanswer', []);
    expect(answer.components).toHaveLength(2);
    const { helpful } = feedbackButtons(answer);
    const more = answer.components[0].components[1];
    expect(more.custom_id).toMatch(/^pg:/);
    const paged = await press(more.custom_id, answer, freshUser());
    expect(paged.type).toBe(7);
    expect(paged.data.embeds[0].description).toBe('Sources, page 2');
    expect(feedbackButtons(paged.data).helpful.custom_id).toBe(helpful.custom_id);
    const voted = await press(helpful.custom_id, paged.data, freshUser());
    expect(voted.data.content).toContain('"Helpful" is recorded');
  });

  it('GIVEN the bot restarted THEN the buttons of an answer sent before still work', async () => {
    const answer = await ask('who spoke at the conference in Madrid?');
    const { helpful, key } = feedbackButtons(answer);
    await bot.stop();
    await start();
    const voted = await press(helpful.custom_id, answer, freshUser());
    expect(voted.data.content).toContain('"Helpful" is recorded (1 found it helpful');
    expect(Object.values(await stores.feedback.votes(key)).map((v) => v.vote)).toEqual(['up']);
  });
});

describe('/insights', () => {
  it('GIVEN two unanswerable questions asked in different words THEN /insights lists them as one group, asked twice, with the report that would answer it', async () => {
    const first = await ask('how many attended the Oslo rally in 2031?');
    expect(first.embeds[0].footer.text).toContain('test-v1');
    const channelReplies = () => standIn.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${standIn.channelId}/messages`);
    const before = channelReplies().length;
    standIn.postMessage(`<@${standIn.appId}> 2031 Oslo rally: how many people attended`, { mentionBot: true, user: freshUser() });
    await standIn.until(() => channelReplies()[before], 'the reply to the mention', 20_000);

    const shown = await insights('show');
    expect(shown.content).toContain('1. 2 · 2 — "how many attended the Oslo rally in 2031?" (also asked as "2031 Oslo rally: how many people attended")');
    expect(shown.content).toContain('would need: a report on the 2031 Oslo rally');
    expect(shown.content.match(/Oslo rally in 2031/g)).toHaveLength(1);
    expect(shown.content).toMatch(/Questions answered, per week:\n {2}\d{4}-W\d\d: \d+ of \d+ answered/);
  });

  it('GIVEN a member without Manage Server THEN /insights is refused, and Discord hides it from members by default', async () => {
    const refused = await insights('show', { moderator: false });
    expect(refused.flags).toBe(EPHEMERAL);
    expect(refused.content).toContain('Only moderators');
    expect(refused.content).not.toContain('Unanswered');
    const data = (await loadCommands()).get('insights')!.data;
    expect(data.default_member_permissions).toBe('32');
    expect(data.contexts).toEqual([0]);
  });

  it('GIVEN /insights clear by a moderator THEN the log is empty and the clear shows in /refresh history', async () => {
    const mod = freshUser();
    const cleared = await insights('clear', { moderator: true, user: mod });
    expect(cleared.content).toMatch(/^Insights cleared: \(\d+ unanswered group/);
    const shown = await insights('show');
    expect(shown.content).toContain('Unanswered questions, most asked first (7 days · 30 days):\n  none in the last 30 days.');
    expect(shown.content).toContain('Answers voted "Not right", most votes first:\n  none in the last 30 days.');
    const history = await run('refresh', [{ name: 'history', type: SUBCOMMAND, options: [] }], { moderator: true });
    expect(history.content).toMatch(new RegExp(`insights-clear · ok · <@${mod.id}> — emptied the insights log`));

    const refused = await insights('clear', { moderator: false });
    expect(refused.content).toContain('Only moderators');
  });
});
