import type { ReplyPage } from './command.ts';

// Discord markdown the console cannot show: bold markers and <> around links (which only stop embeds).
const plain = (s: string) => s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
const indent = (s: string, by: string) => s.split('\n').map((l) => by + l).join('\n');

/** A reply page as plain text for the local console: the same content Discord would show. */
export function renderPageText(page: ReplyPage, pager?: { page: number; count: number }): string {
  const out: string[] = [];
  if (page.content) out.push(plain(page.content));
  for (const e of page.embeds) {
    if (e.title) out.push(`== ${e.title} ==`);
    if (e.url) out.push(e.url);
    if (e.description) out.push(plain(e.description));
    for (const f of e.fields ?? []) out.push(`${plain(f.name)}\n${indent(plain(f.value), '    ')}`);
    if (e.footer?.text) out.push(`-- ${e.footer.text}`);
  }
  if (pager && pager.count > 1 && pager.page < pager.count - 1) out.push(`(type "more" for page ${pager.page + 2} of ${pager.count})`);
  return out.join('\n\n');
}
