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
  // ("the Norlink agency reported his arrest", "spokeswoman Lina Oster announced that 212 were killed in the raid":
  // the one who told of the deed, answered as its doer.)
  const lead = (given.text.split(/\s+—\s+|[:“(]/)[0] ?? '').trim();
  const last = lead.split(/\s+/).at(-1) ?? '';
  if (last.length >= 3 && /^\p{Lu}/u.test(last) && lead.split(/,|\band\b/).length === 1 && !SPEAKING_DEEDS.test(m[1] as string)) {
    const teller = new RegExp(`(?<![\\p{L}])${escapeRe(last)}(?![\\p{L}])(?:\\s+(?:news\\s+)?(?:agency|media|newspaper|daily|channel|television|tv))?\\s+(?:(?:also|later|then|has|had|have)\\s+)?(?:said|says|announced|announces|reported|reports|confirmed|confirms|told|stated|added|noted|explained|revealed|wrote|tweeted|posted)\\b`, 'u');
    // ("The guard corps said it had arrested two tourists": a body telling its own deed is its doer.)
    const ownDeed = excerpts.some((e) => [...e.toLowerCase().matchAll(/\b(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+|would\s+)?(?:also\s+|now\s+)?(\p{L}+)/gu)].some((x) => isDeed(x[1] as string)));
    if (!ownDeed && excerpts.every((e) => teller.test(e))) {
      return notAnswered(intent, `The archive has nothing that answers this. The closest sentence names ${last} as the one who told of that deed, not who did it.`, suggestionsFor(intent, index));
    }
  }
  if (SPEAKING_DEEDS.test(m[1] as string) || !excerpts.some((e) => /[“"«]/.test(e))) return given;
  if (excerpts.some((e) => tells(e.replace(QUOTED, ' ')))) return given;
  // (Only a deed the quoted words name as a thing, "the arrest of our envoy": words telling it done, "was uncovered
  // by the police", may name its doer themselves.)
  const quoted = excerpts.flatMap((e) => e.match(QUOTED) ?? []).join(' ');
  const words = quoted.toLowerCase().split(/[^\p{L}]+/u);
  const asThing = words.some((w, i) => isDeed(w) && /^(?:the|a|an|his|her|their|our|its|this|that)$/.test(words[i - 1] ?? ''));
  const asDone = words.some((w, i) => isDeed(w) && /^(?:was|were|been|being|be|is|are|had|has|have)$/.test(words[i - 1] ?? ''));
  if (!asThing || asDone) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest sentence tells of that deed only in words someone is quoted saying, not who did it.', suggestionsFor(intent, index));
}

/** Deeds of speaking, meeting or running an occasion: the one who told of them may well be their doer. */
const SPEAKING_DEEDS = /^(?:spoke|addressed|attended|organi[sz]ed|hosted|chaired|convened|called|urged|said|stated|announced|told|claimed|declared|demanded|invited|welcomed|introduced|led|joined|participated|presented|delivered|praised|critici[sz]ed|condemned|thanked|warned|quoted|interviewed|moderated|opened|closed|reported|confirmed|described|mentioned|promised|pledged|vowed|asked|appealed|proposed|suggested|insisted|argued|admitted|denied|accused|blamed|threatened|hoped|predicted|recalled|replied|answered|responded|explained|noted|added|stressed|emphasi[sz]ed|repeated|wrote|tweeted|posted|shouted|chanted|counted|tallied|recorded|documented|registered|estimated|verified|compiled|published|released|issued|gave|put|cited|listed)$/;
