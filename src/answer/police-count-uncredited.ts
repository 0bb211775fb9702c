import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "according to police", "did police say", "the police estimate": a count asked as the police's. */
const POLICE_ASKED =
  /\b(?:according\s+to\s+(?:the\s+)?police|(?:did|does|do|had|has)\s+(?:the\s+)?police\s+(?:say|estimate|count|report|put|give|record)|police\s+(?:say|said|estimated?|counted|count|put|reported|figures?|estimates?))\b/i;
/** The police credited with a figure: "police said", "police estimated …", "according to police", "a police spokesman put". */
const POLICE_CREDITED =
  /\bpolice\b[^.;]{0,60}?\b(?:said|cited|says|say|estimated?|estimates|put|puts|counted|counts|reported|reports|gave|gives|told|tells|spoke|spokesm[ae]n|spokeswoman|spokesperson|figures?|estimate|count|tally)\b|\b(?:according\s+to|estimated\s+by|counted\s+by|given\s+by|reported\s+by|said)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}police\b/iu;
/** A count credited by a pronoun ("They said about 900 …"), whose referent a sentence beside it names. */
const PRONOUN_CREDIT = /\b(?:they|he|she|it)\s+(?:said|say|says|told|estimated|reported|added|put)\b/i;

/**
 * "How many marched, according to police?" is not answered "thousands" from "thousands marched amid a heavy police
 * presence": the police named beside a count credit it only when the sentence has them give it (said, estimated,
 * put, according to). An answer in English whose sentences never credit the police is declined.
 */
export function policeCountUncredited(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (!POLICE_ASKED.test(intent.question ?? '')) return given;
  // (A report in another language credits the police its own way: "nach Polizeiangaben", "selon la police".)
  if (given.citations.some((c) => {
    const lang = index.article(c.articleId)?.language;
    return !!lang && lang !== 'en' && lang !== 'und';
  })) return given;
  const head = given.text.split('“')[0] ?? '';
  if (/\bpolice\b/i.test(head)) return given;
  if (given.citations.some((c) => POLICE_CREDITED.test(c.excerpt ?? ''))) return given;
  // ("In a statement, police said … They said about 900 people had gathered.": the police the sentence beside it
  // credits are who "they" are.)
  const besideCredits = given.citations.some((c) => {
    if (!PRONOUN_CREDIT.test(c.excerpt ?? '')) return false;
    const sentences = index.sentencesOf(c.articleId);
    return [c.sentence - 1, c.sentence + 1].some((i) => POLICE_CREDITED.test(sentences[i]?.text ?? ''));
  });
  if (besideCredits) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The count found is not one the police gave.', suggestionsFor(intent, index));
}
