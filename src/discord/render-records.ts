import type { APIEmbedField } from 'discord.js';
import { conflictAltText, conflictChartData, renderConflictPng, renderTimelinePng, timelineAltText, timelineChartData } from '../charts/index.ts';
import { formatDate } from '../dates/index.ts';
import type { Article, EventRecord, Figure, FigureConflict, Provenance, Quote, Speaker } from '../domain/types.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Reply, ReplyFile, ReplyPage } from './command.ts';
import { clip } from './cut-text.ts';
import { COLOR_ANSWERED } from './render-answer.ts';
import { citationField, formatIsoDate, paginateEmbed } from './render-embed.ts';

/** Sources (citation fields) for provenances, one per sentence, numbered from `from`. */
function sourceFields(index: ArchiveIndex, provenances: Provenance[], from = 1): APIEmbedField[] {
  const seen = new Set<string>();
  const fields: APIEmbedField[] = [];
  for (const p of provenances) {
    const key = `${p.articleId}#${p.sentence}`;
    if (seen.has(key) || !index.article(p.articleId)) continue;
    seen.add(key);
    fields.push(citationField(index.citation(p), from + fields.length));
  }
  return fields;
}

const line = (label: string, value: string | undefined) => (value ? `**${label}:** ${value}` : undefined);
const lines = (...ls: Array<string | undefined>) => ls.filter(Boolean).join('\n');

/** Where an event happened, from the most to the least specific part. */
export function eventPlace(e: EventRecord): string | undefined {
  return [e.venue, e.city, e.country].filter(Boolean).join(', ') || undefined;
}

function figureLine(index: ArchiveIndex, f: Figure): string {
  const claim = f.claimant ? `according to ${f.claimant}` : 'claimant not stated';
  const when = f.asOf ? formatDate(f.asOf) : articleDate(index, f.source.articleId);
  return `${f.text} ${f.counted}${f.scope ? ` (${f.scope})` : ''} — ${claim}${when ? `, ${when}` : ''}`;
}

function articleDate(index: ArchiveIndex, articleId: string): string | undefined {
  const iso = index.article(articleId)?.date.iso;
  return iso ? formatIsoDate(iso) : undefined;
}

/** Attaches a chart to the first page and shows it in that page's embed (Discord draws the image under the fields). */
function withChart(pages: ReplyPage[], file: ReplyFile): ReplyPage[] {
  const [first, ...rest] = pages;
  if (!first) return pages;
  const [embed, ...embeds] = first.embeds;
  const shown = embed ? [{ ...embed, image: { url: `attachment://${file.name}` } }, ...embeds] : embeds;
  return [{ ...first, embeds: shown, files: [...(first.files ?? []), file] }, ...rest];
}

/** An event card: kind, date (with its precision), place, organisers, size, speakers, figures, sources. */
export function renderEventCard(index: ArchiveIndex, event: EventRecord, version: string, others: EventRecord[] = []): Reply {
  const speakers = event.speakers.map((id) => index.speaker(id)?.name ?? id);
  const figures = index.data.figures.filter((f) => f.eventId === event.id);
  const text = lines(
    line('Kind', event.kind),
    line('Date', event.date ? formatDate(event.date) : 'not stated'),
    line('Place', eventPlace(event)),
    line('Organisers', event.organisers.join(', ')),
    line('Size', event.size?.text),
    line('Purpose', event.purpose),
    line('Speakers', speakers.join(', ')),
    figures.length ? `**Figures:**\n${figures.map((f) => `• ${figureLine(index, f)}`).join('\n')}` : undefined,
    others.length ? `**Other matches:** ${others.map((o) => o.label).join('; ')}` : undefined,
  );
  return {
    pages: paginateEmbed({
      title: event.label,
      text,
      fields: sourceFields(index, event.sources),
      fieldsPerPage: 4,
      footer: `Archive ${version}`,
      color: COLOR_ANSWERED,
    }),
  };
}

