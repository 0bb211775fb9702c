import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { startBot, type RunningBot } from '../../src/discord/bot.ts';
import { loadCommands } from '../../src/discord/load-commands.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { ArchiveHolder } from '../../src/refresh/archive-holder.ts';
import { loadServingArchive, type RefreshContext } from '../../src/refresh/index.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { DiscordStandIn, type StandInUser } from '../support/discord-stand-in.ts';
import { redisAvailable, startRedisServer, type RedisServer } from '../support/redis-server.ts';

const TOKEN = 'stand-in-token.faults-abcdefghijklmnopqrstuvwxyz';
const FIXTURES = join(import.meta.dirname, '../fixtures/refresh/archive');
const SUBCOMMAND = 1;
const STRING = 3;

/*
 * Redis stopped under a serving bot (real redis-server, real discord.js client against the stand-in): questions are
 * still answered from memory, cooldowns and context degrade silently, a refresh says the store is unavailable, and
 * when Redis is back on its port the bot uses it again without a restart.
 */
describe.runIf(redisAvailable())('the store goes away while the bot serves', () => {
  let tmp: string;
  let redis: RedisServer;
  let standIn: DiscordStandIn;
  let stores: Stores;
  let holder: ArchiveHolder;
  let bot: RunningBot;
  let config: Config;
  const logs: string[] = [];
  let n = 0;
  const user = (): StandInUser => standIn.user(String(810000000000000000n + BigInt(++n)), `user${n}`);

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'archivist-faults-'));
    cpSync(FIXTURES, join(tmp, 'articles'), { recursive: true });
    redis = await startRedisServer();
    standIn = await DiscordStandIn.start();
    config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: standIn.appId,
      DISCORD_API_URL: standIn.apiUrl,
      STORE_URL: redis.url,
      ARCHIVE_DIR: join(tmp, 'articles'),
      COOLDOWN_SECONDS: '30',
      LOG_LEVEL: 'info',
    });
    stores = await openStores(config.STORE_URL);
    const loaded = await loadServingArchive(stores, config);
    holder = new ArchiveHolder(loaded.state);
    const refresh: RefreshContext = { stores, holder, config };
    const sink = new Writable({
      write(chunk, _e, done) {
        logs.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    bot = await startBot(config, { holder, stores, log: createLogger(config, sink), commands: await loadCommands(), refresh, deferAfterMs: 150 });
    await standIn.connected();
  });
  afterAll(async () => {
    await bot?.stop();
    await stores?.close();
    await standIn?.close();
    await redis?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Runs a command; resolves to the callback and the text the user finally sees. */
  async function command(name: string, options: unknown[], who: StandInUser, moderator = false): Promise<{ ackMs: number; text: string }> {
    const sent = Date.now();
    const { id, token } = standIn.slashCommand(name, options as never, { user: who, moderator });
    const callback = await standIn.nthRequest(`/interactions/${id}/${token}/callback`, 1, 10_000);
    const ackMs = Date.now() - sent;
    const body =
      callback.body.type === 5
        ? (await standIn.until(() => standIn.requestsTo(`/webhooks/${standIn.appId}/${token}/messages/@original`).map((r) => r.body).find((b) => !/^Refreshing|^Parsing|^Validating|^Saving/.test(String(b.content ?? ''))), 'the final edit', 60_000))
        : callback.body.data;
    const text = [body.content ?? '', ...(body.embeds ?? []).map((e: any) => [e.title, e.description].join('\n'))].join('\n');
    return { ackMs, text };
  }

  const ask = (who: StandInUser, question: string) => command('ask', [{ name: 'question', type: STRING, value: question }], who);

  it('GIVEN Redis running THEN an /ask is answered and a second one within the cooldown is refused', async () => {
    const who = user();
    expect((await ask(who, 'Who spoke at the rally?')).text).not.toMatch(/went wrong/);
    expect((await ask(who, 'Who spoke at the rally?')).text).toMatch(/try again in \d+ s/);
  });

  it('GIVEN Redis stopped THEN questions are answered from memory within 3 s, with no cooldown and no error shown', async () => {
    await redis.stop();
    const who = user();
    for (let k = 0; k < 3; k++) {
      const r = await ask(who, 'Who spoke at the rally?');
      expect(r.ackMs).toBeLessThan(3000);
      expect(r.text).not.toMatch(/went wrong|try again in|unavailable/i);
      expect(r.text).toMatch(/Who spoke at the rally\?/);
    }
    expect(logs.some((l) => /store: unavailable/.test(l))).toBe(true);
  });

  it('GIVEN Redis stopped THEN /refresh run says the store is unavailable and the serving version is unchanged', async () => {
    const before = holder.get().version;
    const r = await command('refresh', [{ name: 'run', type: SUBCOMMAND, options: [] }], user(), true);
    expect(r.text).toMatch(/store is unavailable/);
    expect(r.text).toContain(`version ${before} keeps serving`);
    expect(holder.get().version).toBe(before);
  });

  it('GIVEN Redis back on its port THEN the bot reconnects without a restart: cooldowns apply again', async () => {
    redis = await startRedisServer(redis.port);
    const who = user();
    // The client reconnects on its own back-off (at most 5 s between tries).
    const deadline = Date.now() + 15_000;
    let refused = false;
    while (!refused && Date.now() < deadline) {
      await ask(who, 'Who spoke at the rally?');
      refused = /try again in \d+ s/.test((await ask(who, 'Who spoke at the rally?')).text);
      if (!refused) await new Promise((r) => setTimeout(r, 500));
    }
    expect(refused).toBe(true);
    expect(logs.some((l) => /store: reachable again/.test(l))).toBe(true);
  });
});
