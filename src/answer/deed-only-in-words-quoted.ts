import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, stem } from '../understand/text.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Who arrested the envoy?", "who banned the march": a deed asked of its doer, by its verb in the past. */
const WHO_DID = /^\s*(?:and\s+|so\s+)?who\s+(\p{Ll}{4,}ed)\b/u;

/** Words quoted in a sentence: “…”, "…", «…». */
const QUOTED = /“[^”]*”?|"[^"]*"?|«[^»]*»?/g;

/**
 * "Who arrested the envoy?" is not answered "Minister Tove Rask" from "Rask said: “The arrest of our envoy is a breach
 * of law”": a deed told only inside someone's quoted words is what they spoke of, not what they did. An answer resting
 * only on sentences whose words outside quotation marks never tell the deed is declined.
 */
export function deedOnlyInWordsQuoted(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'who' || !given.citations.length) return given;
  const m = WHO_DID.exec((intent.question ?? '').toLowerCase());
  if (!m) return given;
  const deed = stem(m[1] as string);
  if (deed.length < 4) return given;
  // (By the deed's word family too: "detained" asked, "his arrest" told.)
  const family = tokenize(m[1] as string)[0]?.key;
  const isDeed = (w: string) => w.length >= 4 && (stem(w).startsWith(deed) || (!!family && family.startsWith('@') && tokenize(w)[0]?.key === family));
  const tells = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).some(isDeed);
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  // ("the Norlink agency reported his arrest": the one who told of the deed, answered as its doer.)
  const lead = (given.text.split(/\s+—\s+|[:“(]/)[0] ?? '').trim();
  const last = lead.split(/\s+/).at(-1) ?? '';
  if (last.length >= 3 && /^\p{Lu}/u.test(last) && lead.split(/,|\band\b/).length === 1) {
    const told = new RegExp(`(?<![\\p{L}])${escapeRe(last)}(?![\\p{L}])[^.;“"]{0,40}?\\b(?:reported|announced|confirmed|revealed|denied|condemned|described|protested|critici[sz]ed|decried)\\s+(?:his|her|their|its|the|this|that)\\s+(?:[\\p{L}-]+\\s+)?([\\p{L}]+)`, 'u');
    if (excerpts.every((e) => { const t = told.exec(e); return !!t && isDeed((t[1] as string).toLowerCase()); })) {
      return notAnswered(intent, `The archive has nothing that answers this. The closest sentence names ${last} as the one who told of that deed, not who did it.`, suggestionsFor(intent, index));
    }
  }
  if (!excerpts.some((e) => /[“"«]/.test(e))) return given;
  if (excerpts.some((e) => tells(e.replace(QUOTED, ' ')))) return given;
  if (!excerpts.some(tells)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest sentence tells of that deed only in words someone is quoted saying, not who did it.', suggestionsFor(intent, index));
}
