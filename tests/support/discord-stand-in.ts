/**
 * A local Discord for tests: REST routes the bot uses (recording every request, rejecting payloads over
 * Discord's limits with 400 like Discord does) and a WebSocket gateway (HELLO, IDENTIFY → READY, heartbeat
 * ACKs, GUILD_CREATE, RESUME → RESUMED) that can dispatch interactions and messages and drop the connection.
 * Listens on 127.0.0.1, random port. discord.js connects with `rest: { api: standIn.apiUrl }`.
 * Sharded (`start({ shards: 2 })`): GET /gateway/bot recommends that many shards; each connection identifies with
 * `shard: [i, n]` (a wrong count is closed with 4010, as Discord does); one guild lives on each shard (`guildOnShard`),
 * and every guild event goes only to the shard `(guild_id >> 22) % n`, DMs to shard 0.
 * Opt-in fault: `rateLimit({ every, retryAfterMs })` answers every n-th follow-up / edit / channel message with 429.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { attachmentProblems, choiceProblems, payloadProblems } from './discord-limits.ts';

/** A file uploaded with a message (multipart/form-data part `files[n]`). */
export interface RecordedFile {
  /** Form field name ("files[0]"). */
  field: string;
  name: string;
  contentType: string;
  size: number;
  bytes: Uint8Array;
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. "/interactions/123/tok/callback". */
  path: string;
  query: Record<string, string>;
  /** The JSON body; for a multipart upload, its `payload_json` part. */
  body: any;
  /** Files uploaded with the request (multipart/form-data), in form order. */
  files: RecordedFile[];
  authorization: string | undefined;
  /** Limit violations found in a message payload (the stand-in answered 400). */
  problems: string[];
  status: number;
  /** `performance.now()` when the request arrived (same clock as the test process). */
  at: number;
}

/** A 429 the stand-in sent while a rate-limit fault was on (see `rateLimit`). */
export interface SentRateLimit {
  request: RecordedRequest;
  /** `performance.now()` when the 429 was written. */
  sentAt: number;
  /** What the 429 told the bot to wait (body `retry_after` × 1000). */
  retryAfterMs: number;
}

/** Routes a rate-limit fault may answer with 429: follow-ups, edits of the original, channel messages (never interaction callbacks). */
const RATE_LIMITABLE = [
  { method: 'POST', path: /^\/webhooks\/\d+\/[^/]+$/ },
  { method: 'PATCH', path: /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/ },
  { method: 'POST', path: /^\/channels\/\d+\/messages$/ },
];

export interface StandInUser {
  id: string;
  username: string;
}

type Json = Record<string, any>;

let nextId = 1n;
/** A fresh snowflake (ms timestamp in the high bits, as Discord's are). */
export function snowflake(): string {
  return ((BigInt(Date.now() - 1420070400000) << 22n) | nextId++).toString();
}

export class DiscordStandIn {
  readonly appId = '111111111111111111';
  readonly guildId = '222222222222222222';
  readonly channelId = '333333333333333333';
  readonly otherChannelId = '333333333333333334';
  readonly botUser = { id: this.appId, username: 'archivist', discriminator: '0000', global_name: null, avatar: null, bot: true };
  readonly requests: RecordedRequest[] = [];
  readonly gatewayLog: Array<{ op: number; t?: string | null }> = [];
  identifies = 0;
  /** Identifies per shard id. */
  readonly identifiesByShard: number[] = [];
  resumes = 0;
  heartbeats = 0;
  /** Application commands registered with PUT, by route ("global" or the guild id). */
  readonly registered = new Map<string, Json[]>();
  /** Every 429 sent by the rate-limit fault, in order. */
  readonly rateLimited: SentRateLimit[] = [];
  #rateLimit: { every: number; retryAfterMs: number; seen: number } | undefined;

  #server: Server;
  #wss: WebSocketServer;
  /** The gateway session of each shard: its socket, sequence and whether READY or RESUMED was sent on it. */
  #sessions = new Map<number, { socket: WebSocket; seq: number; sessionId: string; live: boolean }>();
  #port = 0;
  #listeners: Array<() => void> = [];
  /** How many shards the bot should run (GET /gateway/bot) and does run (identify). */
  readonly shardCount: number;

