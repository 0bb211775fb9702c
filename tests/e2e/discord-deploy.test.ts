import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/load-commands.ts';
import { DiscordStandIn } from '../support/discord-stand-in.ts';
import { TEST_TOKEN } from '../support/discord-harness.ts';

describe('npm run deploy-commands', () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterAll(async () => {
    await standIn?.close();
  });

  const env = () => ({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: standIn.appId, DISCORD_API_URL: standIn.apiUrl });

  it('GIVEN DISCORD_GUILD_ID THEN registers every command to that guild', async () => {
    const commands = await loadCommands(COMMANDS_DIR);
    const result = await deployCommands(loadConfig({ ...env(), DISCORD_GUILD_ID: standIn.guildId }), commands);
    expect(result.scope).toBe('guild');
    const put = standIn.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${standIn.appId}/guilds/${standIn.guildId}/commands`);
    expect(put?.authorization).toBe(`Bot ${TEST_TOKEN}`);
    const names = (put?.body as Array<{ name: string }>).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['ask', 'event', 'speaker', 'figure', 'quote', 'timeline', 'source', 'help', 'stats', 'config']));
    const config = (put?.body as Array<{ name: string; default_member_permissions?: string }>).find((c) => c.name === 'config');
    expect(config?.default_member_permissions).toBe('32');
  });

  it('GIVEN no guild THEN registers globally', async () => {
    const result = await deployCommands(loadConfig(env()), await loadCommands(COMMANDS_DIR));
    expect(result.scope).toBe('global');
    expect(standIn.registered.get('global')?.length).toBe(result.names.length);
  });

  it('GIVEN no client id THEN refuses, naming what is missing', async () => {
    await expect(deployCommands(loadConfig({ DISCORD_TOKEN: TEST_TOKEN }), new Map())).rejects.toThrow('deploy-commands: DISCORD_TOKEN and DISCORD_CLIENT_ID must both be set');
  });
});
