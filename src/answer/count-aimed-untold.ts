import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A question asking what was aimed at or planned: "how many does the plan aim to help", "what is the target". */
const AIM_ASKED = /\b(?:aim\w*|plan\w*|target\w*|goal\w*|seek\w*|intend\w*|hop(?:e|es|ed|ing)|framework|appeal\w*|budget\w*|fund\w*|requir\w*|need\w*|sought)\b/i;

/**
 * Words that make what follows a purpose, not a count of what happened: "aimed at backing the return of",
 * "plans to resettle", "a target of", "in order to house".
 */
const PURPOSE = String.raw`(?:aim(?:ed|s|ing)?\s+(?:at|to)|plan(?:s|ned|ning)?\s+to|(?:a|its|the|their)\s+target\s+of|target(?:s|ed|ing)\s|goal\s+of|seek(?:s|ing)?\s+to|sought\s+to|intend(?:s|ed|ing)?\s+to|designed\s+to|meant\s+to|in\s+order\s+to|hop(?:e|es|ed|ing)\s+to)`;

/**
 * "How many refugees came home?" answered "60,000" from "a plan aimed at backing the return of 40,000 refugees and
 * 60,000 uprooted people": the number is a plan's aim, not a count of what happened. Unless the question asks after
 * an aim, a plan or a need, declined.
 */
export function countAimedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (AIM_ASKED.test(intent.question ?? '')) return given;
  const lead = given.text.replace(/“[^”]*”?/g, ' ').replace(/\([^)]*\)/g, ' ');
  const numbers = [...lead.matchAll(/(?<![\p{L}\d])(\d[\d,.'’]*\d|\d)(?![\p{L}\d])/gu)].map((m) => m[1] as string);
  if (!numbers.length) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  if (!excerpts.some((e) => new RegExp(PURPOSE, 'iu').test(e))) return given;
  // (The purpose governs the numbers of its clause, a few words on: "aimed at backing the return of 40,000 refugees
  // and 60,000 uprooted people".)
  const aimedOnly = (n: string): boolean => {
    const written = new RegExp(`(?<![\\p{L}\\d])${escapeRe(n)}(?![\\p{L}\\d])`, 'u');
    const aimed = new RegExp(String.raw`\b${PURPOSE}(?:\s+[^\s;:]+){0,12}?\s+${escapeRe(n)}(?![\p{L}\d])`, 'giu');
    const holding = excerpts.filter((e) => written.test(e));
    return holding.length > 0 && holding.every((e) => !written.test(e.replace(aimed, ' ')));
  };
  if (!numbers.every(aimedOnly)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest number is what a plan aims at, not a count of what happened.', suggestionsFor(intent, index));
}
