import { createHash } from 'node:crypto';
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import type { ReplyPage } from './command.ts';
import { LIMITS } from './limits.ts';
import type { BotStores } from './stores.ts';

/** Settings scope under which paged replies are kept, so buttons keep working after a restart. */
export const PAGES_SCOPE = 'pages';
const PREFIX = 'pg';

/** A page as kept in the store: JSON has no bytes, so attached files (charts) are kept as base64. */
type StoredPage = Omit<ReplyPage, 'files'> & { files?: Array<{ name: string; description: string; base64: string }> };

const toStored = (p: ReplyPage): StoredPage => {
  const { files, ...rest } = p;
  return files?.length ? { ...rest, files: files.map((f) => ({ name: f.name, description: f.description, base64: Buffer.from(f.data).toString('base64') })) } : rest;
};

const fromStored = (p: StoredPage): ReplyPage => {
  const { files, ...rest } = p;
  return files?.length ? { ...rest, files: files.map((f) => ({ name: f.name, description: f.description, data: new Uint8Array(Buffer.from(f.base64, 'base64')) })) } : rest;
};

/** Stores every page of a reply under a key derived from its content; returns the key. */
export async function savePages(stores: BotStores, pages: ReplyPage[]): Promise<string> {
  const stored = pages.map(toStored);
  const key = createHash('sha256').update(JSON.stringify(stored)).digest('base64url').slice(0, 16);
  await stores.settings.set(PAGES_SCOPE, key, stored);
  return key;
}

/** Loads a stored page; undefined when the reply is no longer stored or the page does not exist. */
export async function loadPage(stores: BotStores, key: string, page: number): Promise<{ page: ReplyPage; count: number } | undefined> {
  const pages = await stores.settings.get<StoredPage[]>(PAGES_SCOPE, key);
  const found = pages?.[page];
  return found && pages ? { page: fromStored(found), count: pages.length } : undefined;
}

/** custom_id of a pager button: `pg:<key>:<page>`. */
export function pagerId(key: string, page: number): string {
  const id = `${PREFIX}:${key}:${page}`;
  if (id.length > LIMITS.customId) throw new Error(`discord: custom_id too long (${id.length}): ${id}`);
  return id;
}

/** Reads a pager custom_id; undefined when it is not one. */
export function parsePagerId(customId: string): { key: string; page: number } | undefined {
  const m = /^pg:([\w-]{1,64}):(\d{1,4})$/.exec(customId);
  return m ? { key: m[1]!, page: Number(m[2]) } : undefined;
}

/** The Previous / More buttons for page `page` of `count` (none for a single page). */
export function pagerRow(key: string, page: number, count: number): APIActionRowComponent<APIButtonComponent>[] {
  if (count < 2) return [];
  // Ids stay distinct at either end (Discord rejects duplicates), even on a disabled button.
  const prev = page > 0 ? page - 1 : 0;
  const next = page < count - 1 ? page + 1 : count - 1;
  return [
    {
      type: 1,
      components: [
        { type: 2, style: 2, label: '◀ Previous', custom_id: pagerId(key, prev), disabled: page === 0 },
        { type: 2, style: 1, label: `More (${page + 1}/${count}) ▶`, custom_id: pagerId(key, next), disabled: page >= count - 1 },
      ],
    },
  ];
}
