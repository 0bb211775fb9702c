import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  CHART_FONT,
  CHART_HEIGHT,
  CHART_THEME,
  CHART_WIDTH,
  conflictChartData,
  registerChartFont,
  renderConflictPng,
  renderTimelinePng,
  timelineChartData,
} from '../../../src/charts/index.ts';
import type { EventRecord, Figure, FuzzyDate } from '../../../src/domain/types.ts';

/** Kept under Discord's 10 MiB upload limit with room to spare (servers without boosts). */
const SAFE_ATTACHMENT_BYTES = 8 * 1024 * 1024;
const DISCORD_DARK = '#313338';
const DISCORD_LIGHT = '#ffffff';

const day = (y: number, m: number, d: number): FuzzyDate => ({
  year: y,
  month: m,
  day: d,
  precision: 'day',
  yearStated: true,
  iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  source: 'text',
  text: 'a day',
});
const event = (i: number, date: FuzzyDate): EventRecord => ({ id: `e${i}`, kind: 'rally', label: `Rally number ${i}`, date, organisers: [], speakers: [], sources: [] });
const figure = (i: number, text: string, numbers: Partial<Figure>, claimant: string, date: FuzzyDate): Figure => ({
  id: `f${i}`,
  text,
  qualifier: 'exact',
  measure: 'killed',
  counted: 'protesters',
  claimant,
  asOf: date,
  source: { articleId: 'a', sentence: 0, start: 0, end: 1 },
  ...numbers,
});

const EVENTS = [
  event(1, day(2021, 1, 16)),
  event(2, day(2021, 3, 6)),
  event(3, day(2021, 3, 20)),
  event(4, day(2021, 3, 27)),
  event(5, day(2021, 5, 22)),
  event(6, day(2021, 6, 19)),
];
const CLAIMS = [
  figure(1, '85', { value: 85 }, "Committee of Victims' Families", day(2021, 3, 20)),
  figure(2, 'at least 120', { value: 120, lower: 120, qualifier: 'at-least' }, 'Iran Rights Watch', day(2021, 3, 6)),
  figure(3, 'between 90 and 140', { lower: 90, upper: 140 }, 'Harbour Gazette', day(2021, 2, 2)),
];

interface Decoded {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Uint8ClampedArray;
}

/** Decodes a PNG the way a viewer would: load it, draw it on `background`, read the pixels back. */
async function decodePng(bytes: Uint8Array, background?: string): Promise<Decoded> {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, image.width, image.height);
  }
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, pixels: ctx.getImageData(0, 0, image.width, image.height).data };
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
const rgbAt = (d: Decoded, x: number, y: number) => Array.from(d.pixels.subarray((y * d.width + x) * 4, (y * d.width + x) * 4 + 4));

/** Share of pixels in a box that differ from the panel colour, and how many distinct colours the box holds. */
function ink(d: Decoded, box: { x0: number; y0: number; x1: number; y1: number }): { share: number; colours: number } {
  const [pr, pg, pb] = hex(CHART_THEME.panel);
  let marked = 0;
  let total = 0;
  const colours = new Set<number>();
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * d.width + x) * 4;
      const [r, g, b] = [d.pixels[i]!, d.pixels[i + 1]!, d.pixels[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (Math.abs(r - pr) + Math.abs(g - pg) + Math.abs(b - pb) > 24) marked++;
      total++;
    }
  }
  return { share: marked / total, colours: colours.size };
}

