import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Command, commandSchema } from './command.ts';

/** Where the slash commands live: one file per command. */
export const COMMANDS_DIR = resolve(import.meta.dirname, '../../commands');

/**
 * Imports every `*.ts` / `*.js` file of `dir`, validates its default export as a {@link Command}
 * and returns them by name. A bad file stops start-up with a message naming it.
 */
export async function loadCommands(dirs: string | string[] = COMMANDS_DIR): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  for (const dir of Array.isArray(dirs) ? dirs : [dirs]) {
    const files = (await readdir(dir)).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort();
    for (const file of files) {
      const path = join(dir, file);
      const mod: { default?: unknown } = await import(pathToFileURL(path).href);
      const parsed = commandSchema.safeParse(mod.default);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'default export'}: ${i.message}`).join('; ');
        throw new Error(`discord: ${path} is not a valid command: ${problems}`);
      }
      const command = mod.default as Command;
      const existing = commands.get(command.data.name);
      if (existing) throw new Error(`discord: two commands are named /${command.data.name} (second in ${path})`);
      commands.set(command.data.name, command);
    }
  }
  return commands;
}
