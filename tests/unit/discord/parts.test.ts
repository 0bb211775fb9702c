import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { matchRank, rankChoices } from '../../../src/discord/autocomplete.ts';
import { loadCommands } from '../../../src/discord/load-commands.ts';
import { createLogger } from '../../../src/discord/logger.ts';
import { pagerId, pagerRow, parsePagerId } from '../../../src/discord/pager.ts';
import { looksLikeQuestion, stripBotMention } from '../../../src/discord/questions.ts';
import { renderPageText } from '../../../src/discord/render-text.ts';
import { choiceProblems, payloadProblems } from '../../support/discord-limits.ts';
import { EXTRA_COMMANDS } from '../../support/discord-harness.ts';

const BAD_COMMANDS = new URL('../../fixtures/discord/commands-bad', import.meta.url).pathname;

describe('loading commands', () => {
  it('GIVEN a folder of command files THEN loads each by its name', async () => {
    const commands = await loadCommands(EXTRA_COMMANDS);
    expect([...commands.keys()].sort()).toEqual(['explode', 'long', 'slow']);
  });

  it('GIVEN a command file without execute THEN refuses it naming the file and the problem', async () => {
    await expect(loadCommands(BAD_COMMANDS)).rejects.toThrow(/broken\.ts is not a valid command: execute/);
  });

  it('GIVEN the same folder twice THEN refuses the duplicate names', async () => {
    await expect(loadCommands([EXTRA_COMMANDS, EXTRA_COMMANDS])).rejects.toThrow(/two commands are named \/explode/);
  });
});

describe('autocomplete ranking', () => {
  const people = [
    { name: 'Maria Duarte', value: 'maria-duarte' },
    { name: 'Duarte Silva', value: 'duarte-silva' },
    { name: 'Ana Duarte', value: 'ana-duarte' },
    { name: 'Duart', value: 'duart' },
    { name: 'Carlos Vidal', value: 'carlos-vidal' },
  ];

  it('GIVEN typed text THEN ranks exact before prefix before word prefix, then fuzzy', () => {
    expect(rankChoices('duart', people).map((c) => c.value)).toEqual(['duart', 'duarte-silva', 'maria-duarte', 'ana-duarte']);
  });

  it('GIVEN a typo THEN still finds the name', () => {
    expect(rankChoices('vidla', people).map((c) => c.value)).toEqual(['carlos-vidal']);
    expect(matchRank('xyz', 'Carlos Vidal')).toBeUndefined();
  });

  it('GIVEN many long candidates THEN at most 25 choices of 1–100 characters', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ name: `Rally ${i} ${'x'.repeat(150)}`, value: `event-${i}-${'y'.repeat(120)}` }));
    const choices = rankChoices('rally', many);
    expect(choices).toHaveLength(25);
    expect(choiceProblems(choices)).toEqual([]);
  });

  it('GIVEN a name typed without its accents THEN still matches it', () => {
    expect(rankChoices('michele', [{ name: 'Michèle Sarrazin', value: 'ms' }])).toEqual([{ name: 'Michèle Sarrazin', value: 'ms' }]);
  });

  it('GIVEN nothing typed yet THEN offers the first candidates in order', () => {
    expect(rankChoices('', people).map((c) => c.value)).toEqual(people.map((p) => p.value));
  });
});

describe('plain-language questions', () => {
  it('GIVEN a message mentioning the bot THEN the question is the rest of the text', () => {
    expect(stripBotMention('<@42> who spoke in Lisbon? <@!42>', '42')).toBe('who spoke in Lisbon?');
  });

  it('GIVEN channel chatter THEN only questions are taken', () => {
    expect(looksLikeQuestion('who spoke at the rally in Madrid')).toBe(true);
    expect(looksLikeQuestion('the march was big?')).toBe(true);
    expect(looksLikeQuestion('good morning everyone')).toBe(false);
    expect(looksLikeQuestion('ok')).toBe(false);
  });
});

describe('pager buttons', () => {
  it('GIVEN a key and page THEN the custom_id round-trips and stays within 100 characters', () => {
    const id = pagerId('AbC_12-xyz', 7);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parsePagerId(id)).toEqual({ key: 'AbC_12-xyz', page: 7 });
    expect(parsePagerId('other:thing')).toBeUndefined();
  });

  it('GIVEN the first, middle and last page THEN buttons are valid and disabled at the ends', () => {
    for (const [page, prevDisabled, nextDisabled] of [[0, true, false], [1, false, false], [2, false, true]] as const) {
      const rows = pagerRow('k', page, 3);
      expect(payloadProblems({ content: 'x', components: rows })).toEqual([]);
      const [prev, next] = rows[0]!.components;
      expect(prev!.disabled).toBe(prevDisabled);
      expect(next!.disabled).toBe(nextDisabled);
    }
    expect(pagerRow('k', 0, 1)).toEqual([]);
  });
});

describe('logging', () => {
  it('GIVEN the token in logged objects, headers and messages THEN it never reaches the log', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret.token-value';
    const lines: string[] = [];
    const sink = new Writable({ write: (c, _e, done) => { lines.push(String(c)); done(); } });
    const log = createLogger({ LOG_LEVEL: 'info', DISCORD_TOKEN: token }, sink);
    log.info({ config: { DISCORD_TOKEN: token }, headers: { authorization: `Bot ${token}` } }, 'start');
    log.error(`login failed with ${token}`);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain(token);
    expect(lines.join('')).toContain('[redacted]');
  });
});

describe('text rendering for the console', () => {
  it('GIVEN an embed page THEN prints title, text, fields and footer without Discord markup', () => {
    const text = renderPageText(
      { embeds: [{ title: 'Rally in Porto', description: '**Date:** May 1, 2020', fields: [{ name: '[1] Report', value: '> They marched.\n<https://example.org/a>' }], footer: { text: 'Archive v2 · page 1/2' } }] },
      { page: 0, count: 2 },
    );
    expect(text).toBe('== Rally in Porto ==\n\nDate: May 1, 2020\n\n[1] Report\n    > They marched.\n    https://example.org/a\n\n-- Archive v2 · page 1/2\n\n(type "more" for page 2 of 2)');
  });
});