function countColour(d: Decoded, colour: string): number {
  const [cr, cg, cb] = hex(colour);
  let n = 0;
  for (let i = 0; i < d.pixels.length; i += 4) if (Math.abs(d.pixels[i]! - cr) + Math.abs(d.pixels[i + 1]! - cg) + Math.abs(d.pixels[i + 2]! - cb) < 6) n++;
  return n;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = hex(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('chart font', () => {
  it('GIVEN the font shipped in @fontsource/inter THEN it is registered and text drawn in it has ink and its own widths', () => {
    registerChartFont();
    expect(GlobalFonts.has(CHART_FONT)).toBe(true);
    const canvas = createCanvas(400, 60);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#000000';
    ctx.font = `24px "${CHART_FONT}"`;
    ctx.fillText('Events per month, Ghent · Łódź', 4, 40);
    const width = ctx.measureText('Events per month').width;
    const alpha = ctx.getImageData(0, 0, 400, 60).data.filter((_, i) => i % 4 === 3 && _ > 0).length;
    expect(alpha).toBeGreaterThan(500);
    // A family nobody registered falls back to a system font (or to nothing on a machine without fonts): other widths.
    ctx.font = '24px "No Such Family Anywhere"';
    expect(ctx.measureText('Events per month').width).not.toBeCloseTo(width, 1);
  });
});

describe('timeline chart PNG', () => {
  it('GIVEN events over several months THEN the PNG decodes at the rendered size, is drawn, and is far below the upload limit', async () => {
    const png = renderTimelinePng(timelineChartData(EVENTS, {}));
    expect(png.byteLength).toBeGreaterThan(5_000);
    expect(png.byteLength).toBeLessThan(SAFE_ATTACHMENT_BYTES);
    const d = await decodePng(png);
    expect([d.width, d.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const plot = ink(d, { x0: 60, y0: 60, x1: d.width - 20, y1: d.height - 40 });
    expect(plot.share).toBeGreaterThan(0.03);
    expect(plot.colours).toBeGreaterThan(20);
    // The bars (the busiest in its own colour) and the title text are there.
    expect(countColour(d, CHART_THEME.bar)).toBeGreaterThan(1_000);
    expect(countColour(d, CHART_THEME.busiest)).toBeGreaterThan(1_000);
    expect(ink(d, { x0: 200, y0: 8, x1: 600, y1: 32 }).share).toBeGreaterThan(0.05);
  });

  it('GIVEN three years of events, 300 of them THEN the PNG stays the same size and within the limit', async () => {
    const many = Array.from({ length: 300 }, (_, i) => event(i, day(2019 + (i % 3), (i % 12) + 1, (i % 28) + 1)));
    const png = renderTimelinePng(timelineChartData(many, {}));
    expect(png.byteLength).toBeLessThan(SAFE_ATTACHMENT_BYTES);
    const d = await decodePng(png);
    expect([d.width, d.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
  });

  it("GIVEN Discord's dark and light themes THEN the chart inside its border is the same on both, on an opaque panel", async () => {
    const png = renderTimelinePng(timelineChartData(EVENTS, {}));
    const dark = await decodePng(png, DISCORD_DARK);
    const light = await decodePng(png, DISCORD_LIGHT);
    for (const [x, y] of [[20, 20], [400, 200], [780, 380], [100, 350]] as const) {
      expect(rgbAt(dark, x, y)).toEqual(rgbAt(light, x, y));
      expect(rgbAt(dark, x, y)[3]).toBe(255);
    }
    expect(contrast(CHART_THEME.text, CHART_THEME.panel)).toBeGreaterThanOrEqual(7);
    expect(contrast(CHART_THEME.muted, CHART_THEME.panel)).toBeGreaterThanOrEqual(4.5);
    for (const c of [CHART_THEME.bar, CHART_THEME.busiest, CHART_THEME.range, CHART_THEME.atLeast, CHART_THEME.atMost]) expect(contrast(c, CHART_THEME.panel)).toBeGreaterThanOrEqual(3);
    // The border sets the panel apart on the light theme, whose background is as white as the panel.
    expect(contrast(CHART_THEME.border, DISCORD_LIGHT)).toBeGreaterThan(1.4);
  });
});

describe('conflict chart PNG', () => {
  it('GIVEN disagreeing figures THEN the PNG decodes at the rendered size with one coloured bar per shape of claim', async () => {
    const png = renderConflictPng(conflictChartData({ measure: 'killed', scope: 'the January protests', figures: CLAIMS }));
    expect(png.byteLength).toBeLessThan(SAFE_ATTACHMENT_BYTES);
    const d = await decodePng(png);
    expect([d.width, d.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const plot = ink(d, { x0: 200, y0: 60, x1: d.width - 20, y1: d.height - 40 });
    expect(plot.share).toBeGreaterThan(0.05);
    expect(plot.colours).toBeGreaterThan(20);
    for (const c of [CHART_THEME.bar, CHART_THEME.range, CHART_THEME.atLeast]) expect(countColour(d, c)).toBeGreaterThan(1_000);
    // Claimant labels are drawn left of the bars.
    expect(ink(d, { x0: 10, y0: 60, x1: 200, y1: d.height - 40 }).share).toBeGreaterThan(0.01);
  });

  it('GIVEN many claims THEN the chart grows taller to keep one readable row per claim, within the limit', async () => {
    const many = Array.from({ length: 14 }, (_, i) => figure(i, String(100 + i * 10), { value: 100 + i * 10 }, `Claimant ${i}`, day(2021, 1 + (i % 12), 1)));
    const png = renderConflictPng(conflictChartData({ measure: 'killed', figures: many }));
    const d = await decodePng(png);
    expect(d.width).toBe(CHART_WIDTH);
    expect(d.height).toBeGreaterThan(CHART_HEIGHT);
    expect(png.byteLength).toBeLessThan(SAFE_ATTACHMENT_BYTES);
  });
});