/** A speaker card: roles as stated (with their source), events spoken at, quotes. */
export function renderSpeakerCard(index: ArchiveIndex, speaker: Speaker, quotes: Quote[], version: string): Reply {
  const events = speaker.events.map((id) => index.event(id)).filter((e): e is EventRecord => e !== undefined);
  const roleFields = sourceFields(index, speaker.roles.map((r) => r.source));
  const text = lines(
    speaker.aliases.length ? line('Also written', speaker.aliases.join(', ')) : undefined,
    speaker.roles.length ? `**Roles as stated:**\n${speaker.roles.map((r, i) => `• ${r.text} [${i + 1}]`).join('\n')}` : 'No role is stated in the archive.',
    line('Affiliations', speaker.affiliations.join(', ')),
    events.length ? `**Spoke at:**\n${events.map((e) => `• ${e.label}${e.date ? ` (${formatDate(e.date)})` : ''}`).join('\n')}` : undefined,
  );
  const quoteFields = quotes.map((q, i): APIEmbedField => {
    const c = index.citation(q.source);
    return { name: `Quote ${i + 1} — ${c.title}`, value: `“${clip(q.text, 700)}”\n${[c.source, c.date ? formatIsoDate(c.date) : undefined].filter(Boolean).join(' · ')}` };
  });
  const fields = [...roleFields, ...quoteFields];
  const mentions = fields.length === 0 ? sourceFields(index, speaker.mentions.slice(0, 3)) : [];
  return {
    pages: paginateEmbed({ title: speaker.name, text, fields: [...fields, ...mentions], fieldsPerPage: 4, footer: `Archive ${version}`, color: COLOR_ANSWERED }),
  };
}

/** Every value of a measure with its claimant and date; conflicting figures side by side. */
export function renderFigures(
  index: ArchiveIndex,
  measure: string,
  result: { figures: Figure[]; conflicts: FigureConflict[] },
  version: string,
  eventQuery?: string,
): Reply {
  const title = `Figures: ${measure}${eventQuery ? ` — ${eventQuery}` : ''}`;
  const inConflict = new Set(result.conflicts.flatMap((c) => c.figureIds));
  const conflictFields = result.conflicts.flatMap((c, ci) =>
    c.figureIds
      .map((id) => index.figure(id))
      .filter((f): f is Figure => f !== undefined)
      .map((f): APIEmbedField => ({ name: `Disagreement ${ci + 1}${c.scope ? `: ${c.scope}` : ''}`, value: `${figureLine(index, f)}\n> ${clip(index.citation(f.source).excerpt, 500)}`, inline: true })),
  );
  const figureFields = result.figures
    .filter((f) => !inConflict.has(f.id))
    .map((f): APIEmbedField => {
      const c = index.citation(f.source);
      return { name: clip(figureLine(index, f), 256), value: `> ${clip(c.excerpt, 700)}\n${c.title}${c.source ? ` · ${c.source}` : ''}` };
    });
  const text = result.figures.length
    ? `${result.figures.length} figure${result.figures.length === 1 ? '' : 's'} in the archive${result.conflicts.length ? `; ${result.conflicts.length} disagreement${result.conflicts.length === 1 ? '' : 's'} shown side by side` : ''}.`
    : `No "${measure}" figure${eventQuery ? ` for "${eventQuery}"` : ''} in the archive.`;
  const pages = paginateEmbed({ title, text, fields: [...conflictFields, ...figureFields], fieldsPerPage: 6, footer: `Archive ${version}`, color: COLOR_ANSWERED });
  // The first disagreement is the one whose figures the first page lists: the chart draws it beside them.
  const conflict = result.conflicts[0];
  const figures = conflict?.figureIds.map((id) => index.figure(id)).filter((f): f is Figure => f !== undefined) ?? [];
  if (!conflict || figures.length < 2) return { pages };
  const chart = conflictChartData({
    measure,
    ...(conflict.scope ? { scope: conflict.scope } : {}),
    figures,
    dateOf: (f) => f.asOf ?? index.article(f.source.articleId)?.date,
  });
  if (chart.bars.length < 2) return { pages };
  return { pages: withChart(pages, { name: 'conflict.png', data: renderConflictPng(chart), description: conflictAltText(chart) }) };
}

