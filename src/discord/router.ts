import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type Message,
  type MessageMentionOptions,
  ApplicationCommandOptionType,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { recordQuestion } from '../insights/insights.ts';
import type { AnswerRecord, Attachment, CommandInput, CommandRunnerDeps, OptionValue, Reply, ReplyPage } from './command.ts';
import { applyFeedback, feedbackRow, isFeedbackRow, keepAnswer, parseFeedbackId } from './feedback.ts';
import { LIMITS } from './limits.ts';
import { loadPage, pagerRow, parsePagerId, savePages } from './pager.ts';
import { looksLikeQuestion, stripBotMention } from './questions.ts';
import { StoreUnavailableError } from './stores.ts';

/** Nobody is ever pinged by the bot: not by article text, not by echoed questions. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** Settings scope per guild; key of the channel where plain questions are answered. */
export const guildScope = (guildId: string) => `guild:${guildId}`;
export const QUESTION_CHANNEL_KEY = 'questionChannel';

export interface RouterDeps extends CommandRunnerDeps {
  log: Logger;
  /** Defer a reply when the command has not answered after this long (Discord allows 3 s). */
  deferAfterMs: number;
}

const ERROR_TEXT = 'Sorry, something went wrong while answering. It has been logged; please try again.';

/** Routes interactions and messages to commands; the one place errors are caught, logged and answered privately. */
export function createRouter(deps: RouterDeps) {
  const commandList = [...deps.commands.values()].map((c) => ({ name: c.data.name, description: c.data.description }));

  function baseInput(userId: string, isModerator: boolean, channelId: string, guildId: string | null, options: Record<string, OptionValue>): CommandInput {
    return {
      options,
      user: { id: userId, isModerator },
      channelId,
      ...(guildId ? { guildId } : {}),
      archive: deps.holder.get(),
      stores: deps.stores,
      config: deps.config,
      commands: commandList,
      ...(deps.refresh ? { refresh: deps.refresh } : {}),
      ...(deps.shards ? { shards: deps.shards } : {}),
    };
  }

  async function cooldown(userId: string, key: string): Promise<string | undefined> {
    if (deps.config.COOLDOWN_SECONDS <= 0) return undefined;
    const hit = await deps.stores.cooldowns.hit(userId, key, deps.config.COOLDOWN_SECONDS);
    if (hit.ok) return undefined;
    const seconds = Math.max(1, Math.ceil((hit.retryAt - Date.now()) / 1000));
    return `You're asking faster than I can look things up: try again in ${seconds} s (<t:${Math.ceil(hit.retryAt / 1000)}:R>).`;
  }

  async function paged(reply: Reply, guildId?: string | null): Promise<ReturnType<typeof messagePayload>> {
    // With the store down, the first page is still shown; only the buttons to the others are left off.
    const key = reply.pages.length > 1 ? await savePages(deps.stores, reply.pages).catch(() => undefined) : undefined;
    const feedback = reply.answer ? await noteAnswer(reply.answer, guildId ?? null) : [];
    return messagePayload(reply.pages[0] ?? { content: 'Nothing to show.', embeds: [] }, [...(key ? pagerRow(key, 0, reply.pages.length) : []), ...feedback]);
  }

  /** Logs an answered question for /insights and keeps the answer for its feedback buttons (none while the store is down). */
  async function noteAnswer(answer: AnswerRecord, guildId: string | null): Promise<ReturnType<typeof feedbackRow>> {
    const where = { guild: guildId ?? 'dm', version: deps.holder.get().version };
    const [key] = await Promise.all([
      keepAnswer(deps.stores, deps.config, answer, where).catch(() => undefined),
      recordQuestion(deps.stores, answer, { ...where, keptDays: deps.config.INSIGHTS_DAYS }).catch(() => undefined),
    ]);
    return key ? feedbackRow(key) : [];
  }

  async function onChatInput(i: ChatInputCommandInteraction): Promise<void> {
    const command = deps.commands.get(i.commandName);
    if (!command) {
      await i.reply({ content: `Unknown command /${i.commandName}.`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    if (!command.noCooldown) {
      const wait = await cooldown(i.user.id, `cmd:${i.commandName}`);
      if (wait) {
        await i.reply({ content: wait, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        return;
      }
    }
    const options = flattenOptions(i.options.data);
    const ephemeral = command.ephemeral === true || options.private === true;
    const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
    const input: CommandInput = {
      ...baseInput(i.user.id, isModerator(i, deps.config), i.channelId, i.guildId, options),
      attachments: attachmentsOf(i.options.data),
      progress: async (text: string) => {
        if (i.deferred && !i.replied) await i.editReply({ content: text.slice(0, LIMITS.content), allowedMentions: NO_MENTIONS });
      },
    };

    const started = Date.now();
    if (command.defer) await i.deferReply(flags ? { flags } : {});
    const work = Promise.resolve().then(() => command.execute(input));
    if (!i.deferred) {
      let timer: NodeJS.Timeout | undefined;
      const slow = await Promise.race([
        work.then(() => false, () => false),
        new Promise<boolean>((r) => { timer = setTimeout(() => r(true), deps.deferAfterMs); }),
      ]);
      clearTimeout(timer);
      if (slow) await i.deferReply(flags ? { flags } : {});
    }
    const reply = await work;
    const payload = await paged(reply, i.guildId);
    if (i.deferred) await i.editReply(payload);
    else await i.reply({ ...payload, ...(ephemeral || reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
    deps.log.info({ command: i.commandName, ms: Date.now() - started, deferred: i.deferred, pages: reply.pages.length }, 'discord: command answered');
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const command = deps.commands.get(i.commandName);
    const focused = i.options.getFocused(true);
    let choices: Array<{ name: string; value: string }> = [];
    try {
      choices = command?.autocomplete
        ? await command.autocomplete({
            focused: { name: focused.name, value: String(focused.value) },
            options: flattenOptions(i.options.data),
            archive: deps.holder.get(),
          })
        : [];
    } catch (err) {
      // Autocomplete cannot show an error message: log it and offer nothing.
      deps.log.error({ err, command: i.commandName }, 'discord: autocomplete failed');
    }
    await i.respond(choices.slice(0, LIMITS.choices));
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    const vote = parseFeedbackId(i.customId);
    if (vote) {
      const out = await applyFeedback(deps.stores, deps.config, vote, i.user.id);
      if (out.update) await i.update({ content: out.content, embeds: [], components: out.components, allowedMentions: NO_MENTIONS });
      else await i.reply({ content: out.content, components: out.components, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    const pager = parsePagerId(i.customId);
    const found = pager ? await loadPage(deps.stores, pager.key, pager.page) : undefined;
    if (!pager || !found) {
      await i.reply({ content: 'These results are no longer available: run the command again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    // The answer's Helpful / Not right buttons stay under every page.
    const feedback = i.message.components.map((row) => row.toJSON()).filter((row) => isFeedbackRow(row as { components?: Array<{ custom_id?: string }> }));
    await i.update(messagePayload(found.page, [...pagerRow(pager.key, pager.page, found.count), ...(feedback as ReturnType<typeof pagerRow>)]));
  }

  /** Handles one interaction; never throws. */
  async function handleInteraction(i: Interaction): Promise<void> {
    try {
      if (i.isChatInputCommand()) await onChatInput(i);
      else if (i.isAutocomplete()) await onAutocomplete(i);
      else if (i.isButton()) await onButton(i);
    } catch (err) {
      deps.log.error({ err, interaction: i.id, command: i.isCommand() ? i.commandName : undefined }, 'discord: interaction failed');
      if (!i.isRepliable()) return;
      try {
        const notice = { content: err instanceof StoreUnavailableError ? err.message : ERROR_TEXT, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
        if (i.replied || i.deferred) await i.followUp(notice);
        else await i.reply(notice);
      } catch (replyErr) {
        deps.log.error({ err: replyErr, interaction: i.id }, 'discord: could not send the error reply');
      }
    }
  }

  /** Answers plain-language questions: DMs, mentions of the bot, and (with MessageContent) the configured channel. */
  async function handleMessage(m: Message): Promise<void> {
    if (m.author.bot || m.system || !m.client.user) return;
    const botId = m.client.user.id;
    try {
      let question: string;
      if (!m.inGuild() || m.mentions.users.has(botId) || m.content.includes(`<@${botId}>`) || m.content.includes(`<@!${botId}>`)) {
        question = stripBotMention(m.content, botId);
      } else {
        if (!deps.config.DISCORD_MESSAGE_CONTENT) return;
        const channel = await deps.stores.settings.get<string>(guildScope(m.guildId), QUESTION_CHANNEL_KEY);
        if (channel !== m.channelId || !looksLikeQuestion(m.content)) return;
        question = m.content.trim();
      }
      const ask = deps.commands.get('ask');
      if (!ask) return;
      if (!question) {
        await m.reply({ content: 'Ask me about the archive, for example: "who spoke at the rally?" — or type /help.', allowedMentions: NO_MENTIONS });
        return;
      }
      const wait = await cooldown(m.author.id, 'question');
      if (wait) {
        await m.reply({ content: wait, allowedMentions: NO_MENTIONS });
        return;
      }
      const reply = await ask.execute(baseInput(m.author.id, false, m.channelId, m.guildId, { question }));
      await m.reply(await paged(reply, m.guildId));
    } catch (err) {
      deps.log.error({ err, message: m.id }, 'discord: message handling failed');
      try {
        await m.reply({ content: ERROR_TEXT, allowedMentions: NO_MENTIONS });
      } catch (replyErr) {
        deps.log.error({ err: replyErr, message: m.id }, 'discord: could not send the error reply');
      }
    }
  }

  return { handleInteraction, handleMessage };
}

/**
 * A reply page as a Discord message body, clipped to the message limits, with mentions disabled. Its files (charts)
 * are attached with their alt text; `attachments: []` drops the files of the page it replaces, as a pager
 * button edits the message in place and Discord would otherwise keep the old chart under the new page.
 */
export function messagePayload(page: ReplyPage, components: ReturnType<typeof pagerRow>) {
  const content = page.content && page.content.length > LIMITS.content ? `${page.content.slice(0, LIMITS.content - 1)}…` : page.content;
  return {
    ...(content ? { content } : {}),
    embeds: page.embeds.slice(0, LIMITS.embedsPerMessage),
    components,
    allowedMentions: NO_MENTIONS,
    files: (page.files ?? []).map((f) => ({ attachment: Buffer.from(f.data), name: f.name, description: f.description })),
    attachments: [],
  };
}

function flattenOptions(data: readonly CommandInteractionOption[], out: Record<string, OptionValue> = {}): Record<string, OptionValue> {
  for (const o of data) {
    if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
      out.subcommand = o.name;
      flattenOptions(o.options ?? [], out);
    } else if (o.value !== undefined && o.value !== null) {
      out[o.name] = o.value;
    }
  }
  return out;
}

function attachmentsOf(data: readonly CommandInteractionOption[], out: Record<string, Attachment> = {}): Record<string, Attachment> {
  for (const o of data) {
    if (o.options) attachmentsOf(o.options, out);
    const a = o.attachment;
    if (a) {
      out[o.name] = { url: a.url, name: a.name, size: a.size, ...(a.contentType ? { contentType: a.contentType } : {}) };
    }
  }
  return out;
}

function isModerator(i: ChatInputCommandInteraction, config: Config): boolean {
  if (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roleId = config.MODERATOR_ROLE_ID;
  if (!roleId || !i.member) return false;
  const roles = i.member.roles;
  return Array.isArray(roles) ? roles.includes(roleId) : roles.cache.has(roleId);
}
