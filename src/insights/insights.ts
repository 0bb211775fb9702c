/**
 * Insights: recording what was asked (the share answered per week, the questions the archive could not answer,
 * the answers voted "Not right"), and the report moderators (/insights) and operators (`cli insights`) read.
 */
import { createHash } from 'node:crypto';
import type { InsightsData, InsightsStore, NotRightNote, NotRightReason, StoredAnswer } from '../store/types.ts';
import { isoWeek, questionGroup, suggestReport } from './question-group.ts';

const DAY_MS = 86_400_000;

/** How each "Not right" reason reads. */
export const REASON_TEXT: Record<NotRightReason, string> = {
  fact: 'wrong fact',
  source: 'wrong or missing source',
  asked: 'not what I asked',
  missing: 'it should have answered',
};

/** Where and when a question was asked: guild id, "dm" or "console"; the archive version that answered it. */
export interface AskedWhere {
  guild: string;
  version: string;
  /** INSIGHTS_DAYS: how long the log keeps it. */
  keptDays: number;
  at?: Date;
}

/** Counts a question in its week and, when the archive could not answer it, adds it to its unanswered group. */
export async function recordQuestion(
  stores: { insights: InsightsStore },
  answer: { question: string; answered: boolean },
  where: AskedWhere,
): Promise<void> {
  const at = where.at ?? new Date();
  const ttlMs = where.keptDays * DAY_MS;
  // A week's count outlives its last question by a week, so the oldest week shown is complete.
  await stores.insights.countQuestion(isoWeek(at), answer.answered, ttlMs + 7 * DAY_MS);
  if (answer.answered || !answer.question.trim()) return;
  const group = questionGroup(answer.question);
  await stores.insights.noteUnanswered(
    {
      key: group.key,
      normalised: group.normalised,
      question: answer.question,
      suggestion: suggestReport(answer.question),
      guild: where.guild,
      version: where.version,
      at: at.toISOString(),
    },
    ttlMs,
  );
}

/** The "Not right" log entry of a stored answer: the same answer to the same question is one entry, whatever message it was in. */
export function notRightNote(answer: StoredAnswer, at = new Date()): NotRightNote {
  const group = questionGroup(answer.question);
  return {
    key: createHash('sha256').update(`${group.key}\n${answer.text}`).digest('base64url').slice(0, 16),
    normalised: group.normalised,
    question: answer.question,
    answer: answer.text,
    intent: answer.intent,
    cited: answer.cited,
    version: answer.version,
    guild: answer.guild,
    at: at.toISOString(),
  };
}

export interface InsightsReport {
  generatedAt: string;
  /** The window the lists cover, in days. */
  sinceDays: number;
  /** INSIGHTS_DAYS. */
  keptDays: number;
  /** Unanswered questions grouped by what they ask, most asked in the window first. */
  groups: Array<{
    normalised: string;
    /** The wordings seen, first first. */
    questions: string[];
    suggestion: string;
    /** Times asked in the window. */
    count: number;
    last7Days: number;
    last30Days: number;
    firstSeen: string;
    lastSeen: string;
    guilds: string[];
    version: string;
  }>;
  /** Answers voted "Not right" in the window, most votes first. */
  notRight: Array<{
    question: string;
    normalised: string;
    answer: string;
    intent: string;
    cited: string[];
    count: number;
    reasons: Partial<Record<NotRightReason, number>>;
    firstSeen: string;
    lastSeen: string;
    guilds: string[];
    version: string;
  }>;
  /** Questions asked and answered per ISO week in the window, oldest first. */
  weeks: Array<{ week: string; asked: number; answered: number; share: number }>;
}

