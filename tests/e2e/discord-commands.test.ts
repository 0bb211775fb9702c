import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands, COMMANDS_DIR } from '../../src/discord/load-commands.ts';
import { buildArchiveFromFolder } from '../../src/engine.ts';
import { choiceProblems, payloadProblems } from '../support/discord-limits.ts';
import { EXTRA_COMMANDS, FIXTURE_ARCHIVE, type Harness, startHarness } from '../support/discord-harness.ts';
import type { StandInUser } from '../support/discord-stand-in.ts';

const EPHEMERAL = 64;
const STRING = 3;
const BOOLEAN = 5;
const CHANNEL = 7;
const SUBCOMMAND = 1;

let h: Harness;
let userCounter = 0;
/** A fresh user per scenario, so follow-up context and cooldowns never leak between tests. */
const freshUser = (): StandInUser => h.standIn.user(String(900000000000000000n + BigInt(++userCounter)), `reader${userCounter}`);

interface Sent {
  deferred: boolean;
  /** The message body the user finally sees. */
  body: any;
  callbackType: number;
}

/** Runs a slash command and returns what the bot finally showed (the callback, or the edit after a deferral). */
async function run(name: string, options: Array<{ name: string; type: number; value?: unknown; options?: unknown[] }> = [], opts: { user?: StandInUser; moderator?: boolean; channelId?: string } = {}): Promise<Sent> {
  const { id, token } = h.standIn.slashCommand(name, options, { user: freshUser(), ...opts });
  const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
  expect(callback.status).toBeLessThan(300);
  if (callback.body.type === 5) {
    const edit = await h.standIn.nthRequest(`/webhooks/${h.standIn.appId}/${token}/messages/@original`);
    expect(edit.problems).toEqual([]);
    return { deferred: true, body: edit.body, callbackType: 5 };
  }
  expect(callback.problems).toEqual([]);
  return { deferred: false, body: callback.body.data, callbackType: callback.body.type };
}

const embedText = (body: any): string =>
  (body.embeds ?? [])
    .map((e: any) => [e.title, e.description, ...(e.fields ?? []).map((f: any) => `${f.name}\n${f.value}`), e.footer?.text].filter(Boolean).join('\n'))
    .join('\n')
    .replace(/\*\*/g, '');

beforeAll(async () => {
  const { index } = await buildArchiveFromFolder(FIXTURE_ARCHIVE);
  h = await startHarness({
    index,
    commands: await loadCommands([COMMANDS_DIR, EXTRA_COMMANDS]),
    deferAfterMs: 150,
    env: { DISCORD_MESSAGE_CONTENT: 'true' },
  });
});
afterAll(async () => {
  await h?.close();
});

