import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DiscordStandIn } from '../support/discord-stand-in.ts';
import { redisAvailable, startRedisServer, type RedisServer } from '../support/redis-server.ts';
import { ask, moderatorRefresh, replyTo, startShardedBot, type ShardedBot } from '../support/sharded-bot.ts';

/**
 * The bot at scale, end to end: `src/main.ts` with a token runs discord.js's real ShardingManager, one process per
 * shard, against the stand-in (2 shards; each guild's events reach only its shard) and a throw-away redis-server.
 */
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const FIXTURES = join(import.meta.dirname, '../fixtures/discord/archive');
const NEW_REPORT = `Iranians Rally in Tampere for Political Prisoners

Nordic Iran Monitor

Tampere, 9 February 2024 – About 420 people rallied on Saturday, February 8, in the Central Square of Tampere for political prisoners in Iran.

Ms. Leyla Karimi, a teacher, told the rally: "Every prisoner has a name, and we will say it."
`;
const QUESTION = 'how many people rallied in Tampere?';

/** Asks in a guild every 50 ms until the answer holds `re`; resolves to the time it took and the answer. */
async function askUntil(standIn: DiscordStandIn, guildId: string, re: RegExp, timeoutMs: number): Promise<{ ms: number; answer: string }> {
  const started = performance.now();
  for (;;) {
    const answer = await ask(standIn, guildId, QUESTION);
    if (re.test(answer)) return { ms: performance.now() - started, answer };
    if (performance.now() - started > timeoutMs) throw new Error(`tests: no answer matching ${re} within ${timeoutMs} ms; last: ${answer.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a multi-machine layout on SQLite', () => {
  it('GIVEN SHARD_LIST=0 of TOTAL_SHARDS=2 with a SQLite store THEN npm start refuses before connecting, saying to use Redis', async () => {
    const standIn = await DiscordStandIn.start({ shards: 2 });
    const tmp = mkdtempSync(join(tmpdir(), 'archivist-sqlite-machines-'));
    try {
      const bot = await startShardedBot(standIn, { STORE_URL: `sqlite://${join(tmp, 'store.sqlite')}`, SHARD_LIST: '0', TOTAL_SHARDS: '2' }, 'sources');
      const code = await new Promise<number | null>((done) => bot.child.once('exit', (c) => done(c)));
      expect(code).toBe(1);
      expect(bot.logs.map((l) => l.msg).join('\n')).toContain('config: invalid environment: SHARD_LIST=0 runs 1 of 2 shards, so other machines run the rest; they must share one store');
      expect(standIn.identifies).toBe(0);
    } finally {
      await standIn.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe.runIf(redisAvailable())('shards', () => {
  describe('two shards on one machine (ShardingManager, SHARDS=auto), store on Redis', () => {
    let redis: RedisServer;
    let standIn: DiscordStandIn;
    let tmp: string;
    let bot: ShardedBot;

    beforeAll(async () => {
      redis = await startRedisServer();
      standIn = await DiscordStandIn.start({ shards: 2 });
      tmp = mkdtempSync(join(tmpdir(), 'archivist-shards-'));
      cpSync(FIXTURES, join(tmp, 'articles'), { recursive: true });
      // Pointer checks once a minute: within the test, only the Redis announcement can bring shard 1 along in time.
      bot = await startShardedBot(standIn, { STORE_URL: redis.url, ARCHIVE_DIR: join(tmp, 'articles'), SHARDS: 'auto', VERSION_CHECK_SECONDS: '60' });
      await standIn.connected(120_000);
    });
    afterAll(async () => {
      await bot?.stop();
      await standIn?.close();
      await redis?.stop();
      rmSync(tmp, { recursive: true, force: true });
    });

    it('GIVEN /gateway/bot recommends 2 shards THEN the manager starts two processes, each identifying as its shard', async () => {
      expect(standIn.identifiesByShard).toEqual([1, 1]);
      const pids = [await bot.shardReady(0), await bot.shardReady(1)];
      expect(pids[0]).not.toBe(pids[1]);
      expect(pids).not.toContain(bot.child.pid);
    });

    it('GIVEN a moderator refresh in a guild of shard 0 THEN within 1 s a question in a guild of shard 1 is answered from the new version', async () => {
      const [guild0, guild1] = standIn.guildIds as [string, string];
      expect(await ask(standIn, guild1, QUESTION)).not.toMatch(/\b420 people\b/);
      writeFileSync(join(tmp, 'articles', 'tampere-rally.txt'), NEW_REPORT);
      const refreshed = await moderatorRefresh(standIn, guild0);
      expect(refreshed.text).toMatch(/^Archive refreshed: version \S+ \(was \S+\), 5 article\(s\)/);
      const sinceRefresh = performance.now() - refreshed.at;
      const { ms, answer } = await askUntil(standIn, guild1, /\b420 people\b/, 5000);
      expect(answer).toMatch(/Iranians Rally in Tampere for Political Prisoners/);
      expect(sinceRefresh + ms).toBeLessThan(1000);
      const version = /version (\S+)/.exec(refreshed.text)![1]!;
      expect(bot.logs.some((l) => l.msg === 'archive version changed elsewhere: now serving it' && l.version === version && l.shard === 1)).toBe(true);
    });

    it('GIVEN /stats THEN it shows each shard with its servers, archive version and uptime', async () => {
      const stats = await replyTo(standIn, standIn.slashCommand('stats', [], { guildId: standIn.guildIds[1]! }));
      const embed = JSON.parse(stats).embeds[0] as { description: string; fields: Array<{ name: string; value: string }> };
      expect(embed.description).toContain('**Shards:** 2 (2 answering)');
      const shardFields = embed.fields.filter((f) => f.name.startsWith('Shard '));
      expect(shardFields.map((f) => f.name)).toEqual(['Shard 0', 'Shard 1 (answering you)']);
      const version = /\*\*Version:\*\* (\S+)/.exec(embed.description)![1]!;
      for (const f of shardFields) expect(f.value).toMatch(new RegExp(`^1 server · version ${version} · up \\d+ (s|min)`));
    });

    it('GIVEN shard 1 is killed THEN shard 0 keeps answering and the manager brings shard 1 back', async () => {
      const [guild0, guild1] = standIn.guildIds as [string, string];
      const pid = await bot.shardReady(1);
      process.kill(pid, 'SIGKILL');
      expect(await ask(standIn, guild0, QUESTION)).toMatch(/\b420 people\b/);
      await standIn.until(() => (standIn.identifiesByShard[1] ?? 0) >= 2, 'shard 1 identifying again', 60_000);
      await standIn.connected(60_000);
      await bot.shardReady(1, pid);
      expect(await ask(standIn, guild1, QUESTION)).toMatch(/\b420 people\b/);
      expect(bot.logs.some((l) => l.msg === 'shards: shard process died; the manager starts it again' && l.shard === 1)).toBe(true);
    });
  });

  // (From the sources through tsx, like `npm run cli` and the tests: the other layouts here run the bundle `npm start` runs.)
  describe('two shards on one machine, store on SQLite (no pub/sub: the manager relays the new version)', () => {
    let standIn: DiscordStandIn;
    let tmp: string;
    let bot: ShardedBot;

    beforeAll(async () => {
      standIn = await DiscordStandIn.start({ shards: 2 });
      tmp = mkdtempSync(join(tmpdir(), 'archivist-shards-sqlite-'));
      cpSync(FIXTURES, join(tmp, 'articles'), { recursive: true });
      bot = await startShardedBot(standIn, { STORE_URL: `sqlite://${join(tmp, 'store.sqlite')}`, ARCHIVE_DIR: join(tmp, 'articles'), SHARDS: '2', VERSION_CHECK_SECONDS: '60' }, 'sources');
      await standIn.connected(120_000);
    });
    afterAll(async () => {
      await bot?.stop();
      await standIn?.close();
      rmSync(tmp, { recursive: true, force: true });
    });

    it('GIVEN a moderator refresh on shard 0 THEN within 1 s shard 1 answers from the new version', async () => {
      const [guild0, guild1] = standIn.guildIds as [string, string];
      writeFileSync(join(tmp, 'articles', 'tampere-rally.txt'), NEW_REPORT);
      const refreshed = await moderatorRefresh(standIn, guild0);
      expect(refreshed.text).toMatch(/^Archive refreshed: version \S+/);
      const sinceRefresh = performance.now() - refreshed.at;
      const { ms } = await askUntil(standIn, guild1, /\b420 people\b/, 5000);
      expect(sinceRefresh + ms).toBeLessThan(1000);
    });
  });

  describe('two machines (SHARD_LIST=0 and SHARD_LIST=1 of TOTAL_SHARDS=2) sharing one Redis', () => {
    let redis: RedisServer;
    let standIn: DiscordStandIn;
    let tmp: string;
    let machineA: ShardedBot;
    let machineB: ShardedBot;

    beforeAll(async () => {
      redis = await startRedisServer();
      standIn = await DiscordStandIn.start({ shards: 2 });
      tmp = mkdtempSync(join(tmpdir(), 'archivist-machines-'));
      // Each machine has its own copy of the archive folder; they share the store.
      for (const m of ['a', 'b']) cpSync(FIXTURES, join(tmp, m), { recursive: true });
      const common = { STORE_URL: redis.url, TOTAL_SHARDS: '2', VERSION_CHECK_SECONDS: '60' };
      machineA = await startShardedBot(standIn, { ...common, SHARD_LIST: '0', ARCHIVE_DIR: join(tmp, 'a') });
      await standIn.until(() => standIn.identifiesByShard[0], 'machine A identifying shard 0', 120_000);
      machineB = await startShardedBot(standIn, { ...common, SHARD_LIST: '1', ARCHIVE_DIR: join(tmp, 'b') });
      await standIn.connected(120_000);
    });
    afterAll(async () => {
      await machineA?.stop();
      await machineB?.stop();
      await standIn?.close();
      await redis?.stop();
      rmSync(tmp, { recursive: true, force: true });
    });

    it('GIVEN each machine runs one shard THEN each serves only its own', async () => {
      expect(standIn.identifiesByShard).toEqual([1, 1]);
      expect(await machineA.shardReady(0)).toBeGreaterThan(0);
      expect(await machineB.shardReady(1)).toBeGreaterThan(0);
      expect(machineA.shardPid(1)).toBeUndefined();
      expect(machineB.shardPid(0)).toBeUndefined();
    });

    it('GIVEN a refresh on machine A THEN within 1 s machine B answers from the new version', async () => {
      const [guild0, guild1] = standIn.guildIds as [string, string];
      writeFileSync(join(tmp, 'a', 'tampere-rally.txt'), NEW_REPORT);
      const refreshed = await moderatorRefresh(standIn, guild0);
      expect(refreshed.text).toMatch(/^Archive refreshed: version \S+/);
      const sinceRefresh = performance.now() - refreshed.at;
      const { ms } = await askUntil(standIn, guild1, /\b420 people\b/, 5000);
      expect(sinceRefresh + ms).toBeLessThan(1000);
    });

    it('GIVEN /stats on machine A THEN shard 1 is listed from what machine B reported to the store', async () => {
      const stats = await replyTo(standIn, standIn.slashCommand('stats', [], { guildId: standIn.guildIds[0]! }));
      const fields = (JSON.parse(stats).embeds[0].fields as Array<{ name: string; value: string }>).filter((f) => f.name.startsWith('Shard '));
      expect(fields.map((f) => f.name)).toEqual(['Shard 0 (answering you)', 'Shard 1']);
      expect(fields[1]!.value).toMatch(/^1 server · version \S+ · up \d+ (s|min) · on .+, reported \d+ s ago$/);
    });
  });
});
