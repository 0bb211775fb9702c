import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { APIApplicationCommandOption } from 'discord.js';
import type { Command, CommandInput, CommandRunnerDeps, OptionValue, ReplyFile, ReplyPage } from './discord/command.ts';
import { renderPageText } from './discord/render-text.ts';
import { recordQuestion } from './insights/insights.ts';

/** The console user is the operator: with `refresh` set, /refresh and /archive run for them. */
export interface ConsoleDeps extends CommandRunnerDeps {
  input: Readable;
  output: Writable;
}

export type ParsedLine =
  | { ok: true; command: Command; options: Record<string, OptionValue> }
  | { ok: false; reason: string };

const SUBCOMMAND = 1;
const TYPES: Record<number, 'string' | 'integer' | 'boolean' | 'number'> = { 3: 'string', 4: 'integer', 5: 'boolean', 10: 'number', 7: 'string', 6: 'string', 8: 'string', 9: 'string' };

/**
 * Reads a slash command typed as in Discord: `/ask question: who spoke at the rally? private: true`.
 * Without any `name:` the text goes to the first option (`/speaker Duarte`).
 */
export function parseSlashLine(line: string, commands: ReadonlyMap<string, Command>): ParsedLine {
  const m = /^\/([\w-]+)\s*(.*)$/s.exec(line.trim());
  if (!m) return { ok: false, reason: 'console: a command starts with "/", e.g. /help' };
  const command = commands.get(m[1]!.toLowerCase());
  if (!command) return { ok: false, reason: `console: unknown command /${m[1]}; try /help` };
  let rest = m[2]!.trim();
  const options: Record<string, OptionValue> = {};
  let defs: APIApplicationCommandOption[] = command.data.options ?? [];
  const subs = defs.filter((o) => o.type === SUBCOMMAND);
  if (subs.length > 0) {
    const [word = '', ...more] = rest.split(/\s+/);
    const sub = subs.find((s) => s.name === word.toLowerCase());
    if (!sub) return { ok: false, reason: `console: /${command.data.name} needs one of: ${subs.map((s) => s.name).join(', ')}` };
    options.subcommand = sub.name;
    defs = ('options' in sub ? sub.options : undefined) ?? [];
    rest = more.join(' ');
  }
  const names = defs.map((d) => d.name);
  const marker = names.length ? new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'gi') : undefined;
  const found = marker ? [...rest.matchAll(marker)] : [];
  const raw: Record<string, string> = {};
  if (found.length === 0) {
    if (rest && defs[0]) raw[defs[0].name] = rest;
    else if (rest) return { ok: false, reason: `console: /${command.data.name} takes no options` };
  }
  found.forEach((f, i) => {
    const end = found[i + 1]?.index ?? rest.length;
    raw[f[1]!.toLowerCase()] = rest.slice(f.index! + f[0].length, end).trim();
  });
  for (const def of defs) {
    const text = raw[def.name];
    if (text === undefined || text === '') {
      if ('required' in def && def.required) return { ok: false, reason: `console: /${command.data.name} needs ${def.name}: …` };
      continue;
    }
    const type = TYPES[def.type] ?? 'string';
    if (type === 'boolean') options[def.name] = /^(true|yes|1|on)$/i.test(text);
    else if (type === 'integer' || type === 'number') {
      const n = Number(text);
      if (!Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n))) return { ok: false, reason: `console: ${def.name} must be a number` };
      options[def.name] = n;
    } else options[def.name] = text;
  }
  return { ok: true, command, options };
}

/** Writes a page's files (charts) to `dir` (default: archivist-charts in the temp folder); returns their paths. */
export function writeReplyFiles(files: ReplyFile[], dir = join(tmpdir(), 'archivist-charts')): string[] {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return files.map((f) => {
    const path = join(dir, `${stamp}-${randomBytes(3).toString('hex')}-${f.name.replace(/[^\w.-]/g, '_')}`);
    writeFileSync(path, f.data);
    return path;
  });
}

/** The local console: the same commands and plain questions as in Discord, replies rendered as text. */
export async function startConsole(deps: ConsoleDeps): Promise<void> {
  const rl = createInterface({ input: deps.input, output: deps.output, terminal: false });
  const write = (s: string) => deps.output.write(`${s}\n`);
  const commandList = [...deps.commands.values()].map((c) => ({ name: c.data.name, description: c.data.description }));
  let last: { pages: ReplyPage[]; page: number } | undefined;

  const show = (pages: ReplyPage[], page: number) => {
    last = { pages, page };
    const current = pages[page];
    if (current) write(renderPageText(current, { page, count: pages.length }));
    if (!current?.files?.length) return;
    // A terminal cannot show a picture: the chart goes to a file and its path is printed; failing that, the text stands.
    try {
      for (const path of writeReplyFiles(current.files)) write(`chart: ${path}`);
    } catch (err) {
      write(`chart: could not be written (${(err as Error).message})`);
    }
  };

  const run = async (command: Command, options: Record<string, OptionValue>) => {
    const input: CommandInput = {
      options,
      user: { id: 'console', isModerator: true },
      channelId: 'console',
      // The console user is the operator: moderator commands work, scoped to a "console" server.
      guildId: 'console',
      archive: deps.holder.get(),
      stores: deps.stores,
      config: deps.config,
      commands: commandList,
      progress: async (text: string) => void write(text),
      ...(deps.refresh ? { refresh: deps.refresh } : {}),
    };
    const reply = await command.execute(input);
    show(reply.pages, 0);
    if (reply.answer) {
      // The console's questions feed /insights too (guild "console"); a store error never costs the answer.
      await recordQuestion(deps.stores, reply.answer, { guild: 'console', version: input.archive.version, keptDays: deps.config.INSIGHTS_DAYS }).catch(() => undefined);
    }
  };

  const state = deps.holder.get();
  write(`Archivist console — archive ${state.version} (${state.index.data.articles.length} articles). Type a question, a slash command such as /help, "more", or "exit".`);
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    if (/^(exit|quit)$/i.test(line)) break;
    try {
      if (/^(more|next)$/i.test(line)) {
        if (last && last.page < last.pages.length - 1) show(last.pages, last.page + 1);
        else write('Nothing more to show.');
      } else if (line.startsWith('/')) {
        const parsed = parseSlashLine(line, deps.commands);
        if (parsed.ok) await run(parsed.command, parsed.options);
        else write(parsed.reason);
      } else {
        const ask = deps.commands.get('ask');
        if (ask) await run(ask, { question: line });
        else write('console: no /ask command is loaded');
      }
    } catch (err) {
      write(`console: that failed: ${(err as Error).message}`);
    }
  }
  rl.close();
}
