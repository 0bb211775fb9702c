import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CliUsageError, EXIT_USAGE, type CliCommand, type CliIo } from './cli/command.ts';
import { askCommand } from './cli/ask-command.ts';
import { indexCommand } from './cli/index-command.ts';
import { dumpCommand } from './cli/dump-command.ts';
import { insightsCommand } from './cli/insights-command.ts';
import { refreshCliCommand } from './cli/refresh-command.ts';

/** The subcommands; adding one is one entry here. */
export const COMMANDS: readonly CliCommand[] = [askCommand, indexCommand, dumpCommand, refreshCliCommand, insightsCommand];

/** The help text listing every subcommand. */
export function usage(commands: readonly CliCommand[] = COMMANDS): string {
  return ['usage: npm run --silent cli -- <command> [options]', '', ...commands.map((c) => `  ${c.name} ${c.usage}\n      ${c.summary}`)].join('\n');
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    (name ? io.out : io.err)(usage(commands));
    return name ? 0 : EXIT_USAGE;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`cli: unknown command "${name}"\n\n${usage(commands)}`);
    return EXIT_USAGE;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new CliUsageError(`cli: ${name}: ${(err as Error).message}`);
    }
    return await command.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }, io);
  } catch (err) {
    if (err instanceof CliUsageError) {
      io.err(`${err.message}\nusage: npm run --silent cli -- ${command.name} ${command.usage}`);
      return EXIT_USAGE;
    }
    // Not a usage error: a bug or an unreadable archive; the stack goes to stderr for the report.
    io.err(`cli: ${name} failed: ${(err as Error).message}\n${(err as Error).stack ?? ''}`);
    return 1;
  }
}

const stdio: CliIo = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2), stdio).then((code) => {
    process.exitCode = code;
  });
}
