import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { startBot, type RunningBot } from '../../src/discord/bot.ts';
import { loadCommands } from '../../src/discord/load-commands.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { ArchiveHolder } from '../../src/refresh/archive-holder.ts';
import { loadServingArchive, type RefreshContext } from '../../src/refresh/index.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { genreArticle } from '../fixtures/refresh/make-articles.ts';
import { DiscordStandIn, type StandInUser } from '../support/discord-stand-in.ts';
import { storeBackends } from '../support/redis-server.ts';

// Worker builds slow down when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

/**
 * Moderators refresh the archive through the real discord.js client against the local Discord stand-in,
 * started the way src/main.ts starts the bot (stores → loadServingArchive → ArchiveHolder → startBot with refresh).
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/refresh/archive');
const EPHEMERAL = 64;
const STRING = 3;
const ATTACHMENT = 11;
const SUBCOMMAND = 1;
const TOKEN = 'stand-in-token.abcdefghijklmnopqrstuvwxyz';

const BERGEN = `Vigil in Bergen for Executed Protesters

Fjord Iran Bulletin

Bergen, 12 January 2024 – Around 150 people held a vigil on Thursday at Torgallmenningen in Bergen for protesters executed in Iran.

Ms. Azadeh Rahimi, a nurse and activist, told the vigil: "We light these candles so that their names are not forgotten."
`;

const TRIESTE = `Rally in Trieste Backs Striking Workers in Iran

Adriatic Iran Notes

Trieste, 2 May 2024 – About 250 people rallied on Wednesday at Piazza Unita in Trieste in support of striking oil workers in Iran.

Mr. Stefano Bellini, a trade union secretary, told the rally: "Their strike is our strike."
`;

describe.each(storeBackends())('moderators on Discord, store on $name', (backend) => {
  let tmp: string;
  let dir: string;
  let location: { url: string; stop(): Promise<void> };
  let standIn: DiscordStandIn;
  let stores: Stores;
  let holder: ArchiveHolder;
  let bot: RunningBot;
  let config: Config;
  let files: Server;
  let filesBase: string;
  let n = 0;
  const mod = (): StandInUser => standIn.user(String(700000000000000000n + BigInt(++n)), `mod${n}`);

  async function startThroughMain(): Promise<void> {
    stores = await openStores(config.STORE_URL);
    const loaded = await loadServingArchive(stores, config);
    holder = new ArchiveHolder(loaded.state);
    const refresh: RefreshContext = { stores, holder, config };
    const log = createLogger(config, new Writable({ write: (_c, _e, done) => done() }));
    bot = await startBot(config, { holder, stores, log, commands: await loadCommands(), refresh, deferAfterMs: 150 });
    await standIn.connected();
  }

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'archivist-mod-'));
    dir = join(tmp, 'articles');
    cpSync(FIXTURES, dir, { recursive: true });
    files = createServer((req, res) => {
      if (req.url === '/bergen-vigil') res.writeHead(200, { 'content-type': 'text/plain' }).end(BERGEN);
      else if (req.url === '/attachments/trieste.txt') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(TRIESTE);
      else if (req.url === '/scan.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    filesBase = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    location = await backend.start();
    standIn = await DiscordStandIn.start();
    config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: standIn.appId,
      DISCORD_API_URL: standIn.apiUrl,
      STORE_URL: location.url,
      ARCHIVE_DIR: dir,
      COOLDOWN_SECONDS: '0',
      ALLOW_PRIVATE_URLS: 'true',
      URL_TIMEOUT_MS: '2000',
      LOG_LEVEL: 'silent',
    });
    await startThroughMain();
  });
  afterAll(async () => {
    await bot?.stop();
    await stores?.close();
    await standIn?.close();
    await location?.stop();
    files?.closeAllConnections();
    await new Promise((r) => files?.close(r));
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Runs a moderator subcommand; resolves to the deferred callback and every edit of the reply, the last being the result. */
  async function moderatorCommand(
    name: string,
    sub: string,
    options: Array<{ name: string; type: number; value: unknown }> = [],
    opts: { user?: StandInUser; moderator?: boolean; resolved?: unknown } = {},
  ) {
    if (opts.resolved) {
      // The stand-in's slash commands carry no `resolved` data: add the attachment Discord would send.
      const dispatch = standIn.dispatch.bind(standIn);
      standIn.dispatch = (t: string, d: any) => {
        standIn.dispatch = dispatch;
        dispatch(t, { ...d, data: { ...d.data, resolved: opts.resolved } });
      };
    }
    const { id, token } = standIn.slashCommand(name, [{ name: sub, type: SUBCOMMAND, options }], {
      user: opts.user ?? mod(),
      moderator: opts.moderator ?? true,
    });
    const callback = await standIn.nthRequest(`/interactions/${id}/${token}/callback`);
    const edits = () => standIn.requestsTo(`/webhooks/${standIn.appId}/${token}/messages/@original`);
    return {
      callback,
      /** Waits until an edit matching `re` arrives; returns its content. */
      async until(re: RegExp, timeoutMs = 60_000): Promise<string> {
        return standIn.until(() => edits().map((e) => String(e.body.content ?? '')).find((c) => re.test(c)), `an edit matching ${re}`, timeoutMs);
      },
      edits,
    };
  }

  it('GIVEN a member without Manage Server THEN /refresh is refused at run time and nothing changes', async () => {
    const version = holder.get().version;
    const r = await moderatorCommand('refresh', 'run', [], { moderator: false });
    expect(r.callback.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(await r.until(/Only moderators/)).toMatch(/Manage Server/);
    expect(holder.get().version).toBe(version);
  });

  it('GIVEN the commands are registered THEN /refresh and /archive are hidden from members without Manage Server and guild-only', async () => {
    const commands = await loadCommands();
    for (const name of ['refresh', 'archive']) {
      const data = commands.get(name)!.data;
      expect(data.default_member_permissions).toBe('32');
      expect(data.contexts).toEqual([0]);
    }
  });

  it('GIVEN a large new batch of articles THEN /refresh shows progress, the bot keeps answering meanwhile, a second /refresh is told who runs it, and the diff arrives', async () => {
    for (let i = 0; i < 60; i++) {
      const a = genreArticle(i);
      writeFileSync(join(dir, a.name), a.text);
    }
    const before = holder.get().version;
    const anna = mod();
    const run = await moderatorCommand('refresh', 'run', [], { user: anna });
    expect(run.callback.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    await run.until(/Refreshing: (parsed \d+ \/ \d+ articles|reading the archive folder)/);

    // While the worker builds, other requests are answered by the old index.
    const ask = standIn.slashCommand('ask', [{ name: 'question', type: STRING, value: 'who spoke at the rally in Vienna?' }], { user: mod() });
    const askReply = await standIn.nthRequest(`/interactions/${ask.id}/${ask.token}/callback`, 1, 10_000);
    expect(askReply.status).toBeLessThan(300);
    const second = await moderatorCommand('refresh', 'run');
    const refused = await second.until(/another archive operation is running/);
    expect(refused).toContain(`started by <@${anna.id}>`);
    expect(holder.get().version).toBe(before);

    const done = await run.until(/Archive refreshed/);
    expect(done).toMatch(new RegExp(`\\(was ${before}\\), 64 article`));
    expect(done).toMatch(/\+60 articles, -0 removed, 0 changed, 0 skipped/);
    expect(run.edits().some((e) => /parsed \d+ \/ 64 articles/.test(String(e.body.content)))).toBe(true);
    expect(holder.get().version).not.toBe(before);
    expect(run.edits().every((e) => e.body.allowed_mentions?.parse?.length === 0)).toBe(true);
  });

  it('GIVEN /archive add with a link, an attachment, and a PDF THEN the two articles are added and indexed, the PDF is refused with a reason', async () => {
    const byUrl = await moderatorCommand('archive', 'add', [{ name: 'url', type: STRING, value: `${filesBase}/bergen-vigil` }]);
    expect(await byUrl.until(/^Added bergen-vigil\.txt/)).toMatch(/Archive refreshed/);
    expect(existsSync(join(dir, 'bergen-vigil.txt'))).toBe(true);

    const attachmentId = '990000000000000001';
    const byFile = await moderatorCommand('archive', 'add', [{ name: 'file', type: ATTACHMENT, value: attachmentId }], {
      resolved: {
        attachments: {
          [attachmentId]: { id: attachmentId, filename: 'trieste.txt', size: TRIESTE.length, url: `${filesBase}/attachments/trieste.txt`, proxy_url: `${filesBase}/attachments/trieste.txt`, content_type: 'text/plain' },
        },
      },
    });
    expect(await byFile.until(/^Added trieste\.txt/)).toMatch(/Archive refreshed/);
    expect(holder.get().index.data.articles.some((a) => a.files.includes('trieste.txt'))).toBe(true);

    const before = readdirSync(dir).sort();
    const pdf = await moderatorCommand('archive', 'add', [{ name: 'url', type: STRING, value: `${filesBase}/scan.pdf` }]);
    expect(await pdf.until(/not text/)).toMatch(/application\/pdf/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('GIVEN /archive remove with autocomplete THEN the article is offered by title, moved out and the refresh lists it removed', async () => {
    const ac = standIn.autocomplete('archive', { name: 'article', value: 'bergen' }, [], { user: mod() });
    const choices = (await standIn.nthRequest(`/interactions/${ac.id}/${ac.token}/callback`)).body.data.choices as Array<{ name: string; value: string }>;
    const bergen = choices.find((c) => c.name.includes('Vigil in Bergen'));
    expect(bergen).toBeDefined();
    const r = await moderatorCommand('archive', 'remove', [{ name: 'article', type: STRING, value: bergen!.value }]);
    expect(await r.until(/Archive refreshed/)).toMatch(/Articles removed: Vigil in Bergen for Executed Protesters \[bergen-vigil\.txt\]/);
    expect(existsSync(join(dir, 'bergen-vigil.txt'))).toBe(false);
    expect(readdirSync(join(tmp, 'removed')).some((f) => f.endsWith('-bergen-vigil.txt'))).toBe(true);
  });

  it('GIVEN /refresh history and /refresh rollback THEN the history names who did what, and rollback serves the previous version', async () => {
    const history = await moderatorCommand('refresh', 'history');
    const text = await history.until(/ · remove · ok · /);
    expect(text.split('\n')[0]).toMatch(/· remove · ok · <@\d+>/);
    expect(text).toMatch(/· add · failed · <@\d+> · http:\/\/127\.0\.0\.1:\d+\/scan\.pdf/);

    const versions = (await stores.snapshots.list()).map((v) => v.version);
    const current = holder.get().version;
    const previous = versions[versions.indexOf(current) - 1]!;
    const back = await moderatorCommand('refresh', 'rollback');
    expect(await back.until(/Rolled back/)).toContain(`Rolled back to version ${previous} (was ${current})`);
    expect(holder.get().version).toBe(previous);
    expect(holder.get().index.data.articles.some((a) => a.files.includes('bergen-vigil.txt'))).toBe(true);
  });

  it('GIVEN a restart THEN the bot serves the current version from the store without re-indexing', async () => {
    const version = holder.get().version;
    await bot.stop();
    await stores.close();
    await startThroughMain();
    expect(holder.get().version).toBe(version);
    const list = await moderatorCommand('archive', 'list');
    expect(await list.until(/article\(s\) indexed/)).toContain(`(version ${version})`);
  });
});
