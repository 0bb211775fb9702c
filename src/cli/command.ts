import type { ParseArgsConfig } from 'node:util';

/** Where a command writes: stdout carries only the output, stderr the logs and errors. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** The parsed arguments a command receives. */
export interface CliArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** One subcommand of the CLI: adding a command is one object like this plus one entry in the table in `src/cli.ts`. */
export interface CliCommand {
  name: string;
  /** One line for the help text. */
  summary: string;
  /** The argument synopsis, e.g. `[--archive DIR] [--json] "question"`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the process exit code. */
  run(args: CliArgs, io: CliIo): Promise<number>;
}

/** Exit code for a usage error (unknown command, missing argument, missing folder). */
export const EXIT_USAGE = 2;

/** A usage error: printed on stderr as one line, exit code 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** The shared `--archive DIR` option. */
export const ARCHIVE_OPTION = { archive: { type: 'string' } } as const;
