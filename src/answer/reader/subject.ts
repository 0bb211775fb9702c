/**
 * Where a report mentions the person or body a question is about: by full name, by surname (typos allowed), by a
 * group word for crowds ("the crowd" → protesters, demonstrators, manifestants), or by a pronoun that continues a
 * sentence that named them ("she said", "He is a former …").
 */
import type { QuestionAnalysis } from '../../understand/analyse-question.ts';
import { isFunctionWord, tokenize, type Token } from '../../understand/vocabulary.ts';
import { similarWord } from '../../understand/text.ts';
import type { ReportProfile } from './report-profile.ts';
import { FOREIGN_QUOTE_VERBS } from '../../extract/names-lexicon.ts';

/** French and German verbs of saying ("ajoute", "s'insurge", "a déclaré", "sagte"), longest first. */
const FOREIGN = [...FOREIGN_QUOTE_VERBS].sort((a, b) => b.length - a.length).join('|');

const GROUP_KEYS = new Set(['@protester', '@attend', '@rally', '@people', '@iranian', '@syrian', 'speaker', '@speak', 'supporter']);

/** The folded words of the subject that identify it (titles and function words left out). */
export function subjectWords(a: QuestionAnalysis): readonly string[] {
  return a.subject ? subjectTokens(a.subject).words : [];
}

/** The subject's words, as `subjectWords` gives them, and the keys of its content words (a description's, a group's). */
type SubjectTokens = { text: string; words: readonly string[]; keys: readonly string[] };

/*
 * Worked out once per question's subject: `findSubject` is asked of every sentence of every report a question reads.
 * (Kept with the text it was read from, in case a subject's text is changed in place.)
 */
const SUBJECT_TOKENS = new WeakMap<object, SubjectTokens>();

function subjectTokens(subject: { text: string }): SubjectTokens {
  let got = SUBJECT_TOKENS.get(subject);
  if (!got || got.text !== subject.text) {
    const tokens = tokenize(subject.text);
    got = {
      text: subject.text,
      words: tokens.map((t) => t.fold).filter((f) => !isFunctionWord(f) && !/^(mr|mrs|ms|dr|lord|senator|sen|rep|congressman|congresswoman|ayatollah|organiser|organizer|pensioner|engineer)$/.test(f)),
      keys: tokens.filter((t) => !isFunctionWord(t.fold)).map((t) => t.key),
    };
    SUBJECT_TOKENS.set(subject, got);
  }
  return got;
}

function same(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && similarWord(a, b));
}

/** Titles that may stand before a surname without being a first name ("Mr. Lambert", "MP Lambert"). */
const TITLE = /^(mr|mrs|ms|dr|mp|mep|mayor|senator|councillor|councilor|president|minister|prof|professor|sir|lord|lady|madame|mme|monsieur|m|general|judge|ambassador|deputy|rep|sen|frau|herr|bishop|father|sister|imam|ayatollah|sheikh)$/;

/** Titles a person is written by with the given name alone ("Princess Nour", "Queen Ana", "Empress Ilse"). */
const ROYAL_TITLE = /^(?:king|queen|prince|princess|emperor|empress|crown|sultan|emir|sheikha?)$/;

const TAKEN = new WeakMap<ReportProfile, Map<string, boolean>>();

/**
 * Whether a report gives the subject's surname to someone else and never writes the subject's full name
 * ("Nikolai Lambert" for a question on "Johanna Lambert"): its surname alone then names that other person.
 */
function surnameTaken(a: QuestionAnalysis, p: ReportProfile): boolean {
  const words = subjectWords(a);
  if (words.length < 2 || a.subject?.group) return false;
  let byReport = TAKEN.get(p);
  if (!byReport) TAKEN.set(p, (byReport = new Map()));
  const key = words.join(' ');
  const hit = byReport.get(key);
  if (hit !== undefined) return hit;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  let full = false;
  let other = false;
  for (const ts of p.tokens) {
    for (let i = 1; i < ts.length; i++) {
      if (!same((ts[i] as Token).fold, last)) continue;
      const prev = ts[i - 1] as Token;
      if (same(prev.fold, first) || (i >= 2 && same((ts[i - 2] as Token).fold, first))) full = true;
      else if (prev.cap && /^\p{L}{2,}$/u.test(prev.fold) && !TITLE.test(prev.fold) && !isFunctionWord(prev.fold)) other = true;
    }
  }
  const taken = other && !full;
  byReport.set(key, taken);
  return taken;
}

