/**
 * Questions asked in French ("Qu'a dit X au colloque ?", "Quel est le rôle de X ?", "Qui a écrit …", "Quelles
 * sénatrices …") read as the English questions the analysis knows (the question's cleaning already reads "combien",
 * "qui est", "c'est qui", "quand" and "où"): the question words, the verb of saying and the small words that
 * place an event ("au", "à la", "en juillet", "selon") are put in English; the content words stay as written, since
 * the reports they are looked for in write them in French too. A question that opens with no French question word is
 * returned as it is.
 */

import { FIRST_NAMES } from '../extract/first-names.ts';
import { fold } from './text.ts';

/** French nouns of places a question asks with "dans quelle …", as English asks them. */
const PLACE_NOUN_IN_ENGLISH: Record<string, string> = { ville: 'town', localité: 'town', commune: 'town', lieu: 'place', endroit: 'place', salle: 'hall', pays: 'country', province: 'province', région: 'region', prison: 'prison', quartier: 'district' };

const MONTHS: Record<string, string> = {
  janvier: 'January', février: 'February', fevrier: 'February', mars: 'March', avril: 'April', mai: 'May', juin: 'June',
  juillet: 'July', août: 'August', aout: 'August', septembre: 'September', octobre: 'October', novembre: 'November',
  décembre: 'December', decembre: 'December',
};

/** Verbs of saying a French question asks with ("Qu'a dit X", "Qu'a déclaré X"), to the English verb. */
const SAY_VERBS: Record<string, string> = {
  dit: 'say', déclaré: 'say', declare: 'say', affirmé: 'say', affirme: 'say', expliqué: 'say', ajouté: 'say', lancé: 'say',
  répondu: 'say', souligné: 'stress', demandé: 'demand', réclamé: 'demand', dénoncé: 'condemn', scandé: 'chant', écrit: 'write',
};

/** Past participles after "Qui a …" ("Qui a écrit l'article ?"), to the English past. */
const DEEDS: Record<string, string> = {
  écrit: 'wrote', organisé: 'organised', dirigé: 'led', représenté: 'represented', signé: 'signed', présidé: 'chaired',
  accueilli: 'welcomed', parlé: 'spoke', dit: 'said', déclaré: 'said', tué: 'killed', arrêté: 'arrested', conduit: 'led',
  // (Verbs a report tells words by: "Qui a lancé « … » ?" asks who said them.)
  lancé: 'said', affirmé: 'said', ajouté: 'added', averti: 'warned', annoncé: 'announced',
};

/** Verbs and participles of a question's deed, to English. */
const VERBS: Record<string, string> = {
  'ont été': 'were', 'a été': 'was', 'avaient été': 'had been', étaient: 'were', était: 'was', sont: 'are', est: 'is',
  tués: 'killed', tuées: 'killed', tué: 'killed', tuée: 'killed', morts: 'killed', arrêtés: 'arrested', arrêtées: 'arrested',
  arrêté: 'arrested', interpellés: 'arrested', exécutés: 'executed', exécutées: 'executed', exécuté: 'executed', blessés: 'injured',
  blessées: 'injured', présents: 'present', présentes: 'present', rassemblés: 'gathered', rassemblées: 'gathered',
  'a parlé': 'spoke', 'ont parlé': 'spoke', 'a pris la parole': 'spoke', 'ont pris la parole': 'spoke', 'a participé': 'attended',
  'ont participé': 'attended', 'ont manifesté': 'demonstrated', 'ont défilé': 'marched', avec: 'with', dans: 'in', contre: 'against', pour: 'for',
};

const WORD = String.raw`[\p{L}\p{M}'’-]+`;
/** Nouns a toll or a tally counts ("bilan de décès", "nombre d'exécutions"), as a count question names them. */
const COUNTED_NOUN = /^(?:décès|morts?|victimes|tués|personnes|exécutions|pendaisons|arrestations|interpellations|blessés|manifestants|déplacés|réfugiés|civils|détenus|participants)(?![\p{L}])/iu;

