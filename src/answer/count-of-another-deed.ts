import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { leadCount } from './count-of-another-year.ts';
import { PART_BEFORE } from './part-for-total.ts';

/** Deeds a count of people is told by that are never one another: held, hanged, hurt, sentenced, freed, moved, fled. */
const DEEDS = new Set(['@arrest', '@execute', '@injure', '@kill', '@release', '@evacuate', '@flee', 'sentenc', 'deathsentenc']);
/** The same deed in two families ("sentenced", "sentenced to death"); killing and hanging are not told apart. */
const SAME = (a: string, b: string): boolean =>
  a === b || (/sentenc$/.test(a) && /sentenc$/.test(b)) || (a === '@kill' && b === '@execute') || (a === '@execute' && b === '@kill');

/** The deed of a passive verb: "were arrested", "have been sentenced to death", "had been hanged". */
const PASSIVE = /\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|be|got|get)\s+(?:(?:later|since|already|reportedly|also|then|now|all)\s+)?([a-z]+(?:ed|en)|hurt|shot|held|slain|hung)(\s+to\s+death)?\b/i;
const PASSIVES = new RegExp(PASSIVE.source, 'gi');

/** The deed key of the words given: "sentenced to death" as one. */
function deedOf(words: string): string | undefined {
  const keys = tokenize(words).map((t) => t.key);
  return keys.find((k) => DEEDS.has(k));
}

/**
 * "How many detainees were sentenced to death, according to the chief judge?" is not answered "2,000" from "the
 * chief judge said 2,000 people were arrested in the sweep, some of whom could face the death penalty": the count's
 * own verb (the passive right after it) tells another deed than the question's own verb asks (arrested, not
 * sentenced; hurt, not held). Declined. (Killing and hanging are not told apart: a report may say either.)
 */
export function countOfAnotherDeed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  // (The question's own verb, not one in a clause on the people counted: "how many protesters who were arrested …
  // have been executed" asks the hangings.)
  const askedVerb = [...(intent.question ?? '').matchAll(PASSIVES)].find((m) => !/\b(?:who|that|which|whom)\s+$/i.test((intent.question ?? '').slice(0, m.index)));
  const asked = askedVerb ? deedOf(askedVerb[0]) : onlyDeedOf(intent.question ?? '');
  if (!asked) return given;
  const number = leadCount(given.text);
  const excerpt = given.citations[0]?.excerpt ?? '';
  if (!number || !excerpt) return given;
  const at = new RegExp(`(?<![\\d.,])${escapeRe(number)}(?![\\d]|[.,]\\d)`).exec(excerpt);
  if (!at) return given;
  // (The count's own clause: up to the next comma, semicolon or full stop, its passive within a few words of it.)
  const clause = (excerpt.slice(at.index + number.length).split(/[,;.:]/)[0] ?? '');
  if (partOfAnotherDeed(excerpt.slice(0, at.index), clause, asked)) {
    return notAnswered(intent, 'The archive has nothing that answers this. The closest figure is a part of people to whom something else was done.', suggestionsFor(intent, index));
  }
  if (doneByVerbBefore(excerpt.slice(Math.max(0, at.index - 40), at.index), excerpt.slice(at.index + number.length), asked)) {
    return notAnswered(intent, 'The archive has nothing that answers this. The closest figure counts people to whom something else was done.', suggestionsFor(intent, index));
  }
  if (!askedVerb) return given;
  const told = PASSIVE.exec(clause);
  if (!told || told.index > 40) return given;
  const deed = deedOf(told[0]);
  if (!deed || SAME(deed, asked)) return given;
  // ("How many were jailed?" against "12 were sentenced to prison terms": a sentence to prison is the jailing asked.)
  if (asked === '@arrest' && /sentenc$/.test(deed) && /\b(?:prison|jail|gaol)\b/i.test(clause)) return given;
  // ("… were killed or hurt": the clause tells the deed asked too.)
  if (tokenize(clause).some((t) => SAME(t.key, asked))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest figure counts people to whom something else was done.', suggestionsFor(intent, index));
}

/**
 * The one deed a question names anywhere ("how many women were among those hanged"); none when it names two. Words of
 * a name ("Hands Against the Death Penalty") and of the source after "according to" tell no deed asked.
 */
function onlyDeedOf(question: string): string | undefined {
  const asked = question.replace(/\b(?:according\s+to|per)\b.*$/is, '');
  const deeds = new Set(tokenize(asked).filter((t) => !t.cap).map((t) => t.key).filter((k) => DEEDS.has(k)));
  return deeds.size === 1 ? [...deeds][0] : undefined;
}

/**
 * "… sentenced 40 people to death, including 3 women": a count told as a part ("including", "of whom") is of the
 * people its total counts, so it has the total's deed (sentenced), not the deed asked (hanged), unless its own clause
 * tells the deed asked.
 */
function partOfAnotherDeed(before: string, clause: string, asked: string): boolean {
  if (!PART_BEFORE.test(before)) return false;
  const total = before.replace(PART_BEFORE, '').split(/[.;:!?](?:\s|$)/).pop() ?? '';
  if (!/\d/.test(total)) return false;
  // ("sentenced 40 people to death": the death is the sentence's, nobody was killed.)
  const told = total.replace(/(\b(?:sentenc|condemn)\w*\b[^.;]{0,80}?)\bto\s+death\b/i, '$1');
  const deeds = tokenize(told).map((t) => t.key).filter((k) => DEEDS.has(k));
  if (!deeds.length || deeds.some((d) => SAME(d, asked))) return false;
  return !tokenize(clause).some((t) => SAME(t.key, asked));
}

/** An active verb of a deed right before a count: "shot dead 190", "detained more than 6,000", "hanged 12". */
const VERB_BEFORE = /\b(shot\s+dead|gunned\s+down|beaten\s+to\s+death|[a-z]{3,}ed)\s+(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$/i;

/** The noun of a deed right before a count: "the deaths of some 12", "injuries to over 100", "the arrest of 12". */
const NOUN_BEFORE = /\b(deaths?|killings?|injur(?:y|ies)|wounding|arrests?|executions?|hangings?)\s+(?:of|to)\s+(?:(?:between|at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to|possibly(?:\s+well)?\s+over)\s+)?$/i;

/**
 * "How many were detained?" is not answered "190" from "units shot dead 190 marchers and detained more than 6,000":
 * the verb right before a count does its deed to those counted; a deed asked that only a later clause of the sentence
 * ("and detained …") tells is another count's.
 */
function doneByVerbBefore(before: string, after: string, asked: string): boolean {
  // (Or the noun of a deed the count is of: "led to the deaths of some 12 to 20", "injuries to 80".)
  const verb = VERB_BEFORE.exec(before)?.[1] ?? NOUN_BEFORE.exec(before)?.[1];
  if (!verb) return false;
  const deed = /^(?:shot|gunned|beaten)\b/i.test(verb) ? '@kill' : deedOf(verb);
  if (!deed || SAME(deed, asked)) return false;
  const own = after.split(/[,;.:]|\band\b|\bwhile\b/)[0] ?? '';
  return !tokenize(own).some((t) => SAME(t.key, asked));
}