/**
 * Token range where a sentence names the subject, or undefined. Given the report, a surname alone does not name a
 * subject whose surname the report gives to someone else.
 */
export function findSubject(a: QuestionAnalysis, tokens: Token[], p?: ReportProfile): { from: number; to: number } | undefined {
  const words = subjectWords(a);
  if (!words.length) return undefined;
  // "the mayor of Paris": a description, not a name — every word of it must be there.
  if (a.subject && !a.subject.group && /^(the|a|an)\s/i.test(a.subject.text)) {
    const keys = subjectTokens(a.subject).keys;
    const at = keys.map((k) => tokens.findIndex((t) => t.key === k));
    if (at.some((i) => i < 0)) return undefined;
    return { from: Math.min(...at), to: Math.max(...at) + 1 };
  }
  if (a.subject?.group) {
    const keys = new Set(subjectTokens(a.subject).keys);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!keys.has(t.key) && !(GROUP_KEYS.has(t.key) && [...keys].some((k) => GROUP_KEYS.has(k)))) continue;
      // "referencing Norlandic Supreme Leader X": a people's word before a capitalised title or name is part of that
      // name, not a crowd.
      const next = tokens[i + 1];
      // (Only a word standing for the crowd asked; the subject's own word, "UN" in "UN High Commissioner", is it.)
      if (!keys.has(t.key) && t.cap && next?.cap && next.start - t.end <= 1 && !GROUP_KEYS.has(next.key)) continue;
      return { from: i, to: i + 1 };
    }
  }
  const last = words[words.length - 1] as string;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!same(t.fold, last)) continue;
    // A full name matches when its other words stand just before (a middle name or "(Zhina)" may sit between).
    const before = tokens.slice(Math.max(0, i - words.length - 1), i).map((x) => x.fold);
    const others = words.slice(0, -1);
    const hits = others.filter((w) => before.some((b) => same(b, w))).length;
    if (others.length === 0 || hits === others.length || (hits === 0 && t.cap && last.length >= 4)) {
      let from = i;
      while (from > 0 && (others.some((w) => same((tokens[from - 1] as Token).fold, w)) || /^(de|du|la|le|van|von|al|el|bin|ter|da|di)$/.test((tokens[from - 1] as Token).fold))) from--;
      if (hits === 0 && others.length) {
        // A surname alone: only a capitalised word of four letters or more, not another person's in this report.
        if (p && surnameTaken(a, p)) continue;
        // "Council President Lena Brenner" for "Sana Brenner": another given name right before the surname is another person.
        const prev = tokens[i - 1];
        if (prev && prev.cap && t.start - prev.end <= 1 && /^\p{L}{2,}$/u.test(prev.fold) && !TITLE.test(prev.fold) && !/^(?:gen|col|lt|capt|sgt|rev|hon|cllr|sec)$/.test(prev.fold) && !isFunctionWord(prev.fold)) continue;
        from = i;
      }
      return { from, to: i + 1 };
    }
  }
  // "Princess Nour (eldest daughter of …)", "Queen Ana": royals are written by title and given name alone; the given
  // name after such a title, with no other surname after it, is the person asked.
  const named = words.filter((w) => !ROYAL_TITLE.test(w) && !TITLE.test(w));
  if (named.length >= 2) {
    const given = named[0] as string;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const prev = tokens[i - 1] as Token;
      const next = tokens[i + 1];
      if (!t.cap || !same(t.fold, given) || !ROYAL_TITLE.test(prev.fold) || !prev.cap || t.start - prev.end > 1) continue;
      if (next?.cap && next.start - t.end <= 1 && !same(next.fold, named[named.length - 1] as string)) continue;
      return { from: i - 1, to: i + 1 };
    }
  }
  // An acronym subject or a one-word body ("UN", "Amnesty"); an acronym may be spelt out ("SOHR": the Syrian
  // Observatory for Human Rights).
  if (words.length === 1) {
    const i = tokens.findIndex((t) => same(t.fold, words[0] as string));
    if (i >= 0) return { from: i, to: i + 1 };
    if (a.subject && /^[A-Z]{2,7}$/.test(a.subject.text.trim())) return spelledOut(tokens, words[0] as string);
  }
  return undefined;
}