/** The small words placing an event, in English ("au colloque" → "at the colloque"), never inside a name. */
function placingWordsInEnglish(s: string): string {
  let out = s;
  // (Only between lower-case words or before a capital that starts a name: "Place de la République" keeps its "de la".)
  const rules: Array<[RegExp, string]> = [
    // ("face aux manifestants": to them, as they stood before the speaker.)
    [/(^|\s)face\s+(?:aux|au|à)\s+/giu, '$1to the '],
    [/(^|\s)lors d(?:u|e la|e l['’]|es)\s*/giu, '$1at the '],
    [/(^|\s)lors de\s+/giu, '$1at '],
    [/(^|\s)(?:au|aux)\s+/giu, '$1at the '],
    [/(^|\s)à (?:la|l['’])\s*/giu, '$1at the '],
    // ("selon Amnesty lors des émeutes": the source's name ends where the next words place the event.)
    [/(^|\s)(?:selon|d['’]après)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?=\s+\p{Ll})/gu, '$1according to $2,'],
    [/(^|\s)(?:selon|d['’]après)\s+/giu, '$1according to '],
    [/(^|\s)en (?=(?:\d{4}|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b)/giu, '$1in '],
    [/(^|\s)le (?=\d{1,2}(?:er)?\s)/giu, '$1on '],
    [/(^|\s)à (?=\p{Lu})/gu, '$1à '],
    [/(^|\s)en (?=\p{Lu})/gu, '$1in '],
    [/(^|\s)(?:sur|concernant|à propos d(?:e|u|es|e la|e l['’]))\s*/giu, '$1about '],
    [/(^|\s)pendant\s+/giu, '$1during '],
  ];
  for (const [re, to] of rules) out = out.replace(re, to);
  // ("à Paris" is where; "à Jean Muller" is left as written.)
  out = out.replace(/(^|\s)à (?=(\p{Lu}[\p{L}-]*))/gu, (m, sp: string, next: string) => (FIRST_NAMES.has(fold(next.split('-')[0] ?? '')) ? m : `${sp}in `));
  // The verbs a question asks a deed or a crowd by ("ont été tués" → "were killed", "étaient présentes" → "were present").
  out = out.replace(new RegExp(String.raw`(^|\s)(${Object.keys(VERBS).sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`, 'giu'), (_m, sp: string, v: string) => `${sp}${VERBS[v.toLowerCase()] ?? v}`);
  out = out.replace(new RegExp(String.raw`(^|\s)(${Object.keys(MONTHS).join('|')})(?![\p{L}])`, 'giu'), (_m, sp: string, mo: string) => `${sp}${MONTHS[mo.toLowerCase()] ?? mo}`);
  return out;
}

/** The subject of a question of saying and what follows it: "Edith Cresson au colloque …" → ["Edith Cresson", "au colloque …"]. */
function subjectAndRest(text: string): [string, string] {
  // ("le sénateur X", "la députée X": the article before a title and a name is no part of who is asked.)
  const s = text.replace(/^(?:le|la|l['’])\s*(?=\p{Ll}[\p{L}-]*\s+\p{Lu})/u, '');
  const m = /^(.+?)(?=\s(?:au|aux|à|lors|dans|en|pendant|sur|devant|face|avant|après|concernant|à propos|le \d|du \d|pour|quand|lorsqu|selon|d['’]après)(?:\s|['’]|$))/iu.exec(s);
  return m?.[1] ? [m[1].trim(), s.slice(m[1].length).trim()] : [s.trim(), ''];
}

/** The question in English words where French ones ask it; the question itself when it is not asked in French. */
export function frenchQuestionInEnglish(question: string): string {
  const q = question.trim().replace(/\s+\?$/, '?');
  const body = q.replace(/\?+$/, '').trim();
  const mark = q.endsWith('?') ? '?' : '';
  let m: RegExpExecArray | null;
  // "Qu'a dit X …", "Qu'a déclaré X …", "Qu'ont scandé les manifestants …", "Qu'est-ce que X a dit …".
  if ((m = new RegExp(String.raw`^qu['’](?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+(${WORD})\s+(.+)$`, 'iu').exec(body)) && SAY_VERBS[m[1]!.toLowerCase()]) {
    const [who, rest] = subjectAndRest(m[2]!);
    return `What did ${placingWordsInEnglish(who)} ${SAY_VERBS[m[1]!.toLowerCase()]} ${placingWordsInEnglish(rest)}`.trim() + mark;
  }
  if ((m = new RegExp(String.raw`^qu['’]est-ce qu(?:e\s+|['’])(.+?)\s+(?:a|ont)\s+(${WORD})(.*)$`, 'iu').exec(body)) && SAY_VERBS[m[2]!.toLowerCase()]) {
    return `What did ${placingWordsInEnglish(m[1]!)} ${SAY_VERBS[m[2]!.toLowerCase()]} ${placingWordsInEnglish(m[3]!.trim())}`.trim() + mark;
  }
  // "Quel slogan ont scandé les participants …": what a crowd chanted.
  if ((m = /^quel(?:le)?s?\s+(slogans?|mots? d['’]ordre|chants?)\s+(?:a|ont)\s+scandé\s+(.+)$/iu.exec(body))) {
    const [who, rest] = subjectAndRest(m[2]!);
    return `What ${m[1]!.startsWith('slogan') ? m[1] : 'slogan'} did ${placingWordsInEnglish(who)} chant ${placingWordsInEnglish(rest)}`.trim() + mark;
  }
  // "Quel est le rôle de X …", "Quelle est la fonction de X …".
  if ((m = /^quel(?:le)?\s+(?:est|était)\s+(?:le\s+rôle|la\s+fonction|le\s+poste|le\s+titre|le\s+métier)\s+d(?:e\s+|['’])(.+)$/iu.exec(body))) {
    const [who, rest] = subjectAndRest(m[1]!);
    return `What is the role of ${placingWordsInEnglish(who)}${rest ? `, ${placingWordsInEnglish(rest)}` : ''}${mark}`;
  }
  // "Quelle fonction occupe X …", "Quel poste occupait X", "De quel parti est la sénatrice X": what X is, as stated.
  if ((m = /^(?:de\s+)?quel(?:le)?\s+(?:fonction|rôle|role|poste|titre|mandat|parti)\s+(?:occupe|occupait|exerce|exerçait|a|avait|est|était|etait)\s+(?:(?:le|la|l['’])\s*(?=\p{Ll}[\p{L}-]*\s+\p{Lu}))?(.+)$/iu.exec(body))) {
    const [who, rest] = subjectAndRest(m[1]!);
    return `What is the role of ${placingWordsInEnglish(who)}${rest ? `, ${placingWordsInEnglish(rest)}` : ''}${mark}`;
  }
  // "Qui a pris la parole …", "Qui sont intervenus …", "Qui s'est exprimé …": who spoke.
  if ((m = /^qui\s+(?:(?:a|ont|avait|avaient)\s+pris\s+la\s+parole|(?:est|sont|était|étaient)\s+intervenu(?:e|s|es)?|(?:s['’]est|se\s+sont)\s+exprimé(?:e|s|es)?|(?:a|ont)\s+(?:prononcé|fait)\s+(?:un|des)\s+discours)\s+(.*)$/iu.exec(body))) {
    return `Who spoke ${placingWordsInEnglish(m[1]!)}`.trim() + mark;
  }
  // "Qui a écrit l'article …", "Qui a organisé …".
  if ((m = new RegExp(String.raw`^qui\s+(?:a|avait|ont)\s+(${WORD})\s+(.*)$`, 'iu').exec(body)) && DEEDS[m[1]!.toLowerCase()]) {
    return `Who ${DEEDS[m[1]!.toLowerCase()]} ${placingWordsInEnglish(m[2]!)}`.trim() + mark;
  }
  // (The place's noun in the English words a place question is read by: "dans quelle ville" asks a town.)
  if ((m = /^(?:dans|en)\s+quel(?:le)?\s+(ville|lieu|salle|endroit|pays|province|région|prison|localité|commune|quartier)\s+(.+)$/iu.exec(body))) return `In which ${PLACE_NOUN_IN_ENGLISH[m[1]!.toLowerCase()] ?? m[1]} ${placingWordsInEnglish(m[2]!)}${mark}`;
  // "Quel bilan de décès X donnait-il …", "Quel est le nombre de morts …": a count asked, as "combien de" asks it.
  if ((m = /^quel(?:le)?s?\s+(?:(?:est|était|etait|a\s+été)\s+)?(?:(?:le|la|les)\s+)?(?:bilan|nombre|chiffre|total|décompte)\s+(?:de\s+|d['’]\s*)(.+)$/iu.exec(body)) && COUNTED_NOUN.test(m[1]!)) {
    return `Combien de ${m[1]}${mark}`;
  }
  // "Quelle ONG a affirmé que … ?", "Quelle organisation a recensé …": the body that told a figure, asked as "which … said".
  if ((m = new RegExp(String.raw`^quel(?:le)?s?\s+(ONG|organisation|association|agence(?:\s+de\s+presse)?|groupe|institution|observatoire)\s+(?:a|ont|avait|avaient)\s+(?:(affirmé|déclaré|dit|indiqué|annoncé|rapporté|estimé|confirmé)\s+(?:qu['’]\s*|que\s+)|(recensé|compté|documenté|enregistré|publié)\s+)(.+)$`, 'iu').exec(body))) {
    const noun = /^ong$/i.test(m[1]!) ? 'NGO' : /^agence/i.test(m[1]!) ? 'agency' : m[1]!.toLowerCase().replace(/^organisation$/, 'organization');
    return `Which ${noun} ${m[2] ? 'said that' : 'recorded'} ${placingWordsInEnglish(m[4]!)}${mark}`;
  }
  // "Quelles sénatrices assistaient …", "Quel député a parlé …".
  if ((m = /^quel(?:le)?s?\s+(?!est\b|était\b|sont\b)(.+)$/iu.exec(body))) return `Which ${placingWordsInEnglish(m[1]!)}${mark}`;
  return question;
}
