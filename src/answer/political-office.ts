import { TITLES } from './reader/spans.ts';
import { fold } from '../understand/text.ts';

/**
 * Offices of politics: the heads of a question asking for their holders ("which politicians", "which lawmakers")
 * and the words of a stated role that hold one ("MP", "Senator for …", "députée PLR", "Bürgermeister").
 */

/** Heads of "which …" that ask for holders of political office ("which politicians", "which lawmakers"). */
export const POLITICAL_HEADS = /^(?:politicians?|lawmakers?|legislators?|parliamentarians?)$/;

/** Words of a stated role that hold an office of politics ("Federal member for Goldstein", "Rep.", "députée PLR"). */
export const POLITICAL_ROLE =
  /(?<![\p{L}])(?:mps?|meps?|mpps?|senators?|sen\.|ministers?|mayors?|councill?ors?|lawmakers?|legislators?|congress(?:man|woman|member)|(?:federal )?members? (?:of|for) |politicians?|prime|governors?|chancellors?|party|parliament\p{L}*|assembly|senat\p{L}*|congress|landtag\p{L}*|bundestag\p{L}*|mdb|mdl|house speaker|speaker of the house|secretar(?:y|ies) of state|députée?s?|sénat\p{L}*|maire|ministre|conseill\p{L}+|abgeordnete\p{L}*|bürgermeister\p{L}*|minister\p{L}*|politiker\p{L}*|socialists?|communists?|far-left|far-right|left-wing|right-wing|labour|conservatives?|republicans?|democrats?)(?![\p{L}])/iu;

/** Whether a stated role holds an office of politics. */
export function holdsPoliticalOffice(role: string): boolean {
  // "Representative X", "Rep.", "Deputy Speaker": offices only when written capitalised ("representative of the
  // NCRI", "deputy director of a rights group" are none).
  if (POLITICAL_ROLE.test(role) || /(?<![\p{L}])(?:Representatives?|Rep\.|Deputy (?:Speaker|Prime))(?![\p{L}])/u.test(role)) return true;
  // "X (VPU/MdB)", "Y (Blaue)": a party's short name alone is the role given; a title word alone ("Activist",
  // "Writer") is none.
  const one = role.trim().replace(/^\((.*)\)$/, '$1');
  return /^\p{Lu}[\p{L}/-]{1,13}$/u.test(one) && !TITLES.has(fold(one)) && !/(?:ist|er|or|ant|ent)$/i.test(one);
}