/** A speaker's quotes with their sources. */
export function renderQuotes(index: ArchiveIndex, who: string, quotes: Quote[], version: string, topic?: string): Reply {
  const fields = quotes.map((q, i): APIEmbedField => {
    const c = index.citation(q.source);
    const meta = [c.title, c.source, c.date ? formatIsoDate(c.date) : undefined].filter(Boolean).join(' · ');
    return { name: `[${i + 1}] ${q.kind} quote`, value: `“${clip(q.text, 800)}”\n${meta}` };
  });
  const text = quotes.length
    ? `${quotes.length} quote${quotes.length === 1 ? '' : 's'} by ${who}${topic ? ` about "${topic}"` : ''}.`
    : `No quote by ${who}${topic ? ` about "${topic}"` : ''} in the archive.`;
  return { pages: paginateEmbed({ title: `Quotes: ${who}`, text, fields, fieldsPerPage: 5, footer: `Archive ${version}`, color: COLOR_ANSWERED }) };
}

/** Events in date order, ten per page. */
export function renderTimeline(events: readonly EventRecord[], version: string, filters: { place?: string; from?: string; to?: string }): Reply {
  const scope = [filters.place && `in ${filters.place}`, filters.from && `from ${filters.from}`, filters.to && `to ${filters.to}`].filter(Boolean).join(' ');
  const fields = events.map((e): APIEmbedField => ({
    name: clip(`${e.date ? formatDate(e.date) : 'date not stated'} — ${e.label}`, 256),
    value: [eventPlace(e), e.size?.text && `size: ${e.size.text}`, e.organisers.length ? `organised by ${e.organisers.join(', ')}` : undefined].filter(Boolean).join(' · ') || e.kind,
  }));
  const text = events.length ? `${events.length} event${events.length === 1 ? '' : 's'}${scope ? ` ${scope}` : ''}, oldest first.` : `No event${scope ? ` ${scope}` : ''} in the archive.`;
  const pages = paginateEmbed({ title: `Timeline${scope ? ` ${scope}` : ''}`, text, fields, fieldsPerPage: 10, footer: `Archive ${version}`, color: COLOR_ANSWERED });
  const chart = timelineChartData(events, filters);
  if (chart.placed === 0) return { pages };
  return { pages: withChart(pages, { name: 'timeline.png', data: renderTimelinePng(chart), description: timelineAltText(chart) }) };
}

/** An article card: title, publisher, date, link, and what the index took from it. */
export function renderArticleCard(index: ArchiveIndex, article: Article, version: string): Reply {
  const d = index.data;
  const from = <T>(items: T[], of: (t: T) => string | undefined) => items.filter((t) => of(t) === article.id);
  const events = from(d.events, (e) => e.sources[0]?.articleId);
  const speakers = d.speakers.filter((s) => s.mentions.some((m) => m.articleId === article.id));
  const quotes = from(d.quotes, (q) => q.source.articleId);
  const figures = from(d.figures, (f) => f.source.articleId);
  const text = lines(
    line('Publisher', article.publisher),
    line('Author', article.author),
    line('Date', article.date.precision === 'unknown' ? 'not established' : formatDate(article.date)),
    line('Dateline', article.dateline),
    line('Link', article.url ? `<${article.url}>` : undefined),
    line('Files', article.files.join(', ')),
    `**Taken from it:** ${events.length} event(s), ${speakers.length} speaker(s), ${quotes.length} quote(s), ${figures.length} figure(s).`,
  );
  const fields: APIEmbedField[] = [
    events.length ? { name: 'Events', value: events.map((e) => `• ${e.label}`).join('\n') } : undefined,
    speakers.length ? { name: 'Speakers', value: speakers.map((s) => s.name).join(', ') } : undefined,
    figures.length ? { name: 'Figures', value: figures.map((f) => `• ${f.text} ${f.counted}`).join('\n') } : undefined,
  ].filter((f): f is APIEmbedField => f !== undefined);
  return { pages: paginateEmbed({ title: article.title || article.files[0] || article.id, text, fields, footer: `Archive ${version}`, color: COLOR_ANSWERED }) };
}
