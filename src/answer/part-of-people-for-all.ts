import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { leadOf } from './count-of-another-year.ts';

/** Words a count of people by sex or age is told by ("seven women", "164 men", "two juvenile offenders"). */
const SUBGROUP = String.raw`(?:women|men|woman|man|children|child|minors|minor|juveniles|girls|boys|teenagers|teens|females|males)`;
/** The same words as a question asks a part by, adjectives too ("how many female prisoners", "juvenile offenders"). */
const PART_ASKED = new RegExp(String.raw`\b${SUBGROUP}\b|\b(?:female|male|juvenile|mothers?|fathers?|wom[ae]n's|kids?|sons?|daughters?|wives|husbands?|students?|pupils?)\b`, 'i');
/** A count of people in all, as reports write one: "97 executions", "at least 120 people", "31 prisoners". */
const TOTAL = new RegExp(String.raw`(?<![\d.,])\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|individuals|executions|hangings|prisoners|inmates|detainees|protesters|civilians|victims|deaths|dead)\b`, 'i');
/** A number written in digits or in words. */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)`;
/** The answer's lead count, when it counts such a part: "Seven women (…)", "According to X, 164 men were …". */
// ("304 men, women and children" counts them all: a list of such parts with no number of its own is the whole.)
const LEAD_PART = new RegExp(String.raw`^(?:According to [^,“]{1,80},\s*)?(?:at\s+least\s+|about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+|over\s+)?${NUMBER}\s+${SUBGROUP}\b(?!,?\s+(?:and|or)\s+${SUBGROUP}\b|,\s*${SUBGROUP}\b)`, 'i');

/**
 * "How many were executed in Kessa in March?" is not answered "Seven women" from "Seven women were executed that
 * month" when the report counts everyone elsewhere: a count of people by sex or age is a part of the people asked
 * about, and answers only a question asking that part ("how many women …"). Declined when the cited report also
 * gives another part's count ("81 men and 4 women") or a count of people in all ("97 executions"); a report that
 * tells only "Three men were hanged" counts all it tells of.
 */
export function partOfPeopleForAll(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const part = LEAD_PART.exec(leadOf(given.text));
  if (!part) return given;
  if (PART_ASKED.test(intent.question ?? '')) return given;
  const report = index.article(given.citations[0]?.articleId ?? '')?.text ?? '';
  const own = (/\b([a-z]+)$/i.exec(part[0])?.[1] ?? '').toLowerCase();
  const otherPart = [...report.matchAll(new RegExp(String.raw`(?<![\p{L}\d])${NUMBER}\s+(${SUBGROUP})\b`, 'giu'))].some((m) => (m[1] ?? '').toLowerCase() !== own);
  if (!otherPart && !TOTAL.test(report)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest figure counts only some of the people asked about (by sex or age), not all of them.', suggestionsFor(intent, index));
}
