import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "where was X buried?", "where were the two students arrested?": the participle closing a where-question. */
// ("where was X arrested after the handover?": a clause of time after the participle still closes on the deed.)
const CLOSING_DEED = /\bwhere\s+(?:was|were|is|are|has been|have been|had been)\b[^?,;:]*?\b(\p{L}{3,}ed|shot|slain|beaten|hung|struck|caught|hidden)(?:\s+(?:after|before|while|when|during|following|once)\b[^?]*)?\s*\??\s*$/iu;
/** Participles that ask where something is or took place, not a deed of its own ("where was it located / staged"). */
const PLACE_VERBS =
  /^(?:located|situated|based|staged|organised|organized|hosted|founded|established|created|formed|started|launched|planned|scheduled|delivered|recorded|published|posted|announced|presented|displayed|unveiled|signed|filmed|photographed|pictured|reported|stationed|headquartered|registered|named|called|titled|entitled|gathered|assembled|convened|concluded|ended|finished|opened|closed|moved|relocated)$/;

/** "where did the pair hide the cash", "where had they buried it": a deed done to a thing, asked in the active voice, with its word family. */
const ACTIVE_DEED: ReadonlyArray<[RegExp, RegExp]> = [
  [/\bhid(?:e|es|den|ing)?\b/i, /\bhid(?:e|es|den|ing|eout)?\b/i],
  [/\bstash(?:ed|es|ing)?\b/i, /\bstash/i],
  [/\bconceal(?:ed|s|ing)?\b/i, /\bconceal/i],
  [/\b(?:bury|buried|buries|burying)\b/i, /\b(?:bur(?:y|ied|ies|ying|ial))\b/i],
  // ("where did the envoy hand the parcel over to the pair": a handover, told by "handed … over" or "passed … to".)
  [/\b(?:hand|hands|handed|handing)\b[^?]*\bover\b|\bhandover\b/i, /\b(?:hand(?:s|ed|ing)?\b[^.;]{0,40}\bover\b|handover|pass(?:es|ed|ing)?\b[^.;]{0,40}\bto\b|deliver(?:s|ed|ing|y)?\b)/i],
];
const ACTIVE_WHERE = /\bwhere\s+(?:did|do|does|had|have|has)\b([^?]*)/i;

/**
 * "Where did the pair hide the cash?" answered "Varn" from "The pair were arrested near Varn with the cash": a
 * where-question asking where a thing was hidden, stashed, concealed or buried is answered only by a sentence that
 * tells that deed; the place of another deed (an arrest, a trial) is declined.
 */
function activeDeedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer | undefined {
  const rest = ACTIVE_WHERE.exec(intent.question ?? '')?.[1];
  if (!rest) return undefined;
  const deed = ACTIVE_DEED.find(([asked]) => asked.test(rest));
  if (!deed) return undefined;
  // (The thing or person the deed was done to, after its verb: "hand the parcel over to the pair". A sentence telling
  // the deed of something else, "X was later handed over to Kessland", tells another handover.)
  const afterVerb = rest.slice((deed[0].exec(rest)?.index ?? 0)).split(/\s+/).slice(1).map((w) => fold(w).replace(/s$/, '')).filter((w) => w.length >= 4 && !/^(?:over|with|from|into|onto|their|them|they|that|this|those|these|then|when)$/.test(w));
  const tells = (t: string) => {
    const m = deed[1].exec(t);
    if (!m) return false;
    if (!afterVerb.length) return true;
    const words = new Set(fold(t).split(' ').map((w) => w.replace(/s$/, '')));
    return afterVerb.some((w) => words.has(w));
  };
  if (tells(given.text.split('“')[0] ?? '') || given.citations.some((c) => tells(c.excerpt ?? ''))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells where that was done.', suggestionsFor(intent, index));
}

/**
 * "Where was Lina Varo buried?" answered "Kessish" from "Lina Varo, whose name means 'dawn' in Kessish, was shot …":
 * a where-question closing on the deed whose place it asks (buried, arrested, shot, detained) is answered only by a
 * sentence that tells that deed, in its word family; a place from a sentence about something else is declined.
 */
export function placeOfDeedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'where' && intent.analysis.expects !== 'place') || !given.citations.length) return given;
  const active = activeDeedUntold(intent, index, given);
  if (active) return active;
  const participle = CLOSING_DEED.exec(intent.question ?? '')?.[1];
  if (!participle || PLACE_VERBS.test(fold(participle))) return given;
  const deed = tokenize(participle)[0];
  if (!deed || deed.cap) return given;
  const said = tokenize([given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' '));
  // ("where were the detained porters imprisoned" against "about 40 porters were arrested at the quay": where people
  // are kept is asked, which the place they were seized at does not tell, though both verbs are of one family.)
  if (CUSTODY_ASKED.test(participle) && !said.some((t) => CUSTODY_TOLD.test(t.fold))) {
    return notAnswered(intent, `The archive has nothing that answers this. No sentence tells where that person or group was ${participle}.`, suggestionsFor(intent, index));
  }
  // (The family's key, or the word's first five letters: "buried" and "burial".)
  const head = deed.fold.slice(0, 5);
  if (said.some((t) => t.key === deed.key || (head.length === 5 && t.fold.startsWith(head)))) return personOfDeedUntold(intent, index, given);
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells where that person or group was ${participle}.`, suggestionsFor(intent, index));
}

/** Participles asking where people are kept in custody, not where they were seized. */
const CUSTODY_ASKED = /^(?:imprisoned|jailed|incarcerated|held|kept|confined|locked)$/i;
/** Words telling where people are kept: a prison, a cell, a camp, a ward, being held or jailed there. */
const CUSTODY_TOLD = /^(?:imprison\w*|prisons?|jail\w*|gaols?|incarcerat\w*|held|kept|confine\w*|cells?|camps?|wards?|custody|locked|detention)$/;

/** Words that carry a person named in the sentence before into the one that tells the deed. */
const PRONOUNS = /\b(?:he|she|they|the\s+(?:man|woman|couple|pair|diplomat|envoy|ambassador|official|suspect|defendant|activist|journalist|student))\b/i;

/**
 * "Where was Oren K. arrested?" answered "Ghent" from "Lina V. and Joss V. were arrested in Ghent": the deed asked is
 * the person's the question names; a sentence telling it of others by name, never naming that person nor pointing
 * back to one ("he", "the couple"), places another's deed. Declined.
 */
function personOfDeedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const names = intent.analysis.terms.filter((t) => t.sort === 'name' && t.fold.length >= 3).map((t) => t.fold);
  if (!names.length) return given;
  const subject = /\bwhere\s+(?:was|were|is|are|has been|have been|had been)\s+([^?]*?)\s*\??\s*$/i.exec(intent.question ?? '')?.[1] ?? '';
  const asked = names.filter((n) => ` ${fold(subject)} `.includes(` ${n} `));
  if (!asked.length) return given;
  const excerpts = given.citations.map((c) => c.excerpt ?? '');
  const text = ` ${fold(excerpts.join(' '))} `;
  if (asked.some((n) => text.includes(` ${n} `)) || excerpts.some((e) => PRONOUNS.test(e))) return given;
  // (Only where the sentence tells the deed of others by name: capitalised words before its verb.)
  if (!excerpts.some((e) => /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?(?:\s*,|\s+and\b)/u.test(e))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentence telling that deed tells it of others, not of the person asked.', suggestionsFor(intent, index));
}