describe('/ask', () => {
  it('GIVEN a question the archive answers THEN defers, then shows the answer with its sources and the archive version', async () => {
    const sent = await run('ask', [{ name: 'question', type: STRING, value: 'who spoke at the rally in Lisbon?' }]);
    expect(sent.deferred).toBe(true);
    const embed = sent.body.embeds[0];
    expect(embed.title).toBe('who spoke at the rally in Lisbon?');
    expect(embed.description).toContain('Ana Duarte');
    expect(embed.fields.some((f: any) => f.value.includes('Portugal will not look away') || f.value.includes('Ana Duarte, a member of the Portuguese Parliament'))).toBe(true);
    expect(embed.fields[0].value).toContain('Harbour Gazette');
    expect(embed.footer.text).toBe('Archive test-v1');
    expect(sent.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN a question the archive cannot answer THEN says so, with no sources', async () => {
    const sent = await run('ask', [{ name: 'question', type: STRING, value: 'who spoke in Reykjavik?' }]);
    const embed = sent.body.embeds[0];
    expect(embed.description).toContain('nothing on Reykjavik');
    expect(embed.fields).toBeUndefined();
  });

  it('GIVEN private: true THEN the reply is visible only to the asker', async () => {
    const { id, token } = h.standIn.slashCommand('ask', [
      { name: 'question', type: STRING, value: 'how many were arrested?' },
      { name: 'private', type: BOOLEAN, value: true },
    ], { user: freshUser() });
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
  });

  it('GIVEN a follow-up question THEN it uses the context of the previous one', async () => {
    const user = freshUser();
    await run('ask', [{ name: 'question', type: STRING, value: 'who is Carlos Vidal?' }], { user });
    const sent = await run('ask', [{ name: 'question', type: STRING, value: 'what did he say?' }], { user });
    expect(sent.body.embeds[0].description).toContain('Silence is not neutrality');
  });

  it('GIVEN an article containing @everyone THEN the citation shows it and allowed_mentions blocks every ping', async () => {
    const sent = await run('ask', [{ name: 'question', type: STRING, value: 'what happened in Madrid?' }]);
    expect(embedText(sent.body)).toContain('@everyone');
    expect(sent.body.allowed_mentions.parse).toEqual([]);
  });

  it('GIVEN an answer over every length limit THEN each page is a valid payload and "More" pages through the rest', async () => {
    const sent = await run('long');
    expect(sent.body.allowed_mentions.parse).toEqual([]);
    expect(payloadProblems(sent.body)).toEqual([]);
    const more = sent.body.components[0].components[1];
    expect(more.custom_id).toMatch(/^pg:[\w-]+:1$/);
    const press = h.standIn.pressButton(more.custom_id, sent.body);
    const update = await h.standIn.nthRequest(`/interactions/${press.id}/${press.token}/callback`);
    expect(update.body.type).toBe(7);
    expect(update.problems).toEqual([]);
    expect(update.body.data.embeds[0].footer.text).toMatch(/page 2\/\d+/);
    expect(update.body.data.allowed_mentions.parse).toEqual([]);
  });
});

describe('lookup commands', () => {
  it('GIVEN /event with a place THEN shows the event card with date, place, speakers and sources', async () => {
    const sent = await run('event', [{ name: 'query', type: STRING, value: 'Lisbon' }]);
    const text = embedText(sent.body);
    expect(text).toContain('March 14, 2021');
    expect(text).toContain('Ana Duarte');
    expect(text).toContain('Reza Tavakoli');
    expect(text).toContain('Harbour Gazette');
  });

  it('GIVEN /event for a place the archive lacks THEN says no event matches', async () => {
    const sent = await run('event', [{ name: 'query', type: STRING, value: 'Reykjavik' }]);
    expect(sent.body.content).toBe('No event in the archive matches "Reykjavik". Try /timeline to list every event.');
  });

  it('GIVEN /speaker with more than a page of roles and quotes THEN pages, and the button still works after a restart', async () => {
    const sent = await run('speaker', [{ name: 'name', type: STRING, value: 'ana-duarte' }]);
    const first = embedText(sent.body);
    expect(sent.body.embeds[0].title).toBe('Ana Duarte');
    expect(first).toContain('a member of the Portuguese Parliament');
    const next = sent.body.components[0].components[1];
    expect(next.disabled).toBe(false);
    await h.restart();
    await h.standIn.connected();
    const press = h.standIn.pressButton(next.custom_id, sent.body);
    const update = await h.standIn.nthRequest(`/interactions/${press.id}/${press.token}/callback`);
    expect(update.body.type).toBe(7);
    const second = embedText(update.body.data);
    expect(second).not.toBe(first);
    expect(`${first}\n${second}`).toContain('Europe must stop doing business as usual');
    expect(update.body.data.components[0].components[0].disabled).toBe(false);
  });

  it('GIVEN /speaker for an unknown name THEN says nobody by that name is in the archive', async () => {
    const sent = await run('speaker', [{ name: 'name', type: STRING, value: 'Zebulon Quartz' }]);
    expect(sent.body.content).toBe('Nobody called "Zebulon Quartz" speaks or is quoted in the archive.');
  });

  it('GIVEN /figure arrested THEN lists the value with its claimant and date', async () => {
    const sent = await run('figure', [{ name: 'measure', type: STRING, value: 'arrested' }]);
    const text = embedText(sent.body);
    expect(text).toContain('at least 1,200');
    expect(text).toContain('according to Coalition for Iranian Rights');
  });

  it('GIVEN /figure for a measure the archive lacks THEN says there is none', async () => {
    const sent = await run('figure', [{ name: 'measure', type: STRING, value: 'displaced' }]);
    expect(sent.body.embeds[0].description).toBe('No "displaced" figure in the archive.');
  });

  it('GIVEN /quote for a speaker THEN shows the quotes with their sources', async () => {
    const sent = await run('quote', [{ name: 'speaker', type: STRING, value: 'Carlos Vidal' }]);
    const text = embedText(sent.body);
    expect(text).toContain('Silence is not neutrality when prisoners are executed.');
    expect(text).toContain('Atlantic Courier');
  });

  it('GIVEN /quote on a topic the speaker never mentions THEN says there is no such quote', async () => {
    const sent = await run('quote', [{ name: 'speaker', type: STRING, value: 'Carlos Vidal' }, { name: 'topic', type: STRING, value: 'football' }]);
    expect(sent.body.embeds[0].description).toBe('No quote by Carlos Vidal about "football" in the archive.');
  });

  it('GIVEN /timeline THEN events come oldest first', async () => {
    const sent = await run('timeline');
    const names: string[] = sent.body.embeds[0].fields.map((f: any) => f.name);
    const lisbon = names.findIndex((n) => n.includes('March 14, 2021'));
    const madrid = names.findIndex((n) => n.includes('May 8, 2021'));
    expect(lisbon).toBeGreaterThanOrEqual(0);
    expect(madrid).toBeGreaterThan(lisbon);
  });

  it('GIVEN /timeline for a period with no events THEN says so; a malformed date is refused privately', async () => {
    const empty = await run('timeline', [{ name: 'from', type: STRING, value: '2030' }]);
    expect(empty.body.embeds[0].description).toBe('No event from 2030-01-01 in the archive.');
    const bad = await run('timeline', [{ name: 'from', type: STRING, value: 'last spring' }]);
    expect(bad.body.flags).toBe(EPHEMERAL);
    expect(bad.body.content).toContain('not a date I can use');
  });

  it('GIVEN /source for an article THEN shows title, publisher, date and what was taken from it', async () => {
    const sent = await run('source', [{ name: 'article', type: STRING, value: 'Madrid Conference' }]);
    const text = embedText(sent.body);
    expect(sent.body.embeds[0].title).toBe('Madrid Conference Hears Appeal From Activists');
    expect(text).toContain('Atlantic Courier');
    expect(text).toContain('Carlos Vidal');
    expect(text).toMatch(/Taken from it: \d+ event/);
  });

  it('GIVEN /source for no known article THEN says so', async () => {
    const sent = await run('source', [{ name: 'article', type: STRING, value: 'zzzz qqqq' }]);
    expect(sent.body.content).toBe('No article in the archive matches "zzzz qqqq".');
  });

  it('GIVEN /help THEN privately lists every command with examples', async () => {
    const sent = await run('help');
    expect(sent.body.flags).toBe(EPHEMERAL);
    const text = embedText(sent.body);
    for (const name of ['ask', 'event', 'speaker', 'figure', 'quote', 'timeline', 'source', 'stats', 'config']) expect(text).toContain(`/${name}`);
  });

  it('GIVEN /stats THEN shows the version, counts and last refresh', async () => {
    const sent = await run('stats');
    const text = embedText(sent.body);
    expect(text).toContain('Version: test-v1');
    expect(text).toContain('Last refresh: 2021-06-01T12:00:00.000Z');
    expect(sent.body.embeds[0].fields.find((f: any) => f.name === 'Articles').value).toBe('4');
  });
});

describe('autocomplete', () => {
  it('GIVEN part of a speaker name THEN offers matching speakers, best first, within the limits', async () => {
    const { id, token } = h.standIn.autocomplete('speaker', { name: 'name', value: 'duar' });
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices[0]).toEqual({ name: 'Ana Duarte — a member of the Portuguese Parliament', value: 'ana-duarte' });
    expect(choiceProblems(callback.body.data.choices)).toEqual([]);
  });

  it('GIVEN a place for /event THEN offers the events there', async () => {
    const { id, token } = h.standIn.autocomplete('event', { name: 'query', value: 'madrid' });
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body.data.choices.length).toBeGreaterThan(0);
    expect(callback.body.data.choices[0].name).toContain('Madrid');
  });

  it('GIVEN words of a title for /source THEN offers the article', async () => {
    const { id, token } = h.standIn.autocomplete('source', { name: 'article', value: 'vigil' });
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body.data.choices[0].name).toContain('Candlelight Vigil in Coimbra');
  });

  it('GIVEN text that matches nothing THEN offers no choices', async () => {
    const { id, token } = h.standIn.autocomplete('speaker', { name: 'name', value: 'qqqqqq' });
    const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('plain-language questions', () => {
  const repliesIn = (channelId: string) => h.standIn.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

  it('GIVEN a message mentioning the bot THEN replies to it with the answer, pinging nobody', async () => {
    const before = repliesIn(h.standIn.channelId).length;
    const msg = h.standIn.postMessage(`<@${h.standIn.appId}> @everyone who spoke at the rally in Lisbon?`, { mentionBot: true, user: freshUser() });
    const reply = await h.standIn.until(() => repliesIn(h.standIn.channelId)[before], 'a reply in the channel');
    expect(reply.problems).toEqual([]);
    expect(reply.body.message_reference.message_id).toBe(msg.id);
    expect(reply.body.embeds[0].title).not.toContain(`<@${h.standIn.appId}>`);
    expect(reply.body.embeds[0].description).toContain('Ana Duarte');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN a direct message THEN answers it in the DM', async () => {
    const msg = h.standIn.postMessage('how many were arrested?', { dm: true, user: freshUser() });
    const reply = await h.standIn.until(() => repliesIn(msg.channelId)[0], 'a reply in the DM');
    expect(reply.body.embeds[0].description).toContain('at least 1,200');
  });

  it('GIVEN a follow-up in the same channel THEN uses the previous question as context', async () => {
    const user = freshUser();
    const dm = '787878787878787878';
    h.standIn.postMessage('who is Carlos Vidal?', { dm: true, user, channelId: dm });
    await h.standIn.until(() => repliesIn(dm)[0], 'the first answer');
    h.standIn.postMessage('what did he say?', { dm: true, user, channelId: dm });
    const reply = await h.standIn.until(() => repliesIn(dm)[1], 'the follow-up answer');
    expect(reply.body.embeds[0].description).toContain('Silence is not neutrality');
  });

  it('GIVEN a moderator sets /config channel THEN questions there are answered without a mention, and chatter is ignored', async () => {
    const other = h.standIn.otherChannelId;
    const refused = await run('config', [{ name: 'channel', type: SUBCOMMAND, options: [{ name: 'channel', type: CHANNEL, value: other }] }]);
    expect(refused.body.content).toContain('Only moderators');
    const set = await run('config', [{ name: 'channel', type: SUBCOMMAND, options: [{ name: 'channel', type: CHANNEL, value: other }] }], { moderator: true });
    expect(set.body.flags).toBe(EPHEMERAL);
    expect(set.body.content).toBe(`I will answer questions asked in <#${other}> (messages that read like questions).`);

    h.standIn.postMessage('lovely weather today', { channelId: other, user: freshUser() });
    const question = h.standIn.postMessage('who spoke at the conference in Madrid?', { channelId: other, user: freshUser() });
    const reply = await h.standIn.until(() => repliesIn(other)[0], 'an answer in the configured channel');
    expect(reply.body.message_reference.message_id).toBe(question.id);
    expect(reply.body.embeds[0].description).toContain('Carlos Vidal');
    await new Promise((r) => setTimeout(r, 200));
    expect(repliesIn(other)).toHaveLength(1);
  });

  it('GIVEN a guild message that neither mentions the bot nor is in the configured channel THEN stays silent', async () => {
    const before = repliesIn(h.standIn.channelId).length;
    h.standIn.postMessage('who spoke at the rally in Lisbon?', { user: freshUser() });
    const marker = h.standIn.postMessage(`<@${h.standIn.appId}> what happened in Madrid?`, { mentionBot: true, user: freshUser() });
    const reply = await h.standIn.until(() => repliesIn(h.standIn.channelId)[before], 'the reply to the mention');
    expect(reply.body.message_reference.message_id).toBe(marker.id);
    await new Promise((r) => setTimeout(r, 200));
    expect(repliesIn(h.standIn.channelId)).toHaveLength(before + 1);
  });
});
