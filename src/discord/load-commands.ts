import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from '../runtime.ts';
import { type Command, commandSchema } from './command.ts';

/** Where the slash commands live: one file per command (from src/discord/, or from dist/ in the bundle). */
export const COMMANDS_DIR = resolve(import.meta.dirname, bundle ? '../commands' : '../../commands');

/** Whether a file of a commands folder is a command module (`*.ts`, `*.js`, `*.mjs`, not a declaration file). */
export function isCommandFile(name: string): boolean {
  return /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts');
}

/**
 * Imports every command file of `dir`, validates its default export as a {@link Command}
 * and returns them by name. A bad file stops start-up with a message naming it.
 * The bundle (scripts/bundle.ts) carries commands/ inside it: asked for that folder, it reads them from there.
 */
export async function loadCommands(dirs: string | string[] = COMMANDS_DIR): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  for (const dir of Array.isArray(dirs) ? dirs : [dirs]) {
    const modules =
      bundle && dir === COMMANDS_DIR
        ? (await import('archivist:commands')).default.map((c) => ({ path: join(dir, c.file), mod: c.module }))
        : await importFolder(dir);
    for (const { path, mod } of modules) {
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

async function importFolder(dir: string): Promise<Array<{ path: string; mod: { default?: unknown } }>> {
  const out: Array<{ path: string; mod: { default?: unknown } }> = [];
  for (const file of (await readdir(dir)).filter(isCommandFile).sort()) {
    const path = join(dir, file);
    out.push({ path, mod: (await import(pathToFileURL(path).href)) as { default?: unknown } });
  }
  return out;
}
