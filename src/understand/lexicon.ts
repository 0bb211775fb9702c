import type { ArchiveIndex } from '../index/archive-index.ts';
import type { EventRecord, Speaker } from '../domain/types.ts';
import { findDates } from '../dates/index.ts';
import { fold, similarWord, STOP, words } from './text.ts';
import { compoundFamilies, familyOf, familyWords, MONTH_WORDS, sameBodyForms, WEEKDAY_WORDS } from './vocabulary.ts';

/**
 * A sentence opening on a place and a comma ("In Port Alden, home to …"): what it tells is there. Read by the lexicon
 * (such places are places of the archive) and by the size answers (a count told so is that place's).
 */
export const OPENS_IN_PLACE = /^\s*In\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+),/u;
/** A sentence opening on two one-word names joined by "and" and a comma: "In Kessel and Varn, …". */
const OPENS_IN_TWO_PLACES = /^\s*In\s+(\p{Lu}[\p{L}’'-]+)\s+and\s+(\p{Lu}[\p{L}’'-]+),/u;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** The years the weekdays of a text's yearless days fit ("on Saturday, September 17": 2011, 2016, 2022). */
function weekdayYears(text: string): number[] {
  return findDates(text).flatMap((d) => (d.date.yearStated ? [] : (d.date.candidateYears ?? [])));
}

/** What the archive's own text teaches about words, years, places and names; built once per index. */
export interface Lexicon {
  /** Every folded word of the archive (sentences, titles, publishers, names, roles). */
  vocab: Set<string>;
  /** Vocabulary bucketed by first letter, for typo-tolerant look-ups. */
  byInitial: Map<string, string[]>;
  /** Years written anywhere in the archive or carried by its dates. */
  years: Set<number>;
  /** Place names learned from events (venue, city, country) and datelines, folded → as written. */
  places: Map<string, string>;
  /** Name variants per speaker id, folded. */
  names: Map<string, string[]>;
  /** Folded city, country and dateline names: places a report can be datelined from without an event being there. */
  cities: Set<string>;
  /** Folded words the archive writes in lower case somewhere: a word it never does is a name. */
  lowerSeen: Set<string>;
  /** Folded capitalised words the archive writes right after "in", "at", "near", "outside" or "from": places. */
  placeWords: Set<string>;
  /** Folded places reports are datelined from: cities in their own right. */
  datelines: Set<string>;
}

// Weakly keyed by the index, so a swapped-out index and its lexicon are collected together.
const cache = new WeakMap<ArchiveIndex, Lexicon>();

/** English venue nouns and prepositions: never a place's distinctive name on their own. */
export const COMMON_PLACE_WORDS: ReadonlySet<string> = new Set(
  ('gate square place street avenue parliament embassy hall building bridge park palace centre center tower plaza boulevard ' +
    'road town city village province district region office headquarters consulate ministry assembly council university ' +
    'museum station church mosque cathedral court garden gardens esplanade house home camp prison market hospital school ' +
    'against outside near front across along toward towards between beside behind opposite inside rally protest suburb area ' +
    'countryside north south east west northern southern eastern western central capital national international')
    .split(' '),
);

function addPlace(places: Map<string, string>, p: string | undefined, lowerSeen: Set<string>): void {
  if (!p) return;
  const f = fold(p);
  if (f.length >= 3 && !places.has(f)) places.set(f, p.trim());
  // "Place de Trocadero" is also asked as "Trocadero": keep a multi-word venue's proper name (a word the text never writes in lower case).
  const parts = f.split(' ');
  if (parts.length < 2) return;
  // "French National Assembly" is also asked as "the National Assembly".
  for (let i = 1; i + 2 <= parts.length; i++) {
    const tail = parts.slice(i).join(' ');
    if (parts.slice(i).some((w) => !STOP.has(w)) && !places.has(tail)) places.set(tail, p.trim());
  }
  const proper = parts.filter((w) => w.length >= 4 && !STOP.has(w) && !COMMON_PLACE_WORDS.has(w) && !lowerSeen.has(w));
  const last = proper[proper.length - 1];
  if (last && !places.has(last)) places.set(last, p.trim());
}

