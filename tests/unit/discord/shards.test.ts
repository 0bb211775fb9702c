import { describe, expect, it } from 'vitest';
import { recommendedShardCount, restApiBase } from '../../../src/discord/shards.ts';
import { DiscordStandIn } from '../../support/discord-stand-in.ts';
import { formatUptime } from '../../../commands/stats.ts';

const TOKEN = 'stand-in-token.abcdefghijklmnopqrstuvwxyz';

describe('shard count and REST base', () => {
  it('GIVEN DISCORD_REST_PROXY THEN every REST request goes through the proxy, even the shard-count question', async () => {
    const proxy = await DiscordStandIn.start({ shards: 3 });
    try {
      const config = { DISCORD_TOKEN: TOKEN, DISCORD_REST_PROXY: proxy.apiUrl, DISCORD_API_URL: 'http://127.0.0.1:9/api' };
      expect(restApiBase(config)).toBe(proxy.apiUrl);
      expect(await recommendedShardCount(config)).toBe(3);
      expect(proxy.requestsTo('/gateway/bot')[0]?.authorization).toBe(`Bot ${TOKEN}`);
    } finally {
      await proxy.close();
    }
  });

  it('GIVEN Discord cannot be asked THEN start-up says so and how to start without asking', async () => {
    await expect(recommendedShardCount({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'http://127.0.0.1:9/api' })).rejects.toThrow(
      /^discord: cannot ask Discord how many shards to run \(.+\); set SHARDS to a number to start without asking$/,
    );
  });

  it('GIVEN uptimes THEN /stats shows them at a glance', () => {
    expect([40_000, 5 * 60_000, 2 * 3600_000 + 5 * 60_000, 3 * 86_400_000 + 4 * 3600_000].map(formatUptime)).toEqual(['40 s', '5 min', '2 h 5 min', '3 d 4 h']);
  });
});
