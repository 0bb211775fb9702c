import { createHash, randomBytes } from 'node:crypto';
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import type { Config } from '../config.ts';
import type { Answer } from '../domain/types.ts';
import { notRightNote, REASON_TEXT } from '../insights/insights.ts';
import type { NotRightReason, VoteEntry } from '../store/types.ts';
import type { AnswerRecord } from './command.ts';
import { LIMITS } from './limits.ts';
import type { BotStores } from './stores.ts';

const PREFIX = 'fb';
const DAY_MS = 86_400_000;
/** Cut so that a kept answer stays small; the text is for moderators to recognise it. */
const MAX_KEPT_TEXT = 2_000;

/** The labels of the "Not right" choices, in the order shown: the log's wording, capitalised as a button. */
export const REASON_LABELS = Object.fromEntries(
  (Object.entries(REASON_TEXT) as Array<[NotRightReason, string]>).map(([code, text]) => [code, text.charAt(0).toUpperCase() + text.slice(1)]),
) as Record<NotRightReason, string>;

export type FeedbackAction = { key: string; action: 'up' | 'down' } | { key: string; action: 'reason'; reason: NotRightReason };

/** The record an answer carries (Reply.answer), from the engine's Answer. */
export function answerRecordOf(answer: Answer): AnswerRecord {
  return {
    question: answer.question,
    answered: answer.answered,
    text: answer.text,
    intent: answer.intent,
    cited: [...new Set(answer.citations.map((c) => c.file))],
  };
}

function feedbackId(key: string, rest: string): string {
  const id = `${PREFIX}:${key}:${rest}`;
  if (id.length > LIMITS.customId) throw new Error(`discord: custom_id too long (${id.length}): ${id}`);
  return id;
}

/** Reads a feedback custom_id (`fb:<key>:up`, `fb:<key>:down`, `fb:<key>:r:<reason>`); undefined when it is not one. */
export function parseFeedbackId(customId: string): FeedbackAction | undefined {
  const m = /^fb:([\w-]{1,64}):(up|down|r:(fact|source|asked|missing))$/.exec(customId);
  if (!m) return undefined;
  const key = m[1]!;
  if (m[3]) return { key, action: 'reason', reason: m[3] as NotRightReason };
  return { key, action: m[2] as 'up' | 'down' };
}

/** The Helpful / Not right buttons under an answer. */
export function feedbackRow(key: string): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: 1,
      components: [
        { type: 2, style: 3, label: 'Helpful', custom_id: feedbackId(key, 'up') },
        { type: 2, style: 4, label: 'Not right', custom_id: feedbackId(key, 'down') },
      ],
    },
  ];
}

/** The short choice shown (privately) after "Not right". */
export function reasonRow(key: string): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: 1,
      components: (Object.entries(REASON_LABELS) as Array<[NotRightReason, string]>).map(([code, label]) => ({
        type: 2 as const,
        style: 2 as const,
        label,
        custom_id: feedbackId(key, `r:${code}`),
      })),
    },
  ];
}

/** Whether a component row is a feedback row (kept when a pager button changes the page). */
export function isFeedbackRow(row: { components?: ReadonlyArray<{ custom_id?: string }> }): boolean {
  return (row.components ?? []).some((c) => typeof c.custom_id === 'string' && c.custom_id.startsWith(`${PREFIX}:`));
}

/**
 * Keeps an answer so that its buttons work after a restart, for INSIGHTS_DAYS; resolves to its key.
 * Throws when the store is down (the answer is then shown without buttons).
 */
export async function keepAnswer(
  stores: Pick<BotStores, 'feedback'>,
  config: Pick<Config, 'INSIGHTS_DAYS'>,
  record: AnswerRecord,
  where: { guild: string; version: string },
): Promise<string> {
  const key = randomBytes(9).toString('base64url');
  await stores.feedback.saveAnswer(
    key,
    { ...record, text: record.text.slice(0, MAX_KEPT_TEXT), cited: record.cited.slice(0, 20), version: where.version, guild: where.guild, at: new Date().toISOString() },
    config.INSIGHTS_DAYS * DAY_MS,
  );
  return key;
}

/** What is stored instead of a voter's user id: a salted SHA-256 (the salt is FEEDBACK_SALT, else one kept in the store). */
export async function voterHash(stores: Pick<BotStores, 'feedback'>, config: Pick<Config, 'FEEDBACK_SALT'>, userId: string): Promise<string> {
  const salt = config.FEEDBACK_SALT ?? (await stores.feedback.salt());
  return createHash('sha256').update(`${salt}\0${userId}`).digest('base64url').slice(0, 22);
}

/** What the bot answers to a feedback button: a private reply, or (for a reason) the private choice replaced. */
export interface FeedbackOutcome {
  content: string;
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Replace the message the button was on (the private choice) instead of replying. */
  update: boolean;
}

const GONE_TEXT = 'This answer is no longer kept, so it cannot be voted on: ask again to vote.';

/**
 * Applies a press of Helpful, Not right or a reason: one vote per user per answer (pressing the same button again
 * removes it, the other one changes it); "Not right" votes and their reasons go to the insights log.
 */
export async function applyFeedback(
  stores: Pick<BotStores, 'feedback' | 'insights'>,
  config: Pick<Config, 'FEEDBACK_SALT' | 'INSIGHTS_DAYS'>,
  press: FeedbackAction,
  userId: string,
): Promise<FeedbackOutcome> {
  const answer = await stores.feedback.getAnswer(press.key);
  if (!answer) return { content: GONE_TEXT, components: [], update: press.action === 'reason' };
  const voter = await voterHash(stores, config, userId);
  const ttlMs = config.INSIGHTS_DAYS * DAY_MS;
  const at = new Date().toISOString();
  const { previous, next, tally } = await stores.feedback.vote(
    press.key,
    voter,
    (prev): VoteEntry | null => {
      if (press.action === 'reason') return { vote: 'down', reason: press.reason, at };
      const vote = press.action;
      return prev?.vote === vote ? null : { vote, at };
    },
    ttlMs,
  );

  const wasDown = previous?.vote === 'down';
  const isDown = next?.vote === 'down';
  const reasons: Partial<Record<NotRightReason, number>> = {};
  if (wasDown && previous?.reason) reasons[previous.reason] = (reasons[previous.reason] ?? 0) - 1;
  if (isDown && next?.reason) reasons[next.reason] = (reasons[next.reason] ?? 0) + 1;
  const count = (isDown ? 1 : 0) - (wasDown ? 1 : 0);
  if (count !== 0 || Object.values(reasons).some((n) => n !== 0)) {
    await stores.insights.noteNotRight(notRightNote(answer), { count, reasons }, ttlMs);
  }

  const counts = `${tally.up} found it helpful · ${tally.down} not right`;
  switch (press.action) {
    case 'up':
      return next
        ? { content: `Thanks: your vote "Helpful" is recorded (${counts}). Press it again to take it back.`, components: [], update: false }
        : { content: `Your vote "Helpful" was taken back (${counts}).`, components: [], update: false };
    case 'down':
      return next
        ? { content: `Thanks: your vote "Not right" is recorded (${counts}). What was wrong?`, components: reasonRow(press.key), update: false }
        : { content: `Your vote "Not right" was taken back (${counts}).`, components: [], update: false };
    case 'reason':
      return { content: `Thanks: recorded as "Not right": ${REASON_TEXT[press.reason]}. Moderators see it in /insights.`, components: [], update: true };
  }
}