// "…, he continued." / "he went on:" close a remark as "he said" does; "Iran continued to …" is no speech.
const SAY = `(?:said|says|added|told|declared|stated|stressed|noted|warned|wrote|insisted|explained|argued|remarked|affirmed|urged|promised|(?:continued|went on)(?=\\s*[.,;:])|a dit|${FOREIGN}(?![\\p{L}]))`;

// (Built once, as every pattern below: they are tested on every sentence of the reports a question reads.)
const PRONOUN_SAYS = new RegExp(`\\b(?:she|he|they|elle|il|sie|er)\\s+(?:\\w+\\s+)?${SAY}\\b`, 'iu');
/** "…, said Varga" in the sentences after a speaker's: another speaker speaking, unless a pronoun. */
const SAYS_BEFORE_NAME = new RegExp(`${SAY}\\s+(?!s?he\\b|they\\b)\\p{Lu}`, 'u');
// (A pronoun adding words is no other name: "He added: “…”" continues the one named before.)
const NAME_SAYS = new RegExp(`(?<![\\p{L}])(?!(?:He|She|They)\\s+(?:added|continued)\\b)\\p{Lu}[\\p{L}'’-]+\\s+${SAY}\\b`, 'u');

const GLUE = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'on', 'against', 'in']);

/** The run of capitalised words whose initials spell an acronym ("sohr" → "Syrian Observatory for Human Rights"). */
function spelledOut(tokens: Token[], acronym: string): { from: number; to: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i] as Token).cap) continue;
    let k = i;
    let initials = '';
    while (k < tokens.length && initials.length < acronym.length) {
      const t = tokens[k] as Token;
      if (t.cap) initials += t.fold[0];
      else if (!GLUE.has(t.fold)) break;
      k++;
    }
    if (initials === acronym) return { from: i, to: k };
  }
  return undefined;
}

