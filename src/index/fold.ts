/** Lowercases, strips accents and turns hyphens/apostrophes into spaces: "Jean-Pierre Béranger" → "jean pierre beranger". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐‑‒–—-]/g, ' ')
    .replace(/[’‘'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL-safe slug of a name: "Maryam Rajavi" → "maryam-rajavi". */
export function slugify(s: string): string {
  return foldText(s).replace(/\s+/g, '-') || 'unnamed';
}

/** Function words that carry no meaning for matching scopes or searching passages. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to for by with from and or but as is are was were be been being it its this that these those ' +
    'during about into over after before since than then there their they them he she his her we our you your i me my ' +
    'what which who whom whose when where why how did do does done has have had will would can could should may might ' +
    'not no so if any some all also just s t'
  ).split(' '),
);
