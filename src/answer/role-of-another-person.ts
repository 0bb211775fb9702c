import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Words of a subject that name no one ("the", honorifics, "he"). */
const NOT_A_NAME = new Set(['the', 'mr', 'mrs', 'ms', 'dr', 'sir', 'he', 'she', 'they', 'him', 'her', 'his', 'and', 'of', 'de', 'van', 'von', 'al', 'el', 'la', 'le', 'who', 'what']);

/**
 * "What is Lena Vost's job? She spoke after the two guards were charged in the Orrin case" answered "Kai Orrin is a
 * ferry pilot": the role given is of another person the question names in passing. A role question names whose role
 * is asked; an answer leading with a different person's name, in which no word of the asked name (nor of the
 * matched person's spellings) is written, is declined.
 */
export function roleOfAnotherPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'role') return given;
  const subject = intent.analysis.subject;
  // (Only a name: a subject read as a verb or a common word, "spoke" of a question rewritten, says nothing of whom.)
  if (!subject || subject.group || !/\p{Lu}/u.test(subject.text)) return given;
  const asked = fold(subject.text).split(' ').filter((w) => w.length >= 3 && !NOT_A_NAME.has(w));
  if (!asked.length) return given;
  // ("Mira Lund spoke at the Kessby IWD forum - what post had she held?": a question opening on a person's full name
  // asks that person's post, whatever later words, "Kessby IWD", were read as its subject.)
  const question = fold(intent.question ?? '');
  const leadFolded = ` ${fold(given.text.split(/\s\(according to |\s—\s|:\s|“/)[0] ?? '')} `;
  for (const id of intent.slots.people ?? []) {
    const speaker = index.speaker(id);
    const full = [speaker?.name ?? '', ...(speaker?.aliases ?? [])].map(fold).filter((n) => n.includes(' '));
    if (full.some((n) => question.startsWith(`${n} `) && leadFolded.includes(` ${n} `))) return given;
  }
  const leadRaw = given.text.split(/\s\(according to |\s—\s|:\s|“/)[0] ?? '';
  const lead = ` ${fold(leadRaw)} `;
  // (Within a word too: a name whose first letters were read as a title, "Dr" of "Drickznla", is still the one asked.)
  if (asked.some((w) => lead.includes(` ${w} `) || (w.length >= 4 && lead.includes(w)))) return given;
  for (const id of intent.slots.people ?? []) {
    const speaker = index.speaker(id);
    const spellings = [speaker?.name ?? '', ...(speaker?.aliases ?? [])];
    // (Only the person asked: another one the question names in passing is the very one to tell apart.)
    if (!spellings.some((n) => asked.some((w) => ` ${fold(n)} `.includes(` ${w} `)))) continue;
    if (spellings.some((n) => n && lead.includes(` ${fold(n)} `))) return given;
  }
  // (Only an answer that opens on someone else's name: "Kai Orrin is …", not "A ferry pilot, according to …".)
  const opening = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)\s+(?:is|was|are|were|has|had|,)/u.exec(leadRaw.trim());
  if (!opening) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The role it holds is of ${opening[1]}, not of the person asked.`, suggestionsFor(intent, index));
}
