import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { ArchiveState } from '../refresh/archive-holder.ts';
import type { RefreshContext } from '../refresh/refresh.ts';
import type { BotStores } from './stores.ts';

/** What every surface that runs commands (the Discord router, the local console) hands them. */
export interface CommandRunnerDeps {
  commands: ReadonlyMap<string, Command>;
  holder: { get(): ArchiveState };
  stores: BotStores;
  config: Config;
  /** Handed to moderator commands (refresh, archive). */
  refresh?: RefreshContext;
  /** Every shard's status (Discord with a manager); absent in the console. */
  shards?: () => Promise<ShardStatus[]>;
}

/** One shard of the bot as /stats shows it. */
export interface ShardStatus {
  id: number;
  guilds: number;
  /** The archive version it serves. */
  version: string;
  uptimeMs: number;
  /** False: neither its manager nor the store has heard from it in the last minute. */
  answering: boolean;
  /** The shard answering this command runs in this process. */
  here: boolean;
  /** Shards on another machine: its host name and how long ago it last reported to the store. */
  host?: string;
  seenAgoMs?: number;
}

/** An option value as typed by the user (strings, numbers, booleans; channels and users as ids). */
export type OptionValue = string | number | boolean;

/** What a command sees, the same whether it was typed in Discord or in the local console. */
export interface CommandInput {
  /** Option values by name; a subcommand's name is under `subcommand`. */
  options: Readonly<Record<string, OptionValue>>;
  user: { id: string; isModerator: boolean };
  channelId: string;
  guildId?: string;
  /** The serving archive, read once for this request. */
  archive: ArchiveState;
  stores: BotStores;
  config: Config;
  /** Every loaded command (for /help). */
  commands: ReadonlyArray<{ name: string; description: string }>;
  /** Moderator commands: stores, serving holder and settings for refreshing, where the adapter wires them in. */
  refresh?: RefreshContext;
  /** Every shard's status, where the bot runs sharded (Discord); absent in the console. */
  shards?: () => Promise<ShardStatus[]>;
  /** Shows a progress line while a deferred command runs (edits the deferred reply). */
  progress?: (text: string) => Promise<void>;
  /** Attachment options by name, resolved to their URL. */
  attachments?: Readonly<Record<string, Attachment>>;
}

export interface Attachment {
  url: string;
  name: string;
  size?: number;
  contentType?: string;
}

/** Autocomplete request: the focused option and what the user has typed so far. */
export interface AutocompleteInput {
  focused: { name: string; value: string };
  options: Readonly<Record<string, OptionValue>>;
  archive: ArchiveState;
}

export interface Choice {
  name: string;
  value: string;
}

/** A file sent with a reply page (a chart): Discord attaches it, the console writes it to disk and prints its path. */
export interface ReplyFile {
  /** File name with its extension ("timeline.png"). */
  name: string;
  data: Uint8Array;
  /** Alt text: what the picture shows, for screen readers and the embed. */
  description: string;
}

/** One screen of a reply: what Discord shows in one message and the console prints at once. */
export interface ReplyPage {
  content?: string;
  embeds: APIEmbed[];
  /** Files attached to this page (charts). */
  files?: ReplyFile[];
}

/** What an answer was, so that users can vote on it and moderators see what the archive could not answer. */
export interface AnswerRecord {
  question: string;
  answered: boolean;
  text: string;
  intent: string;
  /** Files of the cited articles. */
  cited: string[];
}

/**
 * What a command produces: one or more pages (the first is shown; buttons page through the rest).
 * Both adapters render it: Discord as messages with buttons, the console as text.
 */
export interface Reply {
  pages: ReplyPage[];
  /** Shown only to the caller. */
  ephemeral?: boolean;
  /** Set on answers to questions (/ask, mentions, DMs): they carry feedback buttons and feed /insights. */
  answer?: AnswerRecord;
}

/** A slash command: one file in `commands/`, default-exported. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(input: CommandInput): Promise<Reply> | Reply;
  autocomplete?(input: AutocompleteInput): Promise<Choice[]> | Choice[];
  /** Defer at once instead of waiting to see whether the work is slow. */
  defer?: boolean;
  /** Always answer privately (e.g. moderator settings). */
  ephemeral?: boolean;
  /** Skip the per-user cooldown (cheap, static replies such as /help). */
  noCooldown?: boolean;
}

/** Runtime guard for a command module's default export. */
export const commandSchema = z.object({
  data: z.object({
    name: z.string().regex(/^[-_\p{L}\p{N}]{1,32}$/u, 'must be 1–32 lowercase letters, digits, - or _'),
    description: z.string().min(1).max(100),
    options: z.array(z.object({ name: z.string(), type: z.number() }).passthrough()).max(25).optional(),
  }).passthrough(),
  execute: z.custom<Command['execute']>((v) => typeof v === 'function', 'must be a function'),
  autocomplete: z.custom<NonNullable<Command['autocomplete']>>((v) => typeof v === 'function', 'must be a function').optional(),
  defer: z.boolean().optional(),
  ephemeral: z.boolean().optional(),
  noCooldown: z.boolean().optional(),
});

/** A one-page reply with plain text (notices, errors, empty results). */
export function textReply(content: string, opts: { ephemeral?: boolean } = {}): Reply {
  return { pages: [{ content, embeds: [] }], ...(opts.ephemeral ? { ephemeral: true } : {}) };
}
