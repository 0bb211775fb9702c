import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold, stem } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Words of a date question that ask for the date itself, not what was done. */
const DATE_WORDS = new Set(['when', 'what', 'which', 'year', 'date', 'day', 'month', 'time', 'exactly', 'happen', 'happened', 'take', 'took', 'place', 'held']);

/**
 * "What year was the group put on the ministry's blacklist?" answered "2 events match: the march on May 3 …": a date
 * question naming no gathering, place or person, answered with the dates of the archive's events, is answered only
 * when the sentences cited write most of what the question asks about. Declined otherwise (the deed asked is no event
 * the archive records).
 */
export function eventDateOfAnotherDeed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'when' || !given.citations.length) return given;
  if (!/^\d+ events match: |^The [^(“]* took place on /.test(given.text)) return given;
  if (intent.slots.eventKinds?.length || intent.slots.places?.length || intent.slots.people?.length) return given;
  const asked = [...new Set((intent.slots.keywords ?? []).map((k) => fold(k)).filter((k) => k.length >= 3 && !DATE_WORDS.has(k)).map(stem))];
  if (asked.length < 3) return given;
  const cited = new Set(fold(given.citations.map((c) => c.excerpt ?? '').join(' ')).split(' ').map(stem));
  const held = asked.filter((k) => cited.has(k)).length;
  if (held * 2 > asked.length) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The dates it holds are of events the question does not ask about.', suggestionsFor(intent, index));
}

/** Deeds done to or by a person, or by a court or a parliament, that no gathering's date tells. */
const DEED_OF_A_PERSON = /\b(convict(?:ed)?|sentenc(?:e|ed)|jail(?:ed)?|imprison(?:ed)?|arrest(?:ed)?|detain(?:ed)?|stopped|releas(?:e|ed)|extradit(?:e|ed)|charg(?:e|ed)|indict(?:ed)?|tried|acquit(?:ted)?|ruled|appeal(?:ed)?|listed|designat(?:e|ed)|elected|appoint(?:ed)?|born|ratif(?:y|ied)|expel(?:led)?|deport(?:ed)?|summon(?:ed)?)\b/i;
/**
 * The deed as the question's own verb, closing it (with a place or a party after it at most): "when was Vell
 * convicted?", "when did they arrest him in Kessa?". Not a word describing those asked of ("the families of detained
 * protesters") nor a noun of what was demanded ("to demand the release of prisoners").
 */
const DEED_CLOSING = new RegExp(String.raw`\b(?:was|were|is|are|been|be|did|does|do)\b.*?${DEED_OF_A_PERSON.source}(?:\s+(?:him|her|them|it|in|at|by|for|on|from|to|over|after|with|into)\b[^?]{0,60})?\s*\??\s*$`, 'i');

/**
 * "In which month was Vell convicted?" answered "The bombing in Marrow took place on May 2031": an event's date
 * answers a question about a deed done to or by a person (convicted, arrested, released …) only when a cited
 * sentence writes that deed with the date given. Declined otherwise (the event's date is another deed's).
 */
export function eventDateOfAPersonsDeed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'when' || !given.citations.length) return given;
  const date = /^(?:\d+ events match: .*| ?The [^(“]* took place on (.+?)) \(according to /.exec(given.text);
  if (!date?.[1]) return given;
  const deed = DEED_CLOSING.exec(intent.question ?? '')?.[1];
  if (!deed) return given;
  const deedStem = fold(deed).slice(0, 5);
  // ("February 4 (year not stated)": the note is no part of the date.)
  const dateWords = fold(date[1].replace(/\s*\([^)]*\)\s*$/, '')).split(' ').filter((w) => /^(?:\d{4}|[a-z]{3,})$/.test(w));
  if (!dateWords.length) return given;
  const told = given.citations.some((c) => {
    const words = fold(c.excerpt ?? '').split(' ');
    return words.some((w) => w.startsWith(deedStem)) && dateWords.every((d) => words.includes(d));
  });
  if (told) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The date it holds is of an event, not of the deed asked.', suggestionsFor(intent, index));
}

/** "When were the appeals due to be heard?", "when was the envoy freed?": the participle closing a date question. */
const CLOSING_PARTICIPLE = /\b(?:was|were|is|are|be|been)\s+(\p{Ll}{3,}ed|heard|held|tried|freed|sent|given|taken|brought|caught|shot|seen|told|won|lost|made|paid|set|put|kept)\s*\??\s*$/u;

/**
 * "When were the three released from prison?", "when was Ada Vell freed on bail?": a person let out of custody, the deed
 * closing the question with where from (a report "released" is another thing: that needs no such place).
 */
const FREED_FROM = /\b(?:was|were|is|are|be|been)\s+(?:[^?]{1,80}?\s+)?(released|freed)\s+(?:from|out\s+of|on)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:prison|jail|gaol|custody|detention|bail)\s*\??\s*$/iu;

/** Participles that ask when something took place at all, not one deed of its own. */
const HAPPENING = /^(?:held|staged|organised|organized|hosted|scheduled|planned|called|convened|launched|started|opened|closed|ended|finished|founded|established|formed|created|published|posted|written|released|reported|announced|set)$/;

/**
 * "When were the appeals due to be heard?" answered "March 9" from "Judges gave their verdict on March 9 …": a date
 * question closing on the deed whose day it asks (heard, freed, extradited …) is answered only by a sentence that
 * writes that deed's word; the date of another deed in the same report is declined.
 */
export function dateOfAnotherDeedAsked(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'when' || !given.citations.length) return given;
  const q = (intent.question ?? '').trim();
  const freed = FREED_FROM.exec(q);
  const closing = freed ?? CLOSING_PARTICIPLE.exec(q);
  const participle = closing?.[1];
  if (!closing || !participle || (!freed && HAPPENING.test(participle))) return given;
  // ("when was the rally after the ban was lifted?": a deed in a clause of its own dates what is asked, it is not asked.)
  // (The question's own opening "when" is not such a clause.)
  if (/\b(?:after|before|since|until|till|following|once|when|while|as)\b[^?,;]*$/i.test(q.slice(0, closing.index).replace(/^\s*\S+/, ''))) return given;
  // (The word's first letters: "heard" and "hearing", "extradited" and "extradition".)
  const head = participle.length > 5 ? participle.slice(0, 5) : participle.slice(0, 4);
  const told = given.citations.some((c) => fold(c.excerpt ?? '').split(' ').some((w) => w.startsWith(head)));
  if (told) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence giving a date tells of it being ${participle}.`, suggestionsFor(intent, index));
}
