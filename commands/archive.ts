import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { rankChoices } from '../src/discord/autocomplete.ts';
import { type Command, type CommandInput, type Reply, textReply } from '../src/discord/command.ts';
import { addArticleFromUrl, listArchive, removeArticle } from '../src/refresh/index.ts';
import { moderatorProblem, throttledProgress } from '../src/refresh/moderator.ts';
import { addResultText, progressText, linesToPages, removeResultText } from '../src/refresh/report-text.ts';

const lines = (ls: string[]): Reply => ({ pages: linesToPages(ls).map((content) => ({ content, embeds: [] })), ephemeral: true });
const who = (input: CommandInput) => `<@${input.user.id}>`;

/** The attachment's URL and name: resolved by the router, or the option value when it already is a URL. */
function attachmentOf(input: CommandInput): { url: string; name?: string } | undefined {
  const resolved = input.attachments?.['file'];
  if (resolved) return { url: resolved.url, name: resolved.name };
  const raw = input.options['file'];
  return typeof raw === 'string' && /^https?:\/\//i.test(raw) ? { url: raw } : undefined;
}

/** /archive add | remove | list: moderators add articles (file or link), move one out, or list what is indexed. */
export default {
  data: new SlashCommandBuilder()
    .setName('archive')
    .setDescription('Add, remove or list archive articles (moderators)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Add an article (.txt, .md or .html) from a file or a link, then refresh')
        .addAttachmentOption((o) => o.setName('file').setDescription('The article file'))
        .addStringOption((o) => o.setName('url').setDescription('A link to the article (http or https)').setMaxLength(2_000)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Move an article out of the archive folder (kept under removed/), then refresh')
        .addStringOption((o) => o.setName('article').setDescription('Title or file name').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) => s.setName('list').setDescription('The indexed articles and the skipped files'))
    .toJSON(),
  defer: true,
  ephemeral: true,
  noCooldown: true,
  autocomplete({ focused, archive }) {
    if (focused.name !== 'article') return [];
    return rankChoices(
      focused.value,
      archive.index.data.articles.map((a) => ({ name: `${a.title || a.id} · ${a.files.join(', ')}`, value: a.id, keys: [a.title, ...a.files] })),
    );
  },
  async execute(input: CommandInput) {
    const problem = moderatorProblem(input);
    if (problem || !input.refresh) return textReply(problem ?? '', { ephemeral: true });
    const ctx = input.refresh;
    const { config } = input;
    const progress = throttledProgress(input.progress);
    const opts = { who: who(input), onProgress: (p: Parameters<typeof progressText>[0]) => progress.update(progressText(p)) };
    try {
      switch (input.options.subcommand) {
        case 'add': {
          const file = attachmentOf(input);
          const url = typeof input.options['url'] === 'string' ? input.options['url'] : undefined;
          if (!file && !url) return textReply('Give a file or a url to add.', { ephemeral: true });
          if (file && url) return textReply('Give either a file or a url, not both.', { ephemeral: true });
          // Discord attachments come from Discord's CDN: the same URL rules apply (size, time, no private addresses).
          const rules = { maxBytes: config.MAX_ARTICLE_BYTES, timeoutMs: config.URL_TIMEOUT_MS, allowPrivate: config.ALLOW_PRIVATE_URLS };
          const target = file ?? { url: url! };
          const result = await addArticleFromUrl(ctx, target.url, rules, { ...opts, ...(target.name ? { name: target.name } : {}) });
          return lines(addResultText(result));
        }
        case 'remove':
          return lines(removeResultText(await removeArticle(ctx, String(input.options['article'] ?? ''), opts)));
        default: {
          const { articles, skipped } = listArchive(ctx);
          const out = [
            `${articles.length} article(s) indexed (version ${input.archive.version}):`,
            ...articles.map((a) => `• ${a.files.join(', ')} — ${a.title || '(untitled)'}${a.date ? ` (${a.date})` : ''}`),
            ...(skipped.length ? [`${skipped.length} file(s) skipped:`, ...skipped.map((s) => `• ${s.file}: ${s.reason}`)] : []),
          ];
          return lines(out);
        }
      }
    } finally {
      progress.stop();
    }
  },
} satisfies Command;
