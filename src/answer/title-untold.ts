import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { titleAskedOf } from './title-asked.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A title's words as reports in English, French and German write it, as stems (any case). */
export const TITLE_STEMS: Readonly<Record<string, string>> = {
  mayor: 'mayor|maire|bürgermeister|burgermeister',
  senator: 'senat|sen\\.',
  minister: 'minist|premier',
  governor: 'govern|gouvern|gov\\.',
  ambassador: 'ambassad|botschafter|amb\\.',
  judge: 'judge|juge|richter|presiding',
  prosecutor: 'prosecut|procureur|staatsanwalt',
  spokesperson: 'spokes|porte-parole|sprecher',
  spokesman: 'spokes|porte-parole|sprecher',
  spokeswoman: 'spokes|porte-parole|sprecher',
  representative: 'represent|rep\\.|congress',
  congressman: 'congress|rep\\.|representative',
  congresswoman: 'congress|rep\\.|representative',
};

/** Posts a name may carry in its own title, other than the one asked. */
const OTHER_POST = /\b(?:secretary|minister|president|premier|mayor|governor|senator|chancellor|chief|director|commander|spokes(?:man|woman|person)|chairman|chairwoman)\b/i;

/**
 * "which congressman showed up at the rally?", "which senator spoke?": one asked by a title is answered only by a name
 * a cited sentence writes beside that title ("Congressman Ivo Brandt", "Ana Holm, former senator", "maire du 5e"); a
 * name no sentence sets beside it (a ruler, an anniversary's "Islamic Revolution" read as a name) is someone else's.
 * Declined.
 */
export function titleUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'agent' || !given.citations.length) return given;
  const title = titleAskedOf(intent.question ?? '');
  if (!title) return given;
  const stems = new RegExp(`(?:${TITLE_STEMS[title] ?? escapeRe(title.slice(0, 5))})`, 'iu');
  const head = given.text.split('“')[0] ?? '';
  if (stems.test(head)) return given;
  // ("Name (according to …)", "Name: …", "Name — according to …": the name stands before the source.)
  const lead = head.split(/\s\((?:according|reported)|:|\s[—–]\s/)[0] ?? '';
  const names = lead
    .split(/,\s*|\s+and\s+/)
    .map((n) => n.replace(/\s*\(.*$/, '').trim())
    .filter((n) => n.length >= 3);
  const said = given.citations.map((c) => c.excerpt ?? '');
  // ("Foreign Secretary Tom Varley …: “… our Ambassador …”": a name the answer gives with another post of its own
  // holds that post, not the one the sentence writes beside it; a country, "UK", is nobody.)
  const ownPost = (n: string) => OTHER_POST.test(n) && !stems.test(n);
  const nobody = (n: string) => COUNTRIES.has(fold(n)) || /^\p{Lu}{2,3}$/u.test(n);
  const beside = (e: string, n: string) => {
    // (The name as the sentence writes it, or its last word: "Sen. O’Varrick".)
    const at = [n, n.split(/\s+/).at(-1) ?? n].map((x) => e.indexOf(x)).find((i) => i >= 0);
    return at !== undefined && stems.test(e.slice(Math.max(0, at - 60), at + n.length + 80));
  };
  if (names.some((n) => !ownPost(n) && !nobody(n) && said.some((e) => beside(e, n)))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence gives the ${title} asked a name.`, suggestionsFor(intent, index));
}