/** The name variants of a speaker, folded: canonical name, aliases, and the surname alone. */
export function nameVariants(s: Speaker): string[] {
  const out = new Set<string>();
  for (const n of [s.name, ...s.aliases]) {
    const f = fold(n.replace(/\b(mr|mrs|ms|miss|dr|prof|sir|madam|mme|m)\.?\s+/gi, ''));
    if (f) out.add(f);
  }
  return [...out];
}

/** What a body keeps or puts out, after its name in the possessive: "in the League’s database". */
const RECORDS_AFTER = /^\s+(?:(?:own|latest|last|new|annual|monthly)\s+)?(?:database|records?|reports?|data|files|archives?|lists?|tally|count|figures|statistics|documentation)\b/i;

/** The lexicon of an index (cached per index instance). */
export function lexiconOf(index: ArchiveIndex): Lexicon {
  const hit = cache.get(index);
  if (hit) return hit;
  const vocab = new Set<string>();
  const years = new Set<number>();
  const places = new Map<string, string>();
  const names = new Map<string, string[]>();
  const lowerSeen = new Set<string>();
  // Folding, the lower-case scan and the year scan only look within a run of non-space characters, so each
  // distinct run is read once: an archive of millions of words has only tens of thousands of distinct ones.
  const chunks = new Set<string>();
  const addText = (t: string | undefined) => {
    if (!t) return;
    for (const c of t.split(/\s+/)) if (c) chunks.add(c);
  };
  const placeWords = new Set<string>();
  // A headline places its event too ("Rally in Brussels …"), and "the streets of Brussels" names a town as surely
  // as "in Brussels" does.
  const learnPlaceWords = (text: string) => {
    // ("au pied de l’Orlanum", "devant l’Hôtel …", "près de l’Arche": a landmark after a French preposition of place.)
    if (/(?:au pied de|devant|près de)\s+l['’]\p{Lu}/u.test(text)) {
      for (const m of text.matchAll(/(?<!\p{L})(?:au pied de|devant|près de)\s+l['’](\p{Lu}[\p{L}-]+)/gu)) placeWords.add(fold(m[1] as string));
    }
    if (!/\b(?:in|at|near|outside|from|of)\s+\p{Lu}/u.test(text)) return;
    for (const m of text.matchAll(/\b(?:in|at|near|outside|from|(?:streets|city|town) of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+)/gu)) {
      // ("recorded in the League’s database", "cited in HRW's report": a body whose records something is in, no place.)
      if (/[’']s$/.test(m[1] as string) && RECORDS_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      placeWords.add(fold(m[1] as string));
    }
  };
  // "the town of Ehsim", "the city of Saraqeb": places named as such, which no event or dateline may hold.
  const namedTowns = new Set<string>();
  const openers = new Set<string>();
  for (const a of index.data.articles) {
    learnPlaceWords(a.title);
    for (const s of index.sentencesOf(a.id)) {
      if (/\b(?:town|city|village)\s+of\s+\p{Lu}/u.test(s.text)) {
        for (const m of s.text.matchAll(/\b(?:town|city|village)\s+of\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]*\s+\p{Lu})/gu)) namedTowns.add(m[1] as string);
      }
      learnPlaceWords(s.text);
      // "In Port Alden, home to …": a sentence opening on a name and a comma puts what it tells there.
      const opener = OPENS_IN_PLACE.exec(s.text);
      if (opener) openers.add(opener[1] as string);
      // ("In Kessel and Varn, exiles …": two places, each where what the sentence tells happened.)
      const pair = opener ? null : OPENS_IN_TWO_PLACES.exec(s.text);
      if (pair) for (const p of pair.slice(1)) openers.add(p as string);
    }
    addText(a.title);
    addText(a.publisher);
    addText(a.dateline);
    if (a.date.year) years.add(a.date.year);
    // "Friday, September 16", the year not stated: the years its weekday fits may be the report's.
    else for (const y of a.date.candidateYears ?? []) years.add(y);
    // (A page stored in a year may tell of it: "the archive has nothing from 2031" is not said of such a page.)
    if (a.storedOn) years.add(Number(a.storedOn.slice(0, 4)));
    for (const s of index.sentencesOf(a.id)) {
      addText(s.text);
      if (a.date.year === undefined && WEEKDAY.test(s.text)) for (const y of weekdayYears(s.text)) years.add(y);
    }
  }
  for (const s of index.data.speakers) {
    addText(s.name);
    for (const a of s.aliases) addText(a);
    for (const r of s.roles) addText(r.text);
    names.set(s.id, nameVariants(s));
  }
  for (const t of chunks) {
    if (/[a-z]/.test(t)) for (const m of t.matchAll(/(?<![\p{L}])[a-z][\p{L}]*/gu)) lowerSeen.add(fold(m[0]));
    for (const w of words(t)) vocab.add(w);
    if (/(?:19|20)\d\d/.test(t)) for (const m of t.matchAll(/\b((?:19|20)\d{2})\b/g)) years.add(Number(m[1]));
  }
  const addEventPlaces = (e: EventRecord) => {
    addPlace(places, e.venue, lowerSeen);
    addPlace(places, e.city, lowerSeen);
    addPlace(places, e.country, lowerSeen);
    if (e.date?.year) years.add(e.date.year);
  };
  for (const e of index.data.events) addEventPlaces(e);
  for (const a of index.data.articles) addPlace(places, a.dateline, lowerSeen);
  // (Not "In December," nor "In Addition,": every word a name the archive never writes in lower case.)
  for (const o of openers) if (words(o).every((w) => !STOP.has(w) && !lowerSeen.has(w) && !MONTH_WORDS.has(w) && !WEEKDAY_WORDS.has(w))) addPlace(places, o, lowerSeen);
  const cities = new Set<string>();
  for (const e of index.data.events) for (const c of [e.city, e.country]) if (c) cities.add(fold(c));
  for (const a of index.data.articles) if (a.dateline) cities.add(fold(a.dateline));
  for (const t of namedTowns) {
    addPlace(places, t, lowerSeen);
    cities.add(fold(t));
  }
  for (const f of index.data.figures) if (f.asOf?.year) years.add(f.asOf.year);
  const datelines = new Set<string>();
  for (const a of index.data.articles) if (a.dateline) datelines.add(fold(a.dateline));
  const lex: Lexicon = { vocab, byInitial: byInitialOf(vocab), years, places, names, cities, lowerSeen, placeWords, datelines };
  cache.set(index, lex);
  return lex;
}

function byInitialOf(vocab: Set<string>): Map<string, string[]> {
  const byInitial = new Map<string, string[]>();
  for (const w of vocab) {
    const k = w[0] ?? '';
    const list = byInitial.get(k) ?? [];
    list.push(w);
    byInitial.set(k, list);
  }
  return byInitial;
}

/** A lexicon as plain JSON (what a snapshot stores): its sets and maps as lists, in their order. */
export interface StoredLexicon {
  vocab: string[];
  years: number[];
  places: Array<[string, string]>;
  names: Array<[string, string[]]>;
  cities: string[];
  lowerSeen: string[];
  placeWords: string[];
  datelines: string[];
}

export function lexiconToJSON(lex: Lexicon): StoredLexicon {
  return {
    vocab: [...lex.vocab],
    years: [...lex.years],
    places: [...lex.places],
    names: [...lex.names],
    cities: [...lex.cities],
    lowerSeen: [...lex.lowerSeen],
    placeWords: [...lex.placeWords],
    datelines: [...lex.datelines],
  };
}

/**
 * Makes a stored lexicon the index's own, so that the first question after loading a snapshot does not read every
 * sentence of the archive again (~0.4 s at 10,000 reports); a reason when it is malformed.
 */
export function adoptLexicon(index: ArchiveIndex, json: unknown): { ok: true } | { ok: false; reason: string } {
  const bad = (field: string) => ({ ok: false as const, reason: `index: the snapshot's lexicon.${field} is malformed` });
  if (typeof json !== 'object' || json === null) return bad('(itself)');
  const j = json as Record<string, unknown>;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  for (const f of ['vocab', 'cities', 'lowerSeen', 'placeWords', 'datelines']) if (!strings(j[f])) return bad(f);
  if (!Array.isArray(j['years']) || !j['years'].every((y) => typeof y === 'number')) return bad('years');
  const places = j['places'];
  if (!Array.isArray(places) || !places.every((p) => strings(p) && p.length === 2)) return bad('places');
  const names = j['names'];
  if (!Array.isArray(names) || !names.every((n) => Array.isArray(n) && n.length === 2 && typeof n[0] === 'string' && strings(n[1]))) return bad('names');
  const vocab = new Set(j['vocab'] as string[]);
  cache.set(index, {
    vocab,
    byInitial: byInitialOf(vocab),
    years: new Set(j['years'] as number[]),
    places: new Map(places as Array<[string, string]>),
    names: new Map(names as Array<[string, string[]]>),
    cities: new Set(j['cities'] as string[]),
    lowerSeen: new Set(j['lowerSeen'] as string[]),
    placeWords: new Set(j['placeWords'] as string[]),
    datelines: new Set(j['datelines'] as string[]),
  });
  return { ok: true };
}

/** Whether the archive uses a word, allowing a typo in longer words. */
export function inVocab(lex: Lexicon, w: string): boolean {
  if (lex.vocab.has(w)) return true;
  // ("NCRI" asked of an archive that writes "CNRI": the same body in another language's acronym.)
  if (sameBodyForms(w).some((m) => lex.vocab.has(m))) return true;
  // ("Britain" asked of an archive that writes "British": a word of the same family, in any of the three languages.)
  if (familyWords(w).some((m) => lex.vocab.has(m))) return true;
  // ("Committee" asked of a report in German writing only "Solidaritätskomitee": a family the archive writes at the
  // end of a compound.)
  const family = familyOf(w);
  if (family && familiesInCompounds(lex).has(family)) return true;
  if (w.length < 5) return false;
  for (const v of lex.byInitial.get(w[0] ?? '') ?? []) if (similarWord(w, v)) return true;
  // A typo in the first letter is rarer; check the second-letter bucket only for long words.
  return false;
}

const COMPOUND_FAMILIES = new WeakMap<Lexicon, Set<string>>();

/** The word families the archive writes only at the end of compound words ("…komitees", "…gesellschaft"). */
function familiesInCompounds(lex: Lexicon): Set<string> {
  let out = COMPOUND_FAMILIES.get(lex);
  if (!out) {
    out = new Set();
    for (const w of lex.vocab) if (w.length >= 8) for (const k of compoundFamilies(w)) out.add(k);
    COMPOUND_FAMILIES.set(lex, out);
  }
  return out;
}

/** Whether the archive uses a folded word and only ever writes it capitalised (a name such as "berlin" or "amnesty"). */
export function isProperInArchive(lex: Lexicon, w: string): boolean {
  return w.length >= 3 && lex.vocab.has(w) && !lex.lowerSeen.has(w);
}

/**
 * The consonants of a name as a transliteration keeps them: the first letter, then every letter but a vowel, "y" or
 * "w", doubled letters once ("qadoun" and "qaydun" → "qdn", "veishamour" and "veyshamur" → "vshmr"). German
 * transliteration writes an English "j" as "dsch", "ch" as "tsch" and "sh" as "sch" ("Nadschafi", "Tschalabi",
 * "Scharif"), so those letters are read as the English ones first.
 */
function consonantSkeleton(folded: string): string {
  const english = folded.replace(/dsch/g, 'j').replace(/tsch/g, 'ch').replace(/sch/g, 'sh');
  return (english[0] ?? '') + english.slice(1).replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
}

/** Whether a name differs from the word asked by German letters for its "j", "ch" or "sh" ("nadschafi", "najafi"). */
function germanSpellingOf(name: string, asked: string): boolean {
  return /dsch|tsch|sch/.test(name) && !/sch/.test(asked) && consonantSkeleton(name) === consonantSkeleton(asked);
}

const SKELETONS = new WeakMap<Lexicon, Map<string, string[]>>();
const PERSON_WORDS = new WeakMap<Lexicon, Set<string>>();

/** Every folded word of the names of the archive's speakers. */
function personWords(lex: Lexicon): Set<string> {
  let out = PERSON_WORDS.get(lex);
  if (!out) {
    out = new Set();
    for (const variants of lex.names.values()) for (const v of variants) for (const w of v.split(' ')) out.add(w);
    PERSON_WORDS.set(lex, out);
  }
  return out;
}

/** Words of the archive written only with a capital (names), by their consonant skeleton. */
function nameSkeletons(lex: Lexicon): Map<string, string[]> {
  let out = SKELETONS.get(lex);
  if (!out) {
    out = new Map();
    for (const w of lex.vocab) {
      if (w.length < 5 || lex.lowerSeen.has(w) || !/^[a-z]+$/.test(w)) continue;
      const k = consonantSkeleton(w);
      if (k.length < 4) continue;
      const list = out.get(k) ?? [];
      list.push(w);
      out.set(k, list);
    }
    SKELETONS.set(lex, out);
  }
  return out;
}

/** English letters of a transliterated name and the German ones for them ("Evin" is "Ewin", "Khamenei" "Chamenei"). */
const GERMAN_LETTERS: Record<string, string> = { kh: 'ch', ch: 'tsch', sh: 'sch', j: 'dsch', v: 'w' };

/**
 * A question with each name the archive never writes respelt as the one name it writes with the same consonants
 * ("Tell Qadoun" → "Tell Qaydun", "Veyshamur" → "Veishamour"): Arabic and Persian names are transliterated in
 * several ways, beyond what a typo allowance covers. A word the archive writes, one with two such names, or one
 * written in lower case, is kept.
 */
export function respelledNames(question: string, index: ArchiveIndex): string {
  const lex = lexiconOf(index);
  if (!/\p{Lu}\p{Ll}{3,}/u.test(question)) return question;
  // (Only a name written as one, capitalised: a word typed in lower case may be any word the archive lacks.)
  return question.replace(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu, (word) => {
    const f = fold(word);
    if (!/^[a-z]+$/.test(f) || lex.vocab.has(f)) return word;
    // ("Evin" asked of reports writing "Ewin", "Khamenei" of "Chamenei": the German spelling of the name, letter for
    // letter, when the archive writes it as a name.)
    const german = f.replace(/kh|ch|sh|j|v/g, (x) => GERMAN_LETTERS[x] ?? x);
    if (german !== f && lex.vocab.has(german) && !lex.lowerSeen.has(german)) return (german[0] as string).toUpperCase() + german.slice(1);
    if (f.length < 5) return word;
    const k = consonantSkeleton(f);
    const found = k.length >= 4 ? nameSkeletons(lex).get(k) : undefined;
    if (found?.length !== 1) return word;
    const name = found[0] as string;
    // (Not a person's name: "Mohammad" and "Mahmoud" share their consonants and are two names. A German spelling of
    // the letters asked is the same name: "Nadschafi" is "Najafi", whoever bears it.)
    if (personWords(lex).has(name) && !germanSpellingOf(name, f)) return word;
    return (name[0] as string).toUpperCase() + name.slice(1);
  });
}

/**
 * How the archive writes a word typed in lower case, read from the sentences writing it mid-sentence or in brackets
 * (a capital opening a sentence, a title or a dateline, "ROME —", tells nothing): an acronym wherever the archive
 * writes it in capitals ("IHR", though a German "Ihr" opens some sentence), else the first such form; with
 * `acronymOnly`, the acronym or nothing.
 */
function formWritten(word: string, index: ArchiveIndex, acronymOnly: boolean): string | undefined {
  const f = fold(word);
  const pattern = new RegExp(`(?<![\\p{L}\\d])${word}(?![\\p{L}\\d])`, 'giu');
  let first: string | undefined;
  let read = 0;
  for (const [articleId, at] of index.sentencesWith(f)) {
    for (const i of at) {
      const text = index.sentencesOf(articleId)[i]?.text ?? '';
      for (const hit of text.matchAll(pattern)) {
        const form = hit[0];
        if (!/(?:[\p{Ll},]\s+|\()$/u.test(text.slice(0, hit.index))) continue;
        if (form.length <= 7 && form === form.toUpperCase()) return form;
        if (!acronymOnly && form !== word) first ??= form;
      }
      if (++read >= 200) return first;
    }
  }
  return first;
}

/**
 * "according to unhcr", "per amnesty": a source typed in lower case, written as the archive writes it ("UNHCR",
 * "Amnesty") when every report writing the word gives it a capital, so the question names the source the way the
 * checks crediting a figure to a source read it (an acronym by its capitals, a body by its name). Words the archive
 * also writes in lower case ("the police", "the organisers") stay as typed.
 */
export function sourceAsWritten(question: string, index: ArchiveIndex): string {
  const m = /\b(according to|per)\s+(?:the\s+)?((?:[\p{Ll}][\p{Ll}\d'’-]*)(?:\s+[\p{Ll}][\p{Ll}\d'’-]*){0,3})/u.exec(question);
  if (!m) return question;
  const lex = lexiconOf(index);
  // (The source's own words only: "per vell in kessa" names Vell; "in kessa" is where.)
  const words = (m[2] as string).split(/\s+/);
  const stop = words.findIndex((w) => STOP.has(fold(w)));
  const typed = (stop > 0 ? words.slice(0, stop) : words).join(' ');
  const written = typed.replace(/[\p{Ll}][\p{Ll}\d'’-]*/gu, (word) => {
    const f = fold(word);
    if (f !== word || f.length < 2 || STOP.has(f) || !lex.vocab.has(f)) return word;
    // (A word the archive also writes in lower case, "the police", stays as typed, unless it writes it as an acronym
    // too: "according to the un" is the UN, though "un" is a word of French.)
    return formWritten(word, index, lex.lowerSeen.has(f)) ?? word;
  });
  if (written === typed) return question;
  // (A body by one word or its initials: "amnesty", "unhcr", "the ihr report". Two capitalised words are a person's
  // name, "according to mina vell", whose words a report gives by her name, not as a body's count: left as typed.)
  if (typed.split(/\s+/).length > 1 && !/\b\p{Lu}{2,}\b/u.test(written)) return question;
  const at = (m.index ?? 0) + (m[0] as string).length - (m[2] as string).length;
  return question.slice(0, at) + written + question.slice(at + typed.length);
}

/** Offices users shorten that reports often write out: the short form and its words. */
const OFFICES_WRITTEN_OUT: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bMEPs\b/g, 'Members of the European Parliament', 'mep'],
  [/\bMEP\b/g, 'Member of the European Parliament', 'mep'],
  [/\bMPs\b/g, 'Members of Parliament', 'mp'],
  [/\bMP\b/g, 'Member of Parliament', 'mp'],
];

/**
 * "Which Danish MEP spoke?" over reports that write only "Member of the European Parliament" (an MP, only "Member of
 * Parliament"): the short form the archive never writes is read as the words it stands for (an archive writing "MEP"
 * keeps the question as typed).
 */
export function officesWrittenOut(question: string, index: ArchiveIndex): string {
  const lex = lexiconOf(index);
  let out = question;
  for (const [short, words, key] of OFFICES_WRITTEN_OUT) if (!lex.vocab.has(key) && lex.vocab.has('parliament')) out = out.replace(short, words);
  return out;
}
