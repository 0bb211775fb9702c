import { createCanvas } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartItem,
  LinearScale,
  type Plugin,
  SubTitle,
  Title,
} from 'chart.js';
import { CHART_FONT, registerChartFont } from './chart-font.ts';
import type { ConflictBar, ConflictChartData } from './conflict-chart.ts';
import type { TimelineChartData } from './timeline-chart.ts';

/** Size of a chart image: wide enough to read in a Discord embed, small enough to stay far below its upload limit. */
export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 400;

/**
 * Colours on an opaque light panel with a border: the chart reads the same on Discord's dark (#313338) and light
 * (#ffffff) themes, since it never relies on the theme behind it. Bar colours keep ≥ 3:1 contrast on the panel.
 */
export const CHART_THEME = {
  panel: '#ffffff',
  border: '#c4c9d0',
  text: '#1f2328',
  muted: '#57606a',
  grid: '#e4e7eb',
  bar: '#4c6ef5',
  busiest: '#c92a2a',
  range: '#2b8a3e',
  atLeast: '#d9480f',
  atMost: '#7048e8',
} as const;

const MARGIN = 6;

let registered = false;
function ensureRegistered(): void {
  if (registered) return;
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle);
  registerChartFont();
  registered = true;
}

const font = (size: number, weight: 'normal' | 'bold' = 'normal') => ({ family: CHART_FONT, size, weight });

/** Paints the panel (rounded, bordered) behind everything the chart draws. */
const panel: Plugin<'bar'> = {
  id: 'archivistPanel',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.clearRect(0, 0, width, height);
    ctx.beginPath();
    ctx.roundRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN, 12);
    ctx.fillStyle = CHART_THEME.panel;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = CHART_THEME.border;
    ctx.stroke();
    ctx.restore();
  },
};

function titleOptions(title: string, subtitle: string) {
  return {
    title: { display: true, text: title, color: CHART_THEME.text, font: font(17, 'bold'), padding: { top: 8, bottom: 2 } },
    subtitle: { display: true, text: subtitle, color: CHART_THEME.muted, font: font(12), padding: { bottom: 10 } },
    legend: { display: false },
    tooltip: { enabled: false },
  };
}

/** Draws a configured bar chart on a fresh canvas and encodes it as PNG. */
function drawPng(config: ChartConfiguration<'bar', Array<number | [number, number]>, string | string[]>, width: number, height: number): Uint8Array {
  ensureRegistered();
  const canvas = createCanvas(width, height);
  // Chart.js runs in Node on its basic platform: no DOM, no animation, no resizing; it draws at once.
  const chart = new Chart(canvas as unknown as ChartItem, config);
  try {
    return canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
}

/** The timeline chart as a PNG: one bar per month (quarter, year), the busiest in another colour with a label. */
export function renderTimelinePng(data: TimelineChartData): Uint8Array {
  const max = Math.max(1, ...data.buckets.map((b) => b.count));
  const counts = data.buckets.map((b) => b.count).filter((n) => n > 0);
  // Bars stand out only when they are a peak: when every dated month holds as many events, none is the busiest.
  const peaks = new Set(Math.min(...counts) < max ? data.buckets.flatMap((b, i) => (b.count === max ? [i] : [])) : []);
  const labels: Plugin<'bar'> = {
    id: 'archivistBusiest',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const bars = chart.getDatasetMeta(0).data;
      ctx.save();
      ctx.font = `600 12px "${CHART_FONT}"`;
      ctx.fillStyle = CHART_THEME.text;
      ctx.textBaseline = 'bottom';
      ctx.textAlign = 'center';
      // Labels keep off the bars as well as off each other.
      const placed: Array<{ left: number; right: number; top: number; bottom: number }> = bars.map((el) => {
        const { x, y, width, base } = el.getProps(['x', 'y', 'width', 'base'], true) as { x: number; y: number; width: number; base: number };
        return { left: x - width / 2, right: x + width / 2, top: Math.min(y, base), bottom: Math.max(y, base) };
      });
      const overlaps = (r: (typeof placed)[number]) => placed.some((p) => r.left < p.right + 4 && r.right > p.left - 4 && r.top < p.bottom && r.bottom > p.top);
      const box = (text: string, x: number, y: number) => {
        const w = ctx.measureText(text).width;
        const cx = Math.min(Math.max(x, chartArea.left + w / 2), chartArea.right - w / 2);
        return { text, x: cx, y, left: cx - w / 2, right: cx + w / 2, top: y - 14, bottom: y };
      };
      // The busiest bar is labelled first; a label that would overlap one already drawn shrinks to its count.
      const order = [...data.highlights].sort((a, b) => (data.buckets[b.index]?.count ?? 0) - (data.buckets[a.index]?.count ?? 0) || a.index - b.index);
      for (const h of order) {
        const bar = bars[h.index];
        const bucket = data.buckets[h.index];
        if (!bar || !bucket) continue;
        let r = box(h.text, bar.x, bar.y - 4);
        if (overlaps(r)) r = box(String(bucket.count), bar.x, bar.y - 4);
        for (let lift = 0; overlaps(r) && lift < 3; lift++) r = box(r.text, bar.x, r.y - 15);
        ctx.fillText(r.text, r.x, r.y);
        placed.push(r);
      }
      ctx.restore();
    },
  };
  return drawPng(
    {
      type: 'bar',
      data: {
        labels: data.buckets.map((b) => b.label),
        datasets: [
          {
            data: data.buckets.map((b) => b.count),
            backgroundColor: data.buckets.map((_, i) => (peaks.has(i) ? CHART_THEME.busiest : CHART_THEME.bar)),
            borderRadius: 3,
            maxBarThickness: 48,
          },
        ],
      },
      options: {
        responsive: false,
        animation: false,
        devicePixelRatio: 1,
        layout: { padding: { left: 14, right: 18, top: 4, bottom: 12 } },
        plugins: titleOptions(data.title, data.subtitle),
        scales: {
          x: { grid: { display: false }, ticks: { color: CHART_THEME.text, font: font(12), maxRotation: 45, autoSkip: true }, border: { color: CHART_THEME.border } },
          y: {
            beginAtZero: true,
            // Room above the tallest bar for its label (two lines when peaks are side by side).
            suggestedMax: max + Math.max(1, Math.ceil(max * 0.25)),
            ticks: { color: CHART_THEME.muted, font: font(11), precision: 0 },
            grid: { color: CHART_THEME.grid },
            border: { display: false },
            title: { display: true, text: 'events', color: CHART_THEME.muted, font: font(12) },
          },
        },
      },
      plugins: [panel, labels],
    },
    CHART_WIDTH,
    CHART_HEIGHT,
  );
}

