import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/** Family name charts draw their text in (Inter, registered from the @fontsource/inter package). */
export const CHART_FONT = 'Archivist Inter';

// Latin covers English and Western European names; latin-ext adds the letters of Polish, Turkish, Czech… place names.
const FILES = ['latin-400-normal', 'latin-ext-400-normal', 'latin-600-normal', 'latin-ext-600-normal'];

let registered = false;

/**
 * Registers the chart font once, from font files shipped inside an npm package, so that labels are drawn
 * on a machine without any system font (a clean CI runner, a slim container).
 */
export function registerChartFont(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of FILES) {
    const path = require.resolve(`@fontsource/inter/files/inter-${file}.woff2`);
    if (!GlobalFonts.registerFromPath(path, CHART_FONT)) throw new Error(`charts: could not register the font file ${path}`);
  }
  registered = true;
}