/** The report over the last `sinceDays` days (counts per day, so 7 and 30 days are exact to the day). */
export function buildInsights(data: InsightsData, opts: { sinceDays: number; keptDays: number; now?: Date }): InsightsReport {
  const now = opts.now ?? new Date();
  const dayFrom = (days: number) => new Date(now.getTime() - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  const countSince = (days: Record<string, number>, n: number) => {
    const from = dayFrom(n);
    return Object.entries(days).reduce((sum, [d, c]) => (d >= from ? sum + c : sum), 0);
  };
  const since = now.getTime() - opts.sinceDays * DAY_MS;
  const firstWeek = isoWeek(new Date(since));
  const groups = data.groups
    .map((g) => ({
      normalised: g.normalised,
      questions: g.questions,
      suggestion: g.suggestion,
      count: countSince(g.days, opts.sinceDays),
      last7Days: countSince(g.days, 7),
      last30Days: countSince(g.days, 30),
      firstSeen: g.firstSeen,
      lastSeen: g.lastSeen,
      guilds: g.guilds,
      version: g.version,
    }))
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
  const notRight = data.notRight
    .filter((n) => Date.parse(n.lastSeen) >= since)
    .map((n) => ({
      question: n.question,
      normalised: n.normalised,
      answer: n.answer,
      intent: n.intent,
      cited: n.cited,
      count: n.count,
      reasons: n.reasons,
      firstSeen: n.firstSeen,
      lastSeen: n.lastSeen,
      guilds: n.guilds,
      version: n.version,
    }))
    .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
  const weeks = data.weeks
    .filter((w) => w.week >= firstWeek)
    .sort((a, b) => a.week.localeCompare(b.week))
    .map((w) => ({ week: w.week, asked: w.asked, answered: w.answered, share: w.asked ? Math.round((w.answered / w.asked) * 1000) / 1000 : 0 }));
  return { generatedAt: now.toISOString(), sinceDays: opts.sinceDays, keptDays: opts.keptDays, groups, notRight, weeks };
}

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** "1 server", "2 servers, dm, console": guild ids are counted, the console and direct messages named. */
function places(guilds: string[]): string {
  const servers = guilds.filter((g) => g !== 'dm' && g !== 'console').length;
  const named = guilds.filter((g) => g === 'dm' || g === 'console').map((g) => (g === 'dm' ? 'direct messages' : g));
  return [...(servers ? [`${servers} server${servers === 1 ? '' : 's'}`] : []), ...named].join(', ');
}

/** The report as lines: what /insights shows and `cli insights` prints. */
export function insightsText(r: InsightsReport, max = 10): string[] {
  const lines = [`Insights for the last ${r.sinceDays} days (the log keeps ${r.keptDays} days).`, ''];
  lines.push(`Unanswered questions, most asked first (7 days · 30 days):`);
  if (r.groups.length === 0) lines.push(`  none in the last ${r.sinceDays} days.`);
  r.groups.slice(0, max).forEach((g, i) => {
    const [first = g.normalised, ...others] = g.questions;
    const also = others.length ? ` (also asked as ${others.map((q) => `"${clip(q, 80)}"`).join(', ')})` : '';
    lines.push(`${i + 1}. ${g.last7Days} · ${g.last30Days} — "${clip(first, 120)}"${also}`);
    lines.push(`   would need: ${g.suggestion} · first ${when(g.firstSeen)}, last ${when(g.lastSeen)} · in ${places(g.guilds)} · archive ${g.version}`);
  });
  if (r.groups.length > max) lines.push(`  …and ${r.groups.length - max} more (cli insights --json lists them all).`);
  lines.push('', 'Answers voted "Not right", most votes first:');
  if (r.notRight.length === 0) lines.push(`  none in the last ${r.sinceDays} days.`);
  r.notRight.slice(0, max).forEach((n, i) => {
    const reasons = Object.entries(n.reasons)
      .map(([code, c]) => `${REASON_TEXT[code as NotRightReason] ?? code} ${c}`)
      .join(', ');
    lines.push(`${i + 1}. ${n.count} vote${n.count === 1 ? '' : 's'} — "${clip(n.question, 100)}" → "${clip(n.answer.replace(/\s+/g, ' '), 120)}"`);
    lines.push(`   ${reasons ? `reasons: ${reasons}` : 'no reason given'}${n.cited.length ? ` · cites ${n.cited.slice(0, 3).join(', ')}` : ''} · last ${when(n.lastSeen)} · archive ${n.version}`);
  });
  lines.push('', 'Questions answered, per week:');
  if (r.weeks.length === 0) lines.push('  no question asked yet.');
  for (const w of r.weeks) lines.push(`  ${w.week}: ${w.answered} of ${w.asked} answered (${Math.round(w.share * 100)} %)`);
  return lines;
}

/** "30d", "7", "2w" → days; undefined when it is not a duration. */
export function parseSinceDays(text: string): number | undefined {
  const m = /^\s*(\d{1,4})\s*(d|days?|w|weeks?)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]) * (/^w/i.test(m[2] ?? '') ? 7 : 1);
  return n > 0 ? n : undefined;
}
