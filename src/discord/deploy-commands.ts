import { REST, Routes } from 'discord.js';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../config.ts';
import type { Command } from './command.ts';
import { loadCommands } from './load-commands.ts';

/** Registers the commands: to DISCORD_GUILD_ID when set (instant), else globally (propagates within an hour). */
export async function deployCommands(
  config: Config,
  commands: ReadonlyMap<string, Command>,
): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: clientId, DISCORD_GUILD_ID: guildId } = config;
  if (!token || !clientId) throw new Error('deploy-commands: DISCORD_TOKEN and DISCORD_CLIENT_ID must both be set');
  const rest = new REST({ version: '10', ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) }).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  const body = [...commands.values()].map((c) => c.data);
  const saved = (await rest.put(route, { body })) as Array<{ name: string }>;
  return { scope: guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const config = loadConfig();
    const result = await deployCommands(config, await loadCommands());
    console.log(`Registered ${result.names.length} commands ${result.scope === 'guild' ? `to guild ${config.DISCORD_GUILD_ID}` : 'globally'}: ${result.names.map((n) => `/${n}`).join(' ')}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
