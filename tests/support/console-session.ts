import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import { startConsole } from '../../src/console.ts';
import type { CommandRunnerDeps } from '../../src/discord/command.ts';

/** Types the lines into the local console (default config) and returns everything it printed. */
export async function consoleSession(deps: Omit<CommandRunnerDeps, 'config'>, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c) => (printed += String(c)));
  const done = startConsole({ ...deps, config: loadConfig({}), input, output });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed;
}
