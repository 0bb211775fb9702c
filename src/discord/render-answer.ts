import type { Answer } from '../domain/types.ts';
import type { Reply } from './command.ts';
import { citationField, paginateEmbed } from './render-embed.ts';

export const COLOR_ANSWERED = 0x2e8b57;
export const COLOR_UNANSWERED = 0x808080;
/** Sources shown per page; "More sources" pages through the rest. */
export const SOURCES_PER_PAGE = 4;

/** Renders an engine answer: the answer text, then its citations, footer with the archive version; paged to fit. */
export function renderAnswer(answer: Answer, opts: { version: string; ephemeral?: boolean }): Reply {
  let text = answer.text.trim();
  if (!answer.answered && answer.suggestions && answer.suggestions.length > 0) {
    text += `\n\nThe archive does hold:\n${answer.suggestions.map((s) => `• ${s}`).join('\n')}`;
  }
  const pages = paginateEmbed({
    title: answer.question,
    text: text || (answer.answered ? 'See the sources below.' : 'Not in the archive.'),
    fields: answer.citations.map((c, i) => citationField(c, i + 1)),
    fieldsPerPage: SOURCES_PER_PAGE,
    footer: `Archive ${opts.version}`,
    color: answer.answered ? COLOR_ANSWERED : COLOR_UNANSWERED,
  });
  return { pages, ...(opts.ephemeral ? { ephemeral: true } : {}) };
}