const SHAPE_COLOUR: Record<ConflictBar['shape'], string> = {
  value: CHART_THEME.bar,
  range: CHART_THEME.range,
  'at-least': CHART_THEME.atLeast,
  'at-most': CHART_THEME.atMost,
};

const clipLabel = (s: string, max = 34) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * The conflict chart as a PNG: one horizontal bar per claim; a range floats between its bounds, an "at least"
 * claim ends in an arrow (the true number may be higher), an "at most" claim in a cap; the number as written follows.
 */
export function renderConflictPng(data: ConflictChartData): Uint8Array {
  const max = Math.max(1, ...data.bars.map((b) => b.high));
  const height = Math.min(1000, Math.max(CHART_HEIGHT, 140 + data.bars.length * 44));
  const marks: Plugin<'bar'> = {
    id: 'archivistClaims',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const elements = chart.getDatasetMeta(0).data;
      ctx.save();
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      data.bars.forEach((bar, i) => {
        const el = elements[i];
        if (!el) return;
        const colour = SHAPE_COLOUR[bar.shape];
        let end = el.x;
        ctx.strokeStyle = colour;
        ctx.fillStyle = colour;
        ctx.lineWidth = 2;
        if (bar.shape === 'at-least') {
          ctx.setLineDash([4, 3]);
          ctx.beginPath();
          ctx.moveTo(end, el.y);
          ctx.lineTo(end + 18, el.y);
          ctx.stroke();
          ctx.setLineDash([]);
          ctx.beginPath();
          ctx.moveTo(end + 26, el.y);
          ctx.lineTo(end + 17, el.y - 6);
          ctx.lineTo(end + 17, el.y + 6);
          ctx.closePath();
          ctx.fill();
          end += 26;
        } else if (bar.shape === 'at-most') {
          ctx.beginPath();
          ctx.moveTo(end + 1, el.y - 12);
          ctx.lineTo(end + 1, el.y + 12);
          ctx.stroke();
          end += 2;
        }
        ctx.font = `600 12px "${CHART_FONT}"`;
        ctx.fillStyle = CHART_THEME.text;
        ctx.fillText(bar.text, end + 6, el.y);
      });
      ctx.restore();
    },
  };
  return drawPng(
    {
      type: 'bar',
      data: {
        labels: data.bars.map((b) => [clipLabel(b.label[0]), clipLabel(b.label[1], 40)]),
        datasets: [
          {
            data: data.bars.map((b): [number, number] => [b.low, b.high]),
            backgroundColor: data.bars.map((b) => SHAPE_COLOUR[b.shape]),
            borderRadius: 3,
            borderSkipped: false,
            maxBarThickness: 30,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: false,
        animation: false,
        devicePixelRatio: 1,
        layout: { padding: { left: 14, right: 24, top: 4, bottom: 12 } },
        plugins: titleOptions(data.title, data.subtitle),
        scales: {
          // Room right of the longest bar for its arrow and its number as written.
          x: { beginAtZero: true, suggestedMax: max * 1.3, ticks: { color: CHART_THEME.muted, font: font(11) }, grid: { color: CHART_THEME.grid }, border: { display: false } },
          y: { grid: { display: false }, ticks: { color: CHART_THEME.text, font: font(12) }, border: { color: CHART_THEME.border } },
        },
      },
      plugins: [panel, marks],
    },
    CHART_WIDTH,
    height,
  );
}
