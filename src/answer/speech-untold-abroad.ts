/**
 * "Who spoke at the rally in Kessel?" read in a report in another language: its words of saying are not the
 * question's, so the reader lets the names carry it, and a person a sentence names without saying anything ("sie
 * unterstützen die Rückkehr von X", "the return of X") is no speaker. A who-spoke answer from such a report rests on
 * a sentence that tells speech in its own language (or quotes). Declined otherwise.
 */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Speech told in English, French or German, or quoted. */
const SPEECH_TOLD =
  /[“”"«»„]|(?<![\p{L}])(?:said|says|told|spoke|speakers?|speech|address(?:ed)?|remarks|stated|declared|called|urged|a (?:déclaré|dit|lancé|ajouté|affirmé|souligné|expliqué|dénoncé|appelé|estimé|rappelé)|s['’]est exprimée?|(?:a|ont) (?:ensuite |alors |aussi |également |successivement |tour à tour )?pris la parole|prirent (?:ensuite |alors |aussi |également |successivement |tour à tour )?la parole|prises? de parole|sont intervenus|intervenants?|orateurs?|tribune|allocutions?|discours|sagte|sagt|erklärte|sprach|sprachen|spricht|Redner\p{L}*|Rede|Ansprache|Grußwort|forderte|betonte|rief|kritisierte|warnte|so der|so die)(?![\p{L}])/iu;

export function speechUntoldAbroad(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'agent') return given;
  if (!intent.analysis.terms.some((t) => t.part === 'focus' && (t.key === '@speak' || t.key === '@say'))) return given;
  const abroad = given.citations.filter((c) => (index.article(c.articleId)?.language ?? 'en') !== 'en');
  if (abroad.length === 0 || abroad.length < given.citations.length) return given;
  // (The sentence quoted, or the line announcing it: "Ont pris la parole :" over a list of names.)
  const told = (c: (typeof abroad)[number]) => SPEECH_TOLD.test(c.excerpt ?? '') || SPEECH_TOLD.test(index.sentencesOf(c.articleId)[c.sentence - 1]?.text ?? '');
  if (abroad.some(told)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence found tells anyone speaking.', suggestionsFor(intent, index));
}

/** A doer marked in English, French or German: by X, at X's call or initiative, a deed's participle, X as subject of it. */
export const DOER_MARKED =
  /(?<![\p{L}])(?:by|led|organi[sz]ed|launched|founded|called|par|organisat(?:eur|rice)s?|initiat(?:eur|rice)s?|fondat(?:eur|rice)s?|Organisator\p{L}*|Initiator\p{L}*|Gründer\p{L}*|à l['’]initiative d|à l['’]appel d|appell?ent à|appelle à|(?:a|ont) appelé à|sous l['’]égide d|organisée?s?|lancée?s?|fondée?s?|dirigée?s?|menée?s?|convoquée?s?|initiée?s?|von|durch|organisiert\p{L}*|veranstalte\p{L}*|Veranstalter\p{L}*|angemeldet|aufgerufen|initiiert|gegründet|geleitet|angeführt)(?![\p{L}])/iu;

/**
 * "Who launched the white wave for Varnia?" read in a report in another language: the deed's word is the report's own,
 * so the reader lets the names carry it, and someone a sentence shows only present ("étaient également présents") is
 * no doer. A who-did answer from such a report rests on a sentence marking a doer in its own language (by, "à
 * l'initiative de", "organisé par", "von", "angemeldet"…). Declined otherwise.
 */
export function deedUntoldAbroad(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'agent') return given;
  const terms = intent.analysis.terms;
  if (terms.some((t) => t.part === 'focus' && (t.key === '@speak' || t.key === '@say'))) return given;
  if (!terms.some((t) => t.part === 'focus' && t.sort === 'word' && t.key.startsWith('@'))) return given;
  const abroad = given.citations.filter((c) => (index.article(c.articleId)?.language ?? 'en') !== 'en');
  if (abroad.length === 0 || abroad.length < given.citations.length) return given;
  if (abroad.some((c) => DOER_MARKED.test(c.excerpt ?? ''))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence found tells who did it.', suggestionsFor(intent, index));
}
