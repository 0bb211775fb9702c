import type { Article, Paragraph } from '../../src/domain/types.ts';

/**
 * Builds an Article from plain text for tests: paragraphs are the blocks between blank lines,
 * trimmed, and joined by "\n\n" (the shape ingest produces).
 */
export function articleFromText(raw: string, id = 'test'): Article {
  const blocks = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+$/u, '').replace(/^\s+/u, ''))
    .filter((b) => b.length > 0);
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.length });
    text += b;
  }
  return {
    id,
    files: [`${id}.txt`],
    title: '',
    date: { precision: 'unknown', yearStated: false, iso: '', source: 'none', text: '' },
    text,
    paragraphs,
  };
}
