import { resolve } from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeline } from '../../src/answer/lookups.ts';
import type { Command } from '../../src/discord/command.ts';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/load-commands.ts';
import { renderTimeline } from '../../src/discord/render-records.ts';
import { buildArchiveFromFolder } from '../../src/engine.ts';
import { type Harness, startHarness } from '../support/discord-harness.ts';
import type { RecordedFile, RecordedRequest } from '../support/discord-stand-in.ts';

/** Events in January (two), March (two) and May 2021, and two reports disagreeing on how many were killed in January. */
const CHARTS_ARCHIVE = resolve(import.meta.dirname, '../fixtures/discord/charts-archive');
const STRING = 3;
const SAFE_ATTACHMENT_BYTES = 8 * 1024 * 1024;

let h: Harness;
let userCounter = 0;

/** A two-page reply whose first page carries the timeline chart: the pager must drop it on page 2 and upload it again on page 1. */
const pagedChart: Command = {
  data: { name: 'pagedchart', description: 'A paged timeline with a chart (test only)' },
  execute({ archive }) {
    const [first] = renderTimeline(timeline(archive.index, {}), archive.version, {}).pages;
    return { pages: [first!, { embeds: [{ title: 'Second page', description: 'No chart here.' }] }] };
  },
};

/** Runs a slash command; returns the request that carried what the user finally sees (the callback, or the edit after a deferral). */
async function run(name: string, options: Array<{ name: string; type: number; value?: unknown }> = []): Promise<{ request: RecordedRequest; body: any }> {
  const user = h.standIn.user(String(910000000000000000n + BigInt(++userCounter)), `charts${userCounter}`);
  const { id, token } = h.standIn.slashCommand(name, options, { user });
  const callback = await h.standIn.nthRequest(`/interactions/${id}/${token}/callback`);
  expect(callback.status).toBeLessThan(300);
  if (callback.body.type === 5) {
    const edit = await h.standIn.nthRequest(`/webhooks/${h.standIn.appId}/${token}/messages/@original`);
    expect(edit.problems).toEqual([]);
    return { request: edit, body: edit.body };
  }
  expect(callback.problems).toEqual([]);
  return { request: callback, body: callback.body.data };
}

/** The uploaded file and the alt text the payload gives it. */
function attachment(request: RecordedRequest, body: any, name: string): { file: RecordedFile; description: string } {
  const file = request.files.find((f) => f.name === name);
  expect(file, `${name} uploaded`).toBeDefined();
  const index = /^files\[(\d+)\]$/.exec(file!.field)?.[1];
  const described = (body.attachments ?? []).find((a: any) => String(a.id) === index);
  return { file: file!, description: described?.description ?? '' };
}

async function expectPng(file: RecordedFile): Promise<void> {
  expect(file.contentType).toBe('image/png');
  expect(file.size).toBe(file.bytes.byteLength);
  expect(file.size).toBeLessThan(SAFE_ATTACHMENT_BYTES);
  const image = await loadImage(Buffer.from(file.bytes));
  expect(image.width).toBe(800);
  expect(image.height).toBeGreaterThanOrEqual(400);
}

beforeAll(async () => {
  const { index } = await buildArchiveFromFolder(CHARTS_ARCHIVE);
  const commands = await loadCommands(COMMANDS_DIR);
  commands.set(pagedChart.data.name, pagedChart);
  h = await startHarness({ index, commands, deferAfterMs: 150 });
});
afterAll(async () => {
  await h?.close();
});

describe('charts through Discord', () => {
  it('GIVEN /timeline over several months THEN timeline.png arrives as an attachment with alt text, shown in the embed of the list', async () => {
    const { request, body } = await run('timeline');
    const { file, description } = attachment(request, body, 'timeline.png');
    await expectPng(file);
    const embed = body.embeds[0];
    expect(embed.image.url).toBe('attachment://timeline.png');
    expect(description).toContain('Events per month, Jan 2021 – May 2021');
    expect(description).toContain('Busiest: Jan 2021 (2 events), Mar 2021 (2 events)');
    expect(description.length).toBeLessThanOrEqual(1024);
    // The list is still there, oldest first.
    expect(embed.fields.map((f: any) => f.name)[0]).toContain('January');
  });

  it('GIVEN /figure on a measure whose figures disagree THEN conflict.png arrives beside the attributed figures', async () => {
    const { request, body } = await run('figure', [{ name: 'measure', type: STRING, value: 'killed' }]);
    const { file, description } = attachment(request, body, 'conflict.png');
    await expectPng(file);
    expect(body.embeds[0].image.url).toBe('attachment://conflict.png');
    expect(description).toContain('Iran Rights Watch');
    expect(description).toContain("Committee of Victims' Families");
    expect(body.embeds[0].fields.some((f: any) => f.value.includes('according to Iran Rights Watch'))).toBe(true);
  });

  it('GIVEN /figure on a measure without a disagreement THEN no chart is attached', async () => {
    const { request, body } = await run('figure', [{ name: 'measure', type: STRING, value: 'attendance' }]);
    expect(request.files).toEqual([]);
    expect(body.embeds[0].image).toBeUndefined();
  });

  it('GIVEN /timeline for a period without events THEN no chart is attached', async () => {
    const { request, body } = await run('timeline', [{ name: 'from', type: STRING, value: '2030' }]);
    expect(request.files).toEqual([]);
    expect(body.embeds[0].image).toBeUndefined();
  });

  it('GIVEN a paged reply with a chart on page 1 WHEN paging to page 2 and back THEN the chart is dropped, then uploaded again', async () => {
    const { request, body } = await run('pagedchart');
    expect(attachment(request, body, 'timeline.png').file.size).toBeGreaterThan(0);
    const more = body.components[0].components[1];
    const next = h.standIn.pressButton(more.custom_id, body);
    const second = await h.standIn.nthRequest(`/interactions/${next.id}/${next.token}/callback`);
    expect(second.problems).toEqual([]);
    expect(second.body.type).toBe(7);
    expect(second.files).toEqual([]);
    expect(second.body.data.attachments).toEqual([]);
    expect(second.body.data.embeds[0].title).toBe('Second page');
    const previous = second.body.data.components[0].components[0];
    const back = h.standIn.pressButton(previous.custom_id, second.body.data);
    const first = await h.standIn.nthRequest(`/interactions/${back.id}/${back.token}/callback`);
    expect(first.problems).toEqual([]);
    const again = attachment(first, first.body.data, 'timeline.png');
    await expectPng(again.file);
    expect(Buffer.from(again.file.bytes).equals(Buffer.from(attachment(request, body, 'timeline.png').file.bytes))).toBe(true);
    expect(first.body.data.embeds[0].image.url).toBe('attachment://timeline.png');
  });
});