  private constructor(readonly heartbeatIntervalMs: number, shards: number) {
    this.shardCount = shards;
    this.#server = createServer((req, res) => void this.#onHttp(req, res));
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onSocket(ws, req));
    });
  }

  /** Starts the stand-in on a random port of 127.0.0.1. */
  static async start(opts: { heartbeatIntervalMs?: number; shards?: number } = {}): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn(opts.heartbeatIntervalMs ?? 41_250, opts.shards ?? 1);
    await new Promise<void>((resolve) => standIn.#server.listen(0, '127.0.0.1', resolve));
    standIn.#port = (standIn.#server.address() as AddressInfo).port;
    return standIn;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** Query strings the gateway was connected with (v, encoding, compress). */
  readonly connectQueries: Array<Record<string, string>> = [];

  async close(): Promise<void> {
    for (const ws of this.#wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---------- waiting ----------

  #changed(): void {
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const l of listeners) l();
  }

  /** Resolves when `check()` returns a value (re-checked on every request and gateway event). */
  async until<T>(check: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`stand-in: timed out waiting for ${what}; requests: ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.#listeners.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Every request under a path prefix, in order. */
  requestsTo(prefix: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith(prefix));
  }

  /** Waits for the n-th (1-based) request whose path starts with `prefix`. */
  nthRequest(prefix: string, n = 1, timeoutMs?: number): Promise<RecordedRequest> {
    return this.until(() => this.requestsTo(prefix)[n - 1], `request #${n} to ${prefix}`, timeoutMs);
  }

  // ---------- REST ----------

  /**
   * Opt-in fault: every `every`-th request to a rate-limitable route (webhook follow-ups and edits, channel
   * messages; not interaction callbacks) is answered 429 as Discord does: body `{ message, retry_after (s, float),
   * global: false }`, headers `retry-after` (whole seconds, rounded up), `x-ratelimit-limit/remaining (0)/reset/
   * reset-after/bucket/scope`. Each 429 is recorded in `rateLimited`. `rateLimit(null)` turns the fault off.
   */
  rateLimit(opts: { every: number; retryAfterMs: number } | null): void {
    if (opts && (!Number.isInteger(opts.every) || opts.every < 1 || !(opts.retryAfterMs > 0))) throw new Error('stand-in: rateLimit needs every >= 1 and retryAfterMs > 0');
    this.#rateLimit = opts ? { ...opts, seen: 0 } : undefined;
  }

  /** True when the rate-limit fault picks this request for a 429. */
  #shouldRateLimit(r: RecordedRequest): boolean {
    const fault = this.#rateLimit;
    if (!fault || !RATE_LIMITABLE.some((x) => x.method === r.method && x.path.test(r.path))) return false;
    fault.seen++;
    return fault.seen % fault.every === 0;
  }

  #sendRateLimit(r: RecordedRequest, res: ServerResponse, retryAfterMs: number): void {
    const seconds = retryAfterMs / 1000;
    r.status = 429;
    res
      .writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(Math.ceil(seconds)),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': ((Date.now() + retryAfterMs) / 1000).toFixed(3),
        'x-ratelimit-reset-after': seconds.toFixed(3),
        'x-ratelimit-bucket': 'stand-in-bucket',
        'x-ratelimit-scope': 'user',
      })
      .end(JSON.stringify({ message: 'You are being rate limited.', retry_after: seconds, global: false }));
    this.rateLimited.push({ request: r, sentAt: performance.now(), retryAfterMs });
  }

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const contentType = req.headers['content-type'] ?? '';
    let body: any = undefined;
    const files: RecordedFile[] = [];
    if (contentType.startsWith('multipart/form-data')) {
      // discord.js sends attachments as multipart: the message as `payload_json`, each file as `files[n]`.
      const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': contentType } }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') body = JSON.parse(value);
        } else {
          files.push({ field, name: value.name, contentType: value.type, size: value.size, bytes: new Uint8Array(await value.arrayBuffer()) });
        }
      }
    } else {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      authorization: req.headers.authorization,
      problems: [],
      status: 200,
      at,
    };
    this.requests.push(record);
    if (this.#shouldRateLimit(record)) {
      this.#sendRateLimit(record, res, this.#rateLimit!.retryAfterMs);
      this.#changed();
      return;
    }
    const [status, payload] = this.#route(record);
    record.status = status;
    if (status === 204) {
      res.writeHead(204).end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    }
    this.#changed();
  }

  #route(r: RecordedRequest): [number, unknown] {
    const { method, path, body } = r;
    const reject = (problems: string[]): [number, unknown] | undefined => {
      r.problems = problems;
      return problems.length ? [400, { message: 'Invalid Form Body', code: 50035, errors: problems }] : undefined;
    };
    if (method === 'GET' && path === '/gateway/bot') {
      return [200, { url: this.gatewayUrl, shards: this.shardCount, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === 'GET' && path === '/users/@me') return [200, this.botUser];
    let m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m) {
      const scope = m[2] ?? 'global';
      if (method === 'PUT') {
        const commands = (body as Json[]).map((c) => ({ ...c, id: snowflake(), application_id: m![1], version: snowflake() }));
        this.registered.set(scope, commands);
        return [200, commands];
      }
      if (method === 'GET') return [200, this.registered.get(scope) ?? []];
    }
    m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === 'POST') {
      const type = body?.type;
      if (type === 4 || type === 7) {
        const rejected = reject([...payloadProblems(body.data ?? {}), ...attachmentProblems(body.data ?? {}, r.files)]);
        if (rejected) return rejected;
      }
      if (type === 8) {
        const rejected = reject(choiceProblems(body.data?.choices ?? []));
        if (rejected) return rejected;
      }
      if (r.query.with_response === 'true') {
        return [200, { interaction: { id: m[1], type: 2 }, resource: { type, message: this.#message(body?.data ?? {}, this.channelId, undefined, r.files) } }];
      }
      return [204, undefined];
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
    if (m) {
      if (method === 'POST' || method === 'PATCH') {
        const rejected = reject([...payloadProblems(body ?? {}), ...attachmentProblems(body ?? {}, r.files)]);
        if (rejected) return rejected;
        return [200, this.#message(body ?? {}, this.channelId, m[3] && m[3] !== '@original' ? m[3] : undefined, r.files)];
      }
      if (method === 'GET') return [200, this.#message({}, this.channelId)];
      if (method === 'DELETE') return [204, undefined];
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === 'POST') {
      const rejected = reject([...payloadProblems(body ?? {}), ...attachmentProblems(body ?? {}, r.files)]);
      if (rejected) return rejected;
      return [200, this.#message(body ?? {}, m[1]!, undefined, r.files)];
    }
    if (/^\/channels\/\d+\/typing$/.test(path) && method === 'POST') return [204, undefined];
    return [404, { message: `Unknown route ${method} ${path}`, code: 0 }];
  }

  #message(body: Json, channelId: string, id?: string, files: RecordedFile[] = []): Json {
    const described = new Map<string, string>(((body.attachments ?? []) as Json[]).map((a) => [String(a.id), a.description]));
    return {
      id: id ?? snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: files.map((f, i) => {
        const description = described.get(/^files\[(\d+)\]$/.exec(f.field)?.[1] ?? String(i));
        const url = `http://127.0.0.1:${this.#port}/attachments/${channelId}/${f.name}`;
        return { id: snowflake(), filename: f.name, size: f.size, url, proxy_url: url, content_type: f.contentType, ...(description ? { description } : {}) };
      }),
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: body.message_reference ? 19 : 0,
      flags: body.flags ?? 0,
    };
  }

  // ---------- gateway ----------

  #send(ws: WebSocket, payload: Json): void {
    this.gatewayLog.push({ op: payload.op, t: payload.t ?? null });
    ws.send(JSON.stringify(payload));
  }

  /** The shard a guild's events go to, as Discord routes them. */
  shardOf(guildId: string | undefined): number {
    return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount)) : 0;
  }

  /** A guild that lives on shard `shard` (the first one is `guildId` when it lands there). */
  guildOnShard(shard: number): string {
    let id = BigInt(this.guildId);
    while (this.shardOf(id.toString()) !== shard) id += 1n << 22n;
    return id.toString();
  }

  /** Every guild of the stand-in: one per shard. */
  get guildIds(): string[] {
    return Array.from({ length: this.shardCount }, (_, i) => this.guildOnShard(i));
  }

  /** The text channel questions are asked in, in a guild. */
  channelOf(guildId: string): string {
    return guildId === this.guildId ? this.channelId : (BigInt(guildId) + 1n).toString();
  }

  #onSocket(ws: WebSocket, req: IncomingMessage): void {
    this.connectQueries.push(Object.fromEntries(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams));
    let shard: number | undefined;
    this.#send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
    ws.on('message', (data) => {
      const payload = JSON.parse(String(data)) as Json;
      this.gatewayLog.push({ op: payload.op });
      switch (payload.op) {
        case 1:
          this.heartbeats++;
          this.#send(ws, { op: 11 });
          break;
        case 2: {
          const [id, count] = (payload.d?.shard as [number, number] | undefined) ?? [0, 1];
          if (count !== this.shardCount || id < 0 || id >= count) {
            ws.close(4010, 'Invalid shard');
            break;
          }
          shard = id;
          this.identifies++;
          this.identifiesByShard[id] = (this.identifiesByShard[id] ?? 0) + 1;
          const session = { socket: ws, seq: 0, sessionId: `session-${snowflake()}`, live: false };
          this.#sessions.set(id, session);
          const guilds = this.guildIds.filter((g) => this.shardOf(g) === id);
          this.#dispatchOn(id, 'READY', {
            v: 10,
            user: this.botUser,
            guilds: guilds.map((g) => ({ id: g, unavailable: true })),
            session_id: session.sessionId,
            resume_gateway_url: this.gatewayUrl,
            shard: [id, count],
            application: { id: this.appId, flags: 0 },
          });
          for (const g of guilds) this.#dispatchOn(id, 'GUILD_CREATE', this.#guild(g));
          session.live = true;
          break;
        }
        case 6: {
          const found = [...this.#sessions.entries()].find(([, x]) => x.sessionId === payload.d?.session_id);
          if (found) {
            shard = found[0];
            found[1].socket = ws;
            this.resumes++;
            this.#dispatchOn(shard, 'RESUMED', {});
            found[1].live = true;
          } else {
            this.#send(ws, { op: 9, d: false });
          }
          break;
        }
        default:
          break;
      }
      this.#changed();
    });
    ws.on('close', () => {
      const session = shard === undefined ? undefined : this.#sessions.get(shard);
      if (session?.socket === ws) session.live = false;
      this.#changed();
    });
  }

  #dispatchOn(shard: number, t: string, d: unknown): void {
    const session = this.#sessions.get(shard);
    if (!session) throw new Error(`stand-in: shard ${shard} has no session to dispatch ${t}`);
    this.#send(session.socket, { op: 0, t, s: ++session.seq, d });
  }

  #guild(guildId: string): Json {
    const everyone = { id: guildId, name: '@everyone', permissions: '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 };
    const channel = (id: string, name: string) => ({ id, type: 0, guild_id: guildId, name, position: 0, permission_overwrites: [], nsfw: false, parent_id: null });
    return {
      id: guildId,
      name: guildId === this.guildId ? 'Stand-in Guild' : `Stand-in Guild ${guildId.slice(-4)}`,
      icon: null,
      owner_id: '444444444444444444',
      unavailable: false,
      member_count: 3,
      large: false,
      joined_at: new Date().toISOString(),
      roles: [everyone],
      emojis: [],
      stickers: [],
      features: [],
      channels: guildId === this.guildId ? [channel(this.channelId, 'general'), channel(this.otherChannelId, 'questions')] : [channel(this.channelOf(guildId), 'general')],
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      premium_tier: 0,
      preferred_locale: 'en-US',
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      system_channel_flags: 0,
    };
  }

  /** Waits until the bot has identified (or resumed) on a live connection, on every shard. */
  async connected(timeoutMs?: number): Promise<void> {
    await this.until(
      () => Array.from({ length: this.shardCount }, (_, i) => this.#sessions.get(i)).every((x) => x?.socket.readyState === WebSocket.OPEN && x.live),
      `a gateway session on each of ${this.shardCount} shard(s)`,
      timeoutMs,
    );
  }

  /** Sends a dispatch event (op 0) to the shard that owns its guild (DMs: shard 0). */
  dispatch(t: string, d: unknown): void {
    const shard = this.shardOf((d as Json | undefined)?.guild_id as string | undefined);
    const session = this.#sessions.get(shard);
    if (!session || session.socket.readyState !== WebSocket.OPEN) throw new Error(`stand-in: no gateway connection on shard ${shard} to dispatch ${t}`);
    this.#dispatchOn(shard, t, d);
  }

  /** Forgets every session, so the next RESUME is refused (op 9) and the bot must identify again. */
  invalidateSession(): void {
    for (const session of this.#sessions.values()) session.sessionId = 'expired';
  }

  /** Closes a shard's gateway connection as Discord does on a server-side reset (code 4000: resumable). */
  dropConnection(code = 4000, shard = 0): void {
    const session = this.#sessions.get(shard);
    if (!session) return;
    session.live = false;
    session.socket.close(code, 'stand-in dropped the connection');
  }

  // ---------- events a user causes ----------

  user(id = '555555555555555555', username = 'reader'): StandInUser {
    return { id, username };
  }

  #apiUser(u: StandInUser): Json {
    return { id: u.id, username: u.username, discriminator: '0', global_name: u.username, avatar: null };
  }

  #interactionBase(type: number, opts: { user?: StandInUser; dm?: boolean; moderator?: boolean; channelId?: string; guildId?: string }): Json & { id: string; token: string } {
    const guildId = opts.guildId ?? this.guildId;
    const user = this.#apiUser(opts.user ?? this.user());
    const id = snowflake();
    const base: Json & { id: string; token: string } = {
      id,
      token: `tok-${id}`,
      application_id: this.appId,
      type,
      version: 1,
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: guildId },
      app_permissions: '2248473465835073',
      attachment_size_limit: 10_485_760,
    };
    if (opts.dm) {
      const channelId = opts.channelId ?? '666666666666666666';
      return { ...base, user, channel_id: channelId, channel: { id: channelId, type: 1, recipients: [user] }, context: 1 };
    }
    const channelId = opts.channelId ?? this.channelOf(guildId);
    return {
      ...base,
      guild_id: guildId,
      guild_locale: 'en-US',
      channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guildId, name: 'general' },
      context: 0,
      member: {
        user,
        roles: [],
        // ManageGuild (1 << 5) for moderators; plain members get view/send only.
        permissions: opts.moderator ? '32' : '3072',
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
    };
  }

  /** Dispatches a slash command; returns the interaction id and token (callbacks go to /interactions/:id/:token). */
  slashCommand(
    name: string,
    options: Array<{ name: string; type: number; value?: unknown; options?: unknown[] }> = [],
    opts: { user?: StandInUser; dm?: boolean; moderator?: boolean; channelId?: string; guildId?: string } = {},
  ): { id: string; token: string } {
    const i = this.#interactionBase(2, opts);
    i.data = { id: snowflake(), name, type: 1, options, ...(opts.dm ? {} : { guild_id: opts.guildId ?? this.guildId }) };
    this.dispatch('INTERACTION_CREATE', i);
    return { id: i.id, token: i.token };
  }

  /** Dispatches an autocomplete request with `focused` being typed. */
  autocomplete(
    name: string,
    focused: { name: string; value: string },
    others: Array<{ name: string; type: number; value: unknown }> = [],
    opts: { user?: StandInUser } = {},
  ): { id: string; token: string } {
    const i = this.#interactionBase(4, opts);
    i.data = { id: snowflake(), name, type: 1, options: [...others, { name: focused.name, type: 3, value: focused.value, focused: true }] };
    this.dispatch('INTERACTION_CREATE', i);
    return { id: i.id, token: i.token };
  }

  /** Presses a button on a message the bot sent (the message body as the bot sent it). */
  pressButton(customId: string, message: Json, opts: { user?: StandInUser; dm?: boolean } = {}): { id: string; token: string } {
    const i = this.#interactionBase(3, opts);
    i.data = { custom_id: customId, component_type: 2 };
    i.message = this.#message(message, i.channel_id);
    this.dispatch('INTERACTION_CREATE', i);
    return { id: i.id, token: i.token };
  }

  /** A user posts a message: in the guild channel (optionally mentioning the bot) or in a DM. */
  postMessage(content: string, opts: { user?: StandInUser; dm?: boolean; mentionBot?: boolean; channelId?: string; guildId?: string } = {}): { id: string; channelId: string } {
    const guildId = opts.guildId ?? this.guildId;
    const author = this.#apiUser(opts.user ?? this.user());
    const id = snowflake();
    const channelId = opts.dm ? (opts.channelId ?? '777777777777777777') : (opts.channelId ?? this.channelOf(guildId));
    const message: Json = {
      id,
      channel_id: channelId,
      // Discord sends the channel type with MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
      channel_type: opts.dm ? 1 : 0,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: opts.mentionBot ? [this.botUser] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    if (!opts.dm) {
      message.guild_id = guildId;
      message.member = { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 };
    }
    this.dispatch('MESSAGE_CREATE', message);
    return { id, channelId };
  }
}
