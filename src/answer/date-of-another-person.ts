import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Where one clause of a sentence ends and another's deed, of someone else, begins. */
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas|whilst)\s+|;\s*|\s+(?:while|whereas|whilst)\s+/;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** The person a when-question names: two or more capitalised words in a row, the last one the surname. */
function personAsked(intent: Intent): string | undefined {
  const terms = intent.analysis.terms;
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1];
    const b = terms[i];
    if (a?.sort === 'name' && b?.sort === 'name' && /^\p{Lu}\p{Ll}/u.test(a.text) && /^\p{Lu}\p{Ll}/u.test(b.text)) {
      const q = intent.question ?? '';
      if (q.includes(`${a.text} ${b.text}`)) return b.text;
    }
  }
  return undefined;
}

/** The day an answer gives, as its sentence writes it ("October 29" of "On October 29 (year not stated), …"). */
function dayGiven(text: string): RegExp | undefined {
  const m = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\b`).exec(text.split('“')[0] ?? '');
  if (!m) return undefined;
  const [month, day] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
  return new RegExp(`\\b${month}\\s+${day}\\b|\\b${day}(?:st|nd|rd|th)?\\s+${month}\\b`);
}

/**
 * "When was Tamar Illo sentenced?" answered "October 3" from "Brenn was sentenced on October 3, and Illo has not yet
 * been tried": the day is told in the clause of another person; the one asked has a clause of their own, which gives
 * no such day. Declined.
 */
export function dateOfAnotherPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'date') return given;
  const surname = personAsked(intent);
  const day = dayGiven(given.text);
  if (!surname || !day) return given;
  const name = fold(surname);
  const holds = (clause: string) => fold(clause).split(/[^\p{L}\p{N}'’-]+/u).includes(name);
  for (const c of given.citations) {
    const clauses = (c.excerpt ?? '').split(CLAUSE_BREAK);
    const dated = clauses.find((cl) => day.test(cl));
    // ("…, and a court in Orsk sentenced him on March 4": a pronoun takes up the person named in the clause before.)
    if (!dated || holds(dated) || /\b(?:him|her|he|she|his)\b/i.test(dated)) continue;
    const other = clauses.some((cl) => cl !== dated && holds(cl));
    // (The dated clause is someone else's: it names a person or body of its own.)
    const ownName = (dated.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []).some((w) => !new RegExp(`^${MONTH}$`).test(w) && !/^(?:On|In|The|At|By|He|She|They|It)$/.test(w));
    if (other && ownName) {
      return notAnswered(intent, `The archive has nothing that answers this. The day it holds is told of someone else, not of ${surname}.`, suggestionsFor(intent, index));
    }
  }
  return given;
}
