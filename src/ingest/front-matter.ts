import { parse as parseYaml } from 'yaml';

/** The fields of a YAML front matter block that override what ingest infers. */
export interface FrontMatter {
  title?: string;
  url?: string;
  source?: string;
  date?: string;
  author?: string;
}

export type FrontMatterResult =
  | { ok: true; frontMatter?: FrontMatter; body: string }
  | { ok: false; reason: string };

function field(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/**
 * Splits a leading `---` … `---` YAML block from the text. A block that is present but not valid YAML
 * key/value pairs is reported (the file is skipped) rather than silently read as article text.
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  if (!/^---[ \t]*\n/.test(text)) return { ok: true, body: text };
  const lines = text.split('\n');
  let close = -1;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  // A leading rule with no closing line is a horizontal rule in plain text, not front matter.
  if (close < 0) return { ok: true, body: text };
  const block = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  let data: unknown;
  try {
    data = parseYaml(block);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, reason: `malformed YAML front matter: ${msg}` };
  }
  if (data === null || data === undefined) return { ok: true, body };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'malformed YAML front matter: expected "key: value" lines' };
  }
  const rec = data as Record<string, unknown>;
  const fm: FrontMatter = {};
  const title = field(rec['title']);
  const url = field(rec['url']);
  const source = field(rec['source'] ?? rec['publisher'] ?? rec['site']);
  const date = field(rec['date']);
  const author = field(rec['author']);
  if (title) fm.title = title;
  if (url) fm.url = url;
  if (source) fm.source = source;
  if (date) fm.date = date;
  if (author) fm.author = author;
  return { ok: true, frontMatter: fm, body };
}
