import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Citation } from '../domain/types.ts';
import type { ReplyPage } from './command.ts';
import { clip, splitAtSentences } from './cut-text.ts';
import { LIMITS } from './limits.ts';

/** What a reply says before it is cut into pages that each fit Discord's limits. */
export interface EmbedDraft {
  title: string;
  url?: string;
  /** Running text, split across pages at sentence boundaries. */
  text?: string;
  fields?: APIEmbedField[];
  /** At most this many fields per page (Discord allows 25; fewer reads better). */
  fieldsPerPage?: number;
  footer?: string;
  color?: number;
}

const EMPTY = '\u200b';
// Room kept in the footer for " · page 12/34".
const PAGE_MARK_ROOM = 24;

/** Cuts a draft into pages of one embed each, every page within every embed limit. */
export function paginateEmbed(draft: EmbedDraft): ReplyPage[] {
  const title = clip(draft.title.trim() || EMPTY, LIMITS.embedTitle);
  const footer = clip(draft.footer ?? '', LIMITS.footer - PAGE_MARK_ROOM);
  const fixed = title.length + footer.length + PAGE_MARK_ROOM;
  const perPage = Math.min(Math.max(draft.fieldsPerPage ?? LIMITS.embedFields, 1), LIMITS.embedFields);
  const textMax = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - fixed);
  const chunks = draft.text ? splitAtSentences(draft.text, textMax) : [];
  const fields = (draft.fields ?? []).map(normaliseField);

  const pages: Array<{ description?: string; fields: APIEmbedField[]; size: number }> = chunks.map((c) => ({
    description: c,
    fields: [],
    size: fixed + c.length,
  }));
  if (pages.length === 0) pages.push({ fields: [], size: fixed });
  for (const field of fields) {
    const last = pages[pages.length - 1]!;
    const cost = field.name.length + field.value.length;
    if (last.fields.length < perPage && last.size + cost <= LIMITS.embedTotal) {
      last.fields.push(field);
      last.size += cost;
    } else {
      pages.push({ fields: [field], size: fixed + cost });
    }
  }

  return pages.map((p, i) => {
    const mark = pages.length > 1 ? `page ${i + 1}/${pages.length}` : '';
    const footerText = [footer, mark].filter(Boolean).join(' · ');
    const embed: APIEmbed = { title };
    if (draft.url) embed.url = draft.url;
    if (p.description) embed.description = p.description;
    if (p.fields.length > 0) embed.fields = p.fields;
    if (footerText) embed.footer = { text: footerText };
    if (draft.color !== undefined) embed.color = draft.color;
    return { embeds: [embed] };
  });
}

function normaliseField(f: APIEmbedField): APIEmbedField {
  const name = clip(f.name.trim() || EMPTY, LIMITS.fieldName);
  const value = clip(f.value.trim() || EMPTY, LIMITS.fieldValue);
  return f.inline ? { name, value, inline: true } : { name, value };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2019-12-28" → "December 28, 2019"; "--12-19" → "December 19 (year not stated)"; "2019-12" → "December 2019". */
export function formatIsoDate(iso: string): string {
  const noYear = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (noYear) return `${MONTHS[Number(noYear[1]) - 1] ?? noYear[1]} ${Number(noYear[2])} (year not stated)`;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** A citation as an embed field: the quoted excerpt, then title, publisher, date and link (or file). */
export function citationField(c: Citation, n: number): APIEmbedField {
  const meta = [c.source, c.date ? formatIsoDate(c.date) : undefined].filter(Boolean).join(' · ');
  const where = c.url ? `<${clip(c.url, 400)}>` : `file: ${clip(c.file, 200)}`;
  const tail = [meta, where].filter(Boolean).join('\n');
  const excerptRoom = LIMITS.fieldValue - tail.length - 3;
  const excerpt = clip(c.excerpt.replace(/\s+/g, ' ').trim(), Math.max(excerptRoom, 20));
  return { name: `[${n}] ${c.title || c.file}`, value: `> ${excerpt}\n${tail}` };
}
