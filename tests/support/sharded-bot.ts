/**
 * Runs the bot the way `npm start` does with a token (the bundle of src/main.ts → discord.js's ShardingManager → one
 * process per shard) as a child process of the test, against the local Discord stand-in, and reads its JSON log lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { bundledEntries } from './bundle.ts';
import { DiscordStandIn, type StandInUser } from './discord-stand-in.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TOKEN = 'stand-in-token.abcdefghijklmnopqrstuvwxyz';
const STRING = 3;
const SUBCOMMAND = 1;

export interface ShardedBot {
  child: ChildProcess;
  /** Every JSON log line of the manager and its shards. */
  logs: Array<Record<string, any>>;
  /** The pid of the process serving `shard` (from its latest "discord: ready" line). */
  shardPid(shard: number): number | undefined;
  /** Waits for a "discord: ready" line of `shard` from a process other than `notPid`; resolves to its pid. */
  shardReady(shard: number, notPid?: number, timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts the bot with the stand-in's settings plus `env`: as `npm start` does (`node dist/main.js`, the bundle), or
 * from the sources (`node --import tsx src/main.ts`) with `run: 'sources'`.
 */
export async function startShardedBot(standIn: DiscordStandIn, env: Record<string, string>, run: 'bundle' | 'sources' = 'bundle'): Promise<ShardedBot> {
  const args = run === 'bundle' ? [join(await bundledEntries(), 'main.js')] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: standIn.appId,
      DISCORD_API_URL: standIn.apiUrl,
      SHARD_SPAWN_DELAY_MS: '0',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, any>> = [];
  let partial = '';
  const onData = (b: Buffer) => {
    const lines = (partial + b.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, any>);
      } catch {
        logs.push({ msg: line });
      }
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const bot: ShardedBot = {
    child,
    logs,
    shardPid(shard) {
      return logs.filter((l) => l.msg === 'discord: ready' && Array.isArray(l.shards) && l.shards.includes(shard)).at(-1)?.pid as number | undefined;
    },
    async shardReady(shard, notPid, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const pid = this.shardPid(shard);
        if (pid !== undefined && pid !== notPid) return pid;
        if (Date.now() > deadline) throw new Error(`tests: shard ${shard} did not log "discord: ready" within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
  return bot;
}

/** What the bot replied to an interaction: the callback's message, or the edit that followed a deferral. */
export async function replyTo(standIn: DiscordStandIn, i: { id: string; token: string }, timeoutMs = 30_000): Promise<string> {
  const callback = await standIn.nthRequest(`/interactions/${i.id}/${i.token}/callback`, 1, timeoutMs);
  if (callback.body?.type === 4) return JSON.stringify(callback.body.data);
  const edit = await standIn.nthRequest(`/webhooks/${standIn.appId}/${i.token}/messages/@original`, 1, timeoutMs);
  return JSON.stringify(edit.body);
}

let users = 0;
/** A fresh user, so that no cooldown or conversation context carries over between questions. */
export function freshUser(standIn: DiscordStandIn): StandInUser {
  return standIn.user(String(880000000000000000n + BigInt(++users)), `reader${users}`);
}

/** Asks `/ask question` in a guild; resolves to the reply. */
export function ask(standIn: DiscordStandIn, guildId: string, question: string): Promise<string> {
  return replyTo(standIn, standIn.slashCommand('ask', [{ name: 'question', type: STRING, value: question }], { user: freshUser(standIn), guildId }));
}

/** Runs a moderator's `/refresh run` in a guild; resolves with the final edit ("Archive refreshed: …") and when it arrived. */
export async function moderatorRefresh(standIn: DiscordStandIn, guildId: string): Promise<{ text: string; at: number }> {
  const { token } = standIn.slashCommand('refresh', [{ name: 'run', type: SUBCOMMAND, options: [] }], {
    user: standIn.user('990000000000000001', 'moderator'),
    moderator: true,
    guildId,
  });
  const done = await standIn.until(
    () => standIn.requestsTo(`/webhooks/${standIn.appId}/${token}/messages/@original`).find((r) => /Archive refreshed|failed|unavailable/.test(String(r.body?.content ?? ''))),
    'the refresh result',
    120_000,
  );
  return { text: String(done.body.content), at: done.at };
}