/** Whether a sentence continues the previous one's subject with a pronoun ("She added", "He is a former …", "…, he declared that"). */
export function continuesWithPronoun(text: string): boolean {
  return (
    /^\s*(?:[“"«„][^”"»“]*[”"»“]\s*,?\s*)?(?:she|he|they|her|his|elle|il|sie|er)\b/i.test(text) ||
    // "In her opening remarks, she reaffirmed …": a phrase on her own words may come before the pronoun.
    /^\s*(?:(?:in|during|throughout)\s+(?:her|his|their)|dans\s+(?:son|sa|ses)|in\s+(?:ihrer|seiner))\s+[^,;.]{0,50},\s*(?:she|he|they|elle|il|ils|elles|sie|er)\b/i.test(text) ||
    PRONOUN_SAYS.test(text)
  );
}

const SPEAK_VERBS =
  'said|says|say|told|tells|urged|urges|called|calls|warned|warns|stated|states|declared|declares|pointed out|stressed|added|noted|promised|' +
  'described|describes|wrote|writes|demanded|demands|argued|asked|appealed|announced|insisted|explained|affirmed|emphasi[sz]ed|sees|believes|' +
  'considers|reported|reports|tweeted|remarked|recalled|read|addressed|chanted|shouted|sang|carried|held|waved|a dit|ont scandé|' +
  `${FOREIGN}|` +
  // A response is said too: "Iran has dismissed such figures as “utter lies”".
  'dismissed|dismisses|rejected|rejects|denied|denies|responded|replied|retorted|' +
  // So is a blame laid: "X has blamed the unrest on “foreign hands”".
  'blamed|blames';

// The ways a sentence writes a name speaking (see `speaksAt`).
// ("X (Green) joined the rally and in his speech denounced …": the speech the name gave at the occasion it joined.)
const SPEAKS_AFTER = new RegExp(`^\\s*(?:\\([^)]{1,30}\\))?\\s*(?:,[^.;:“”"]{0,120}?)?\\s*(?:(?:joined|attended|addressed)\\s+[^.;:“”"]{1,60}?\\s+and\\s+(?:(?:in|during)\\s+(?:his|her|their)\\s+(?:speech|remarks|address)\\s*,?\\s+)?)?(?:(?:has|had|also|then|later|once again|again|reportedly|allegedly|(?:is|was) (?:said|reported|quoted as saying) to have|,)\\s+)*(?:${SPEAK_VERBS}|denounced|condemned)(?![\\p{L}])`, 'iu');
const SPEAKS_BEFORE = new RegExp(`(?:${SPEAK_VERBS})\\s*(?:,\\s*)?$`, 'iu');
const SPEAKS_AFTER_QUOTE = new RegExp(`[”"»]\\s*,?\\s*(?:${SPEAK_VERBS})\\s+(?:[\\p{L}’'.-]+\\s+){1,6}$`, 'iu');
const GROUP_SPEAKS = new RegExp(`(?<![\\p{L}])(?:${SPEAK_VERBS}|chanting|shouting|carrying|holding)(?![\\p{L}])`, 'iu');
// "Olund said governor X should …", "Aryamanesh said Supreme Leader X …": a verb of saying with its own sayer before it
// makes the name after it what is spoken of, never an inverted sayer as in "…,” said X".
const SAYER_THEN_VERB = new RegExp(`(?:^|\\s)(?:\\p{Lu}[\\p{L}'’.-]*|he|she|they|we)\\s+(?:(?:also|then|later|again|has|had|reportedly)\\s+)*(?:${SPEAK_VERBS})\\s+(?:that\\s+)?[^,;:“”"«»]*$`, 'u');

/**
 * A verb whose object is the person named right after it ("described X", "thanked the late X", "urged Mr X"): the
 * person is spoken of or to, not the one whose words the sentence gives.
 */
export const OBJECT_OF_VERB =
  /\b(?:described|called|named|praised|thanked|urged|told|asked|backed|supported|welcomed|criti[cs]i[sz]ed|condemned|accused|blamed|mentioned|cited|hailed|attacked|denounced|defended|saluted|quoted|invoked|portrayed|branded|dubbed|likened|compared)\s+(?:(?:the|his|her|their|former|late|exiled|crown|prince|president|mr|mrs|ms|dr)\.?\s+){0,3}$/i;

/** A quote attributed by inversion to "they" in French ("», ont-ils lancé", "», scandaient-elles"). */
const INVERTED_THEY = /[»”"]\s*,\s*(?:\p{L}+-)?(?:t-)?(?:ils|elles)\b/iu;

/** Whether the name at [start, end) of a sentence is the one speaking in it. */
export function speaksAt(text: string, start: number, end: number, group: boolean): boolean {
  const after = text.slice(end, end + 140);
  // ("…,” said marchers holding Ada Moren's portrait": a person named as the owner of something is not the speaker.)
  if (!group && /^['’]s\b/u.test(after)) return false;
  // "…,” said Maryam Rajavi": the words before the matched surname may be the rest of the name or a title.
  const before = text.slice(Math.max(0, start - 80), start).replace(/(?:(?:Mrs?|Ms|Dr|Lord|Senator|Mayor)\.?\s+|\p{Lu}[\p{L}'’.-]*\s+|(?:de|du|la|le|van|von|al|el|bin|da|di)\s+)+$/u, '');
  // "X said", "X, the President of …, said", "X, the President of … promised that".
  // "X is said to have told the group", "X reportedly told": the words are reported as X's.
  if (SPEAKS_AFTER.test(after)) return true;
  // ("X: “…”" speaks, but in "… linked the powder to the Kessian army: “…”" a preposition governs the name, and the
  // words after the colon are the clause's, not the named one's.)
  if (/^\s*:/.test(after)) return !/\b(?:to|of|by|from|with|against|for|on|into|about|at|in|than)\s+(?:the\s+)?$/i.test(before);
  // ("A man described X as the only alternative, adding: …", "she urged X to act": X is the object of the verb, spoken
  // of or to, not the one speaking as in "…, said X"; right after a quotation, "“Why now?” asked X", X speaks.)
  if (SPEAKS_BEFORE.test(before) && !SAYER_THEN_VERB.test(before) && (!OBJECT_OF_VERB.test(before) || /[”"»]\s*,?\s*\p{L}+\s+$/u.test(before))) return true;
  // "“…,” said Belgium’s former prime minister Guy X": after a closing quote, the titles between the verb and the name.
  if (SPEAKS_AFTER_QUOTE.test(before)) return true;
  // "In her remarks, Mrs. Rajavi said", "According to X, …" read as X speaking.
  if (/\baccording to\s*$/i.test(before)) return true;
  if (group && GROUP_SPEAKS.test(text)) return true;
  // "« … », ont-ils lancé": a French quote attributed by inversion to "they" is the crowd's.
  if (group && INVERTED_THEY.test(text)) return true;
  return false;
}

/** Sentence indices of a report that mention the subject, each with the following pronoun sentences. */
const SAYER_AFTER_CLOSE = new RegExp(`^\\s*,?\\s*(?:${SAY}\\s+(?!s?he\\b|they\\b)\\p{Lu}|(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,5}${SAY}\\b)`, 'u');
const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/**
 * Whether the quotation opening sentence k closes (in k or a later sentence of its paragraph) with another sayer
 * named after it: "…”, the council said.", "…,” said Ora Vell." (a pronoun, "…,” she said.", names no other one).
 */
function quoteClosesOnOtherSayer(a: QuestionAnalysis, p: ReportProfile, k: number): boolean {
  const first = p.sentences[k];
  if (!first) return false;
  const text = p.article.text;
  const open = text.slice(first.start).search(/[“"«„]/);
  if (open < 0) return false;
  const close = text.indexOf(CLOSE_OF[text[first.start + open] as string] ?? '”', first.start + open + 1);
  if (close < 0) return false;
  for (let j = k; j < Math.min(p.sentences.length, k + 8); j++) {
    const s = p.sentences[j];
    if (!s || s.paragraph !== first.paragraph) return false;
    if (close >= s.end) continue;
    const tail = text.slice(close + 1, s.end);
    if (!/^\s*,?\s*\S/.test(tail) || findSubject(a, p.tokens[j] ?? [], p)) return false;
    // (The sayer stands right after the closing mark: "…,” she told Radio Varn." names a pronoun, the radio is told.)
    return SAYER_AFTER_CLOSE.test(tail);
  }
  return false;
}

export function subjectSentences(a: QuestionAnalysis, p: ReportProfile): Array<{ si: number; from: number; to: number; pronoun: boolean }> {
  const out: Array<{ si: number; from: number; to: number; pronoun: boolean }> = [];
  p.tokens.forEach((ts, si) => {
    const at = findSubject(a, ts, p);
    if (at) {
      out.push({ si, ...at, pronoun: false });
      // Only someone shown speaking, or the sentence's subject ("Among Europeans, X stood out."), is continued by
      // "he declared" in the sentences after; not someone spoken of.
      const text = p.sentences[si]?.text ?? '';
      const startAt = ts[at.from]?.start ?? 0;
      // ("Carlo Benti di San Varo said": the rest of a name asked by its surname is the subject's own words.)
      const endAt = (ts[at.to - 1]?.end ?? 0) + (/^(?:\s+(?:di|de|da|del|van|von|der|al|el|bin)\s+\p{Lu}[\p{L}'’-]*)+/u.exec(text.slice(ts[at.to - 1]?.end ?? 0))?.[0].length ?? 0);
      const lead = text.slice(0, startAt).replace(/^[^,]{0,40},\s*/, '');
      const subjectOfSentence = !/\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(lead) && !SAYER_THEN_VERB.test(lead) && startAt < 60;
      // ("… with a speech by Maryam X, wife of …": the one whose speech the sentence announces is shown speaking.)
      const speechBy = /\b(?:speech|address|remarks|keynote|message)\s+(?:by|from)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(text.slice(Math.max(0, startAt - 60), startAt));
      if (!subjectOfSentence && !speechBy && !speaksAt(text, startAt, endAt, !!a.subject?.group)) return;
      for (let k = si + 1; k < Math.min(p.sentences.length, si + 4); k++) {
        const s = p.sentences[k]?.text ?? '';
        if (findSubject(a, p.tokens[k] ?? [], p)) break;
        // Someone else speaking ends the run ("…," said Jane Doe; "Mrs. Rajavi said that …").
        if (SAYS_BEFORE_NAME.test(s)) break;
        if (NAME_SAYS.test(s)) break;
        // So does another named person taking the floor ("Former Advisor Jonas Brenn also spoke at the event, …"): a
        // "He …" after it is that person.
        if (/\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+(?:also\s+|then\s+|later\s+|too\s+)?(?:spoke|addressed|took the (?:floor|stage)|delivered|gave|opened|began)\b/u.test(s.replace(/[“"«„][^”"»“]*[”"»“]/g, ''))) break;
        // A quotation opening the sentence and closing sentences later on another sayer ("“…. …”, the council
        // said.") is that sayer's words from its first sentence on, not the one named before it.
        if (/^\s*[“"«„]/.test(s) && quoteClosesOnOtherSayer(a, p, k)) break;
        if (continuesWithPronoun(s) || /^\s*[“"«„]/.test(s)) out.push({ si: k, from: 0, to: 0, pronoun: true });
        else if (k > si + 1) break;
      }
    }
  });
  return out;
}
