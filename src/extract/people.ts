import { checkDeadline } from './deadline.ts';
import type { Article, Provenance, Role, Sentence, Speaker } from '../domain/types.ts';
import type { Nlp } from './nlp.ts';
import {
  DEMONYMS,
  foldName,
  HONORIFICS,
  NAME_PARTICLES,
  NON_PERSON_HEADS,
  PERSON_OF_NOUNS,
  PLACE_PREPOSITIONS,
  QUOTE_VERBS,
  ROLE_NOUNS,
  singularTitle,
  slugName,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './names-lexicon.ts';
import { isAcronym, isInitial, isNameWord, tokenizeSentence, type Tok } from './names-tokens.ts';
import { findQuoteSpans, insideQuote, type QuoteSpan } from './quote-spans.ts';
import { FIRST_NAMES } from './first-names.ts';

/** One place in the text where a person is named (the span includes an honorific: "Mrs. Rajavi"). */
export interface PersonMention {
  speakerId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface PeopleResult {
  speakers: Speaker[];
  mentions: PersonMention[];
}

type Gender = 'm' | 'f' | '';

interface RoleSpan {
  start: number;
  end: number;
  /** Role shared by the members of a list ("…, members of the PMOI"). */
  plural?: boolean;
}

interface Candidate {
  names: string[];
  sentence: number;
  start: number;
  end: number;
  gender: Gender;
  strong: boolean;
  roles: RoleSpan[];
  /** Token range of the mention (honorific included) within its sentence. */
  first: number;
  last: number;
}

interface Person {
  names: string[];
  gender: Gender;
  mentions: Candidate[];
}

const MONTH_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/iu;
const isMonthWord = (w: string): boolean => MONTH_WORDS.test(w);

/** Words that often open a sentence and are never first names. */
const SENTENCE_OPENERS = new Set([
  'yesterday', 'today', 'tonight', 'meanwhile', 'later', 'earlier', 'however', 'then', 'also', 'here', 'there', 'now',
  'last', 'next', 'finally', 'separately', 'previously', 'still', 'similarly', 'instead', 'thus', 'indeed', 'and',
  'but', 'so', 'when', 'while', 'after', 'before', 'since', 'although', 'both', 'several', 'many', 'some', 'protesters',
  'demonstrators', 'participants', 'speakers', 'supporters', 'iranians', 'officials', 'activists', 'residents',
]);

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const FRENCH_ARTICLES = new Set(['le', 'la', 'les', 'l', 'l’', "l'", 'un', 'une', 'des', 'du']);
const NOT_PLACE_PREPS = new Set(['by', 'with', 'like', 'including', 'as', 'and', 'for']);
const SKIP_BEFORE_VERB = new Set(['also', 'has', 'had', 'have', 'then', 'later', 'further', 'again', 'once', 'strongly', 'publicly', 'repeatedly', 'recently', 'previously', 'would', 'will']);
const ROLE_STOPS = new Set([',', ';', ':', '.', '(', ')', '[', ']', '“', '”', '"', '«', '»', '!', '?', '—', '–']);
const CLAUSE_WORDS = new Set(['who', 'which', 'whose', 'whom', 'that', 'where', 'when', 'while']);

/** Finds the people an article names, merges their aliases and reads their stated roles. */
export function extractPeople(nlp: Nlp, article: Article, sentences: Sentence[]): PeopleResult {
  const quotes = findQuoteSpans(article);
  const tokensBySentence = sentences.map((s) => {
    checkDeadline();
    return tokenizeSentence(nlp, s);
  });
  const places = learnPlaceWords(tokensBySentence);
  const orgs = learnOrganisations(tokensBySentence);
  const candidates: Candidate[] = [];
  sentences.forEach((s, si) => {
    checkDeadline();
    // Editorial brackets inside a name ("[Supreme Leader Ali] Khamenei") are dropped before chunking.
    const toks = (tokensBySentence[si] ?? []).filter((t) => t.text !== '[' && t.text !== ']').map((t, i) => ({ ...t, i }));
    candidates.push(...findCandidates(article, s, toks, quotes, places, orgs));
  });
  // A multi-word name that ends another, longer name ("Van der Berghe", "Bin Khalid") is resolved like a surname.
  const full = candidates.filter((c) => c.names.length >= 2);
  const tailsOfFull = new Set<string>();
  for (const o of full) {
    const keys = o.names.map(nameKey);
    for (let len = 1; len < keys.length; len++) tailsOfFull.add(keys.slice(keys.length - len).join(' '));
  }
  const isTail = (c: Candidate): boolean => tailsOfFull.has(c.names.map(nameKey).join(' '));
  const persons = clusterFullNames(full.filter((c) => !isTail(c)));
  const singles = candidates.filter((c) => c.names.length === 1 || isTail(c));
  for (const c of findBareSurnames(sentences, tokensBySentence, candidates, persons)) singles.push(c);
  singles.sort((a, b) => a.start - b.start);
  const byName = new PersonsByName(persons);
  for (const c of singles) attachSingle(c, byName);
  return buildResult(article, persons);
}

function findCandidates(article: Article, s: Sentence, toks: Tok[], quotes: QuoteSpan[], places: Set<string>, orgs: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!chunkable(toks, i)) {
      i++;
      continue;
    }
    let j = i;
    // ("Former Home Secretary Rt. Hon. Lord X": the dot an honorific's abbreviation is cut from stays in the chunk.)
    const abbreviationDot = (k: number) => toks[k]?.text === '.' && HONORIFICS.has(`${toks[k - 1]?.lower ?? ''}.`) && chunkable(toks, k + 1);
    while (j + 1 < toks.length && (chunkable(toks, j + 1) || isParticleBetween(toks, j + 1) || abbreviationDot(j + 1))) j++;
    const c = analyseChunk(article, s, toks, i, j, quotes, places, orgs);
    if (c) out.push(c);
    i = j + 1;
  }
  shareListEvidence(toks, out);
  // A weak name inside someone's stated role ("chair of the Friendship Group for Iranian Democracy") is part of that role.
  const roleSpans = out.flatMap((c) => c.roles);
  return out.filter((c) => c.strong || (c.names.length >= 2 && !roleSpans.some((r) => c.start >= r.start && c.start < r.end)));
}

function chunkable(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (HONORIFICS.has(t.lower) && /^\p{Lu}/u.test(t.text)) return true;
  // ("MEPs Ana Vell and Piet Saarn": an office's initials in the plural title the names after them.)
  if (isAcronym(t.text) || (/^\p{Lu}{2,}s$/u.test(t.text) && isTitle(t))) return true;
  if (isInitial(t.text) && k > 0 && isNameWord(toks[k + 1]?.text ?? '')) return true;
  if (!isNameWord(t.text)) return false;
  // At a sentence or quote start every word is capitalised: only a proper-noun tag counts there.
  const prev = toks[k - 1];
  const atStart = !prev || /^[“"«‘:(—–-]$/u.test(prev.text);
  if (atStart && SENTENCE_OPENERS.has(t.lower)) return false;
  if (!atStart || t.pos === 'PROPN' || TITLE_WORDS.has(t.lower)) return true;
  // A first name the tagger reads as a common word ("Hope Johnson said", "Will Sanders told"): two name words then a speech verb.
  if (!prev && !SENTENCE_OPENERS.has(t.lower) && toks[k + 1]?.pos === 'PROPN' && isNameWord(toks[k + 1]?.text ?? '')) {
    const after = toks[k + 2];
    if (after && (SPEECH_VERBS.has(after.lower) || after.text === ',')) return true;
  }
  // A banner signed "Name Surname: …" right after the opening mark.
  if (prev && /^[“"«‘]$/u.test(prev.text)) {
    let e = k;
    while (toks[e + 1] && (isNameWord((toks[e + 1] as Tok).text) || isParticleBetween(toks, e + 1))) e++;
    return e > k && e - k < 5 && toks[e + 1]?.text === ':';
  }
  return false;
}

function isParticleBetween(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || !NAME_PARTICLES.has(t.lower) || !/^\p{Ll}/u.test(t.text)) return false;
  // Particles may chain: "de la Roche", "van der Berg".
  const next = toks[k + 1];
  return isNameWord(next?.text ?? '') || (!!next && k + 2 < toks.length && NAME_PARTICLES.has(next.lower) && isParticleBetween(toks, k + 1));
}

// ("Senators Ana Vell and Piet Saarn": a title in the plural before a list of names.)
const isTitle = (t: Tok): boolean => (TITLE_WORDS.has(t.lower) || (t.lower.length >= 3 && t.lower.endsWith('s') && TITLE_WORDS.has(t.lower.slice(0, -1)))) && /^\p{Lu}/u.test(t.text);
const isHonorific = (t: Tok): boolean => HONORIFICS.has(t.lower);
const isNamePart = (t: Tok): boolean =>
  (isNameWord(t.text) || isInitial(t.text) || NAME_PARTICLES.has(t.lower)) && !isTitle(t) && !isHonorific(t) && !isAcronym(t.text);

function analyseChunk(
  article: Article,
  s: Sentence,
  toks: Tok[],
  a: number,
  b: number,
  quotes: QuoteSpan[],
  places: Set<string>,
  orgs: Set<string>,
): Candidate | undefined {
  // The name is the run of name words after the last title or honorific that is followed by one.
  let lead = -1;
  for (let k = a; k < b; k++) {
    const t = toks[k] as Tok;
    const next = toks[k + 1] as Tok;
    const startsName = isNamePart(next) && (!NAME_PARTICLES.has(next.lower) || (isHonorific(t) && isNameWord(toks[k + 2]?.text ?? '')));
    if ((isTitle(t) || isHonorific(t) || isAcronym(t.text)) && startsName) lead = k;
  }
  // "Member of Parliament Jane Doe", "Speaker of the Senate X": the institution after "<Title> of" belongs to the title.
  let institutionTitle: Tok | undefined;
  if (lead < 0) {
    const ofAt = toks[a - 1]?.lower === 'the' ? a - 2 : a - 1;
    const titleTok = toks[ofAt - 1];
    if (toks[ofAt]?.lower === 'of' && titleTok && isTitle(titleTok)) {
      let k = a;
      while (k <= b && NON_PERSON_HEADS.has(foldName((toks[k] as Tok).text))) k++;
      if (k > a && b - k + 1 >= 2) {
        lead = k - 1;
        // ("former Vice President of the European Parliament Karin Valde", "the former French Minister of Human Rights
        // X": the title words and nationality before "President" / "Minister" are the role's.)
        let t = ofAt - 1;
        while (t - 1 >= 0 && ofAt - t < 4 && (TITLE_WORDS.has((toks[t - 1] as Tok).lower) || DEMONYMS.has(foldName((toks[t - 1] as Tok).text)))) t--;
        institutionTitle = toks[t] as Tok;
      }
    }
  }
  let nStart = lead >= 0 ? lead + 1 : a;
  while (nStart <= b && !isNamePart(toks[nStart] as Tok)) nStart++;
  if (nStart > b) return undefined;
  let nEnd = nStart;
  while (nEnd + 1 <= b && isNamePart(toks[nEnd + 1] as Tok)) nEnd++;
  while (nEnd > nStart && NAME_PARTICLES.has((toks[nEnd] as Tok).lower)) nEnd--;
  // "Javad Tarin von der Valdorischen Gesellschaft": "von der" before a name of two words or more tells whom the person
  // speaks for; a surname after "von der" is one word ("Anna von der Lind").
  for (let k = nStart + 1; k + 3 <= nEnd; k++) {
    if (/^(?:von|van)$/.test((toks[k] as Tok).lower) && /^(?:der|den|dem)$/.test((toks[k + 1] as Tok).lower) && isNameWord((toks[k + 2] as Tok).text) && isNameWord((toks[k + 3] as Tok).text)) {
      nEnd = k - 1;
      break;
    }
  }
  const nameToks = toks.slice(nStart, nEnd + 1);
  const leadTok = lead >= 0 ? (toks[lead] as Tok) : undefined;
  const honorific = leadTok && isHonorific(leadTok) ? leadTok : undefined;
  if (NAME_PARTICLES.has(nameToks[0]?.lower ?? '') && !honorific) return undefined;
  const titled = !!leadTok && (isTitle(leadTok) || isHonorific(leadTok) || !isAcronym(leadTok.text));
  const mentionFirst = honorific ? lead : nStart;
  const roles: RoleSpan[] = [];
  let strong = titled;
  // Set when the name closes "…, said the <role>, Name." (then it is who spoke, even where a quote's closing mark is lost).
  let saidBy = false;

  // Title words in the chunk before the name: "Former French Senator", "NCRI President".
  const firstTok = institutionTitle ?? (toks[a] as Tok);
  if (leadTok && !honorific) {
    roles.push({ start: firstTok.start, end: leadTok.end });
  } else if (honorific && lead > a) {
    const before = toks.slice(a, lead).filter((t) => !isHonorific(t) && t.text !== '.');
    if (before.some(isTitle) && before[0] && before.at(-1)) roles.push({ start: before[0].start, end: (before.at(-1) as Tok).end });
  }
  // A lowercase role just before: "Iranian opposition leader Mrs. …", "regime spokesman …"; or a post of a body named
  // just before, with no comma between: "the spokesperson for Varn's interior ministry Ona Brek".
  const lowerRole = roleBefore(toks, a) ?? roleOfBodyBefore(toks, a);
  if (lowerRole) {
    strong = true;
    const joined = roles.shift();
    roles.unshift({ start: lowerRole.start, end: joined ? joined.end : lowerRole.end });
  }
  // A role opening the sentence before the name: "One of Syrian opposition figures, Mr. X, spoke …".
  if (!roles.length && toks[mentionFirst - 1]?.text === ',' && mentionFirst - 1 <= 9) {
    const lead2 = toks.slice(0, mentionFirst - 1);
    const opener = lead2[0];
    const adverbial = !opener || opener.pos === 'ADP' || opener.pos === 'SCONJ' || /^(?:after|before|while|when|following|during|speaking|addressing|despite|since|as)$/iu.test(opener.text);
    const hasRole = !adverbial && lead2.some((t) => ROLE_NOUNS.has(t.lower) && /^\p{Ll}/u.test(t.text));
    const clean = lead2.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',' && !/^[“"«]$/u.test(t.text));
    if (hasRole && clean && lead2[0] && lead2.at(-1)) {
      roles.push({ start: lead2[0].start, end: (lead2.at(-1) as Tok).end });
      strong = true;
    }
  }
  // "“…,” his lawyer, Piet Saarn, told the agency": a role after a possessive, between commas before the name.
  if (!roles.length && toks[mentionFirst - 1]?.text === ',' && toks[nEnd + 1]?.text === ',') {
    const own = roleBefore(toks, mentionFirst - 1);
    const det = own ? toks[toks.findIndex((t) => t.start === own.start) - 1] : undefined;
    if (own && det && POSSESSIVES.has(det.lower)) {
      roles.push({ start: det.start, end: own.end });
      strong = true;
    }
  }
  // "…, said the deputy regional director for … at Amnesty International, Diana Eltahawy.", "by the apostolic nuncio in
  // Damascus, Mario Zenari.": a role after a verb of saying (or "by") set before the name that ends the sentence.
  if (!roles.length && toks[mentionFirst - 1]?.text === ',' && /^[.!?;]?$/u.test(toks[nEnd + 1]?.text ?? '')) {
    // The "the" right after the verb ("said the deputy … for the Middle East …, X": not the inner "the").
    let the = -1;
    for (let k = mentionFirst - 2; k >= 1 && mentionFirst - 2 - k < 20; k--) {
      const t = toks[k] as Tok;
      if (/^[,.;:!?“”"«»()]$/u.test(t.text)) break;
      const v = (toks[k - 1] as Tok).lower;
      if (t.lower === 'the' && (QUOTE_VERBS.has(v) || SPEECH_VERBS.has(v) || v === 'by' || v === 'from')) {
        the = k;
        break;
      }
    }
    const lead3 = the >= 1 ? toks.slice(the + 1, mentionFirst - 1) : [];
    if (lead3.length && lead3.some((t) => /^\p{Ll}/u.test(t.text) && (ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower)))) {
      roles.push({ start: (lead3[0] as Tok).start, end: (lead3.at(-1) as Tok).end });
      strong = true;
      saidBy = true;
    }
  }
  // Title words after the name without a comma: "Mr. X Y General Coordinator of …".
  let after = nEnd + 1;
  if (after <= b && isTitle(toks[after] as Tok)) {
    const r = rolePhrase(toks, after);
    if (r) {
      roles.push(r.span);
      strong = true;
      after = r.next;
    }
  } else {
    after = nEnd + 1;
  }
  // "Name, 65, a former political prisoner …": the age between the name and its apposition is no part of either.
  if (toks[after]?.text === ',' && /^\d{1,3}$/.test(toks[after + 1]?.text ?? '') && toks[after + 2]?.text === ',' && /^(?:a|an|the|former)$/i.test(toks[after + 3]?.text ?? '')) after += 2;
  // "Name, who is a journalist and host of …": a relative clause that says what the person is.
  const whoIs = toks[after]?.text === ',' && toks[after + 1]?.lower === 'who' && /^(?:is|was)$/.test(toks[after + 2]?.lower ?? '') && /^(?:a|an|the)$/.test(toks[after + 3]?.lower ?? '');
  if (whoIs) after += 2;
  // Apposition: "Name, Mayor of …," / "Name, the … coordinator for …,".
  // "Name, (Green) Member of …": a short party tag in brackets opening the apposition is no part of the role.
  let tagged = false;
  if (toks[after]?.text === ',' && toks[after + 1]?.text === '(') {
    const close = toks.findIndex((t, k) => k > after + 1 && k <= after + 5 && t.text === ')');
    if (close > after + 2 && /^\p{Lu}/u.test(toks[close + 1]?.text ?? '')) {
      after = close;
      tagged = true;
    }
  }
  if (toks[after]?.text === ',' || tagged || whoIs) {
    const r = rolePhrase(toks, after + 1);
    if (r && validRole(toks, after + 1, r.next)) {
      // "Name, chair, Women's Committee of the Union; Name, …": a bare title then, after a comma, the body it is held
      // in, up to the semicolon that ends the list's item.
      const body = r.next === after + 2 && toks[r.next]?.text === ',' ? bodyUpToSemicolon(toks, r.next + 1) : undefined;
      roles.push(body ? { ...r.span, end: body.end } : r.span);
      strong = true;
    }
  }
  // "Gen. X was the commander of the … division": an office the sentence sets equal to the person.
  if (!roles.length && /^(?:is|was)$/.test(toks[nEnd + 1]?.lower ?? '') && toks[nEnd + 2]?.lower === 'the' && TITLE_WORDS.has(toks[nEnd + 3]?.lower ?? '') && toks[nEnd + 4]?.lower === 'of') {
    const r = rolePhrase(toks, nEnd + 2);
    if (r) roles.push(r.span);
  }
  if (followedBySpeechVerb(toks, nEnd + 1)) strong = true;
  const pre = toks[mentionFirst - 1];
  const prePre = toks[mentionFirst - 2];
  if (pre && QUOTE_VERBS.has(pre.lower) && prePre && /^[,”"»’]$/u.test(prePre.text)) strong = true;
  // «…», a ajouté X: the French perfect puts "a" between the quote and the verb.
  const prePrePre = toks[mentionFirst - 3];
  if (pre && QUOTE_VERBS.has(pre.lower) && prePre?.lower === 'a' && prePrePre && /^[,”"»’]$/u.test(prePrePre.text)) strong = true;
  // «…», a déclaré la poétesse X / réagit le député X: a role and its article between the French verb and the name.
  for (let k = mentionFirst - 1, n = 0; !strong && k >= 2 && n < 4; k--, n++) {
    const t = toks[k] as Tok;
    if (/^(?:le|la|l|l['’])$/u.test(t.lower)) {
      const v = toks[k - 1];
      const opens = (x: Tok | undefined) => !!x && /^[,”"»’]$/u.test(x.text);
      if (k < mentionFirst - 1 && v && QUOTE_VERBS.has(v.lower) && (opens(toks[k - 2]) || (toks[k - 2]?.lower === 'a' && opens(toks[k - 3])))) strong = true;
      break;
    }
    if (!/^\p{Ll}[\p{L}'’-]*$/u.test(t.text)) break;
  }
  // Tweet signature: "— Name (@handle) date", also inline after the tweet's text.
  if (toks[nEnd + 1]?.text === '(' && toks[nEnd + 2]?.text.startsWith('@')) strong = true;

  const nameStart = (nameToks[0] as Tok).start;
  const q = insideQuote(quotes, nameStart);
  if (q) {
    const bannerPrefix = nameStart - q.innerStart <= 1 && toks[nEnd + 1]?.text === ':' && nameToks.length >= 2;
    if (!bannerPrefix && !titled && !saidBy) return undefined;
    strong = true;
  }

  // One word alone is a name only after an honorific or a title ("Mrs. Rajavi", "President Macron").
  if (nameToks.length === 1 && !titled && !honorific) strong = false;
  const names = nameToks.map((t) => t.text);
  const folded = nameToks.map((t) => foldName(t.text));
  // ("Jan Kessby, the head of the council": "Jan" opening a name of two words or more, neither a number nor a month's
  // day after it, is a first name, not January cut short.)
  const firstNameJan = folded.length >= 2 && folded[0] === 'jan' && nameToks[0]?.text === 'Jan' && !isMonthWord(folded[1] ?? '');
  if (!honorific && folded.some((n, i) => !(i === 0 && firstNameJan) && (NON_PERSON_HEADS.has(n) || n.split('-').some((p) => NON_PERSON_HEADS.has(p))))) return undefined;
  if (!honorific && folded.every((n) => n.split('-').every((p) => DEMONYMS.has(p)))) return undefined;
  if (!honorific && nameToks.some((t) => CAP_FUNCTION_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text))) return undefined;
  if (!honorific && !titled && orgs.has(nameToks.map((t) => nameKey(t.text)).join(' '))) return undefined;
  if (!titled && !honorific) {
    if (pre && DETERMINERS.has(pre.lower)) return undefined;
    // "markets in the city of Maaret Nawa, the Observatory said": the name after "the city of" is the city's, however
    // the sentence goes on.
    if (pre?.lower === 'of' && TOWN_OF_NOUNS.has(prePre?.lower ?? '')) return undefined;
    const personOf = (pre?.lower === 'of' || pre?.lower === 'from') && PERSON_OF_NOUNS.has(prePre?.lower ?? '');
    if (personOf && nameToks.length >= 2) strong = true;
    if (pre && PLACE_PREPOSITIONS.has(pre.lower) && !NOT_PLACE_PREPS.has(pre.lower) && !(pre.lower === 'to' && prePre?.lower === 'according') && !roles.length && !personOf) {
      return undefined;
    }
    if (toks[nEnd + 1]?.text === '’s' || toks[nEnd + 1]?.text === "'s") {
      if (!strong) return undefined;
    }
    if (!strong) {
      // Weak evidence: several proper nouns in a clause with a verb, none a known place word.
      if (nameToks.length < 2 || nameToks.length > 4) return undefined;
      if (!nameToks.every((t) => t.pos === 'PROPN' || NAME_PARTICLES.has(t.lower))) return undefined;
      if (folded.some((n) => places.has(n)) || places.has(folded.join(' '))) return undefined;
      // Datelines and publisher lines: "Los Angeles, 12 Oct –", "Levant Observer – …".
      const after1 = toks[nEnd + 1]?.text ?? '';
      const after2 = toks[nEnd + 2]?.text ?? '';
      const after3 = toks[nEnd + 3]?.text ?? '';
      const dateAfter = isMonthWord(after2) || (/^\d{1,2}$/u.test(after2) && isMonthWord(after3));
      if (mentionFirst === 0 && (/^[–—-]$/u.test(after1) || (after1 === ',' && dateAfter))) return undefined;
      if (!toks.some((t) => t.pos === 'VERB')) return undefined;
    }
  }
  const startTok = toks[mentionFirst] as Tok;
  return {
    names,
    sentence: s.index,
    start: startTok.start,
    end: (nameToks.at(-1) as Tok).end,
    gender: honorific ? (HONORIFICS.get(honorific.lower) ?? '') : '',
    strong,
    roles: roles.map((r) => (r.end <= startTok.start ? ownPartOfRole(article.text, r) : r)).filter((r) => r.end > r.start && article.text.slice(r.start, r.end).trim().length > 1),
    first: mentionFirst,
    last: nEnd,
  };
}

/**
 * The part of a role read before a name that is that person's own: two people's roles joined by "and the" / "et la"
 * / "und die" ("the state councillor Ivo Brant and the MP Lisa Holm" → "MP" for Holm, not the councillor's title and
 * name).
 */
function ownPartOfRole(text: string, r: RoleSpan): RoleSpan {
  const phrase = text.slice(r.start, r.end);
  let cut = -1;
  for (const m of phrase.matchAll(/\s(?:and|et|und|y|e)\s+(?:the|a|an|la|le|les|l[’']|un|une|der|die|das|den|el|il|lo)\s*(?=\S)/giu)) cut = (m.index ?? 0) + m[0].length;
  return cut > 0 ? { ...r, start: r.start + cut } : r;
}

function roleBefore(toks: Tok[], a: number): { start: number; end: number } | undefined {
  const prev = toks[a - 1];
  // ("co-leader", "vice-chair": a role noun after a hyphened prefix is the role.)
  if (!prev || !(ROLE_NOUNS.has(prev.lower) || ROLE_NOUNS.has(prev.lower.split('-').at(-1) ?? '')) || !/^\p{Ll}/u.test(prev.text)) return undefined;
  let k = a - 1;
  while (k - 1 >= 0 && a - k < 7) {
    const t = toks[k - 1] as Tok;
    // A possessive inside the role: "NCRI Women’s Committee chair", "the regime’s judiciary chief".
    if ((t.text === '’s' || t.text === "'s") && k - 2 >= 0 && /^\p{L}/u.test((toks[k - 2] as Tok).text)) {
      k--;
      continue;
    }
    if (!/^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(t.text)) break;
    if (!['NOUN', 'ADJ', 'PROPN'].includes(t.pos) || DETERMINERS.has(t.lower)) break;
    // ("réagit le député X", "a déclaré la poétesse X": a French article, or a verb of saying the English tagger reads
    // as a noun, ends the role.)
    if (FRENCH_ARTICLES.has(t.lower) || QUOTE_VERBS.has(t.lower)) break;
    k--;
  }
  return { start: (toks[k] as Tok).start, end: prev.end };
}

/** Lower-case nouns of a body a post may be of ("the spokesperson for the foreign ministry"). */
const BODY_OF_POST = /^(?:ministry|committee|council|office|agency|department|judiciary|parliament|court|commission|organi[sz]ation|movement|party|union|government|embassy|association|network|foundation|observatory|coalition|campaign|centre|center|mission|delegation|authority|police)$/;

/**
 * "The spokesperson for Varn's interior ministry Ona Brek": a post (a role noun in lower case) followed by "for", "of"
 * or "at" and a body ending in a body's noun just before the name, read as one role from the post to the body.
 */
function roleOfBodyBefore(toks: Tok[], a: number): { start: number; end: number } | undefined {
  const prev = toks[a - 1];
  if (!prev || !BODY_OF_POST.test(prev.text)) return undefined;
  for (let k = a - 2; k >= 1 && a - k <= 8; k--) {
    const t = toks[k] as Tok;
    if (/^(?:for|of|at)$/.test(t.text)) {
      const post = roleBefore(toks, k);
      return post ? { start: post.start, end: prev.end } : undefined;
    }
    const possessive = (t.text === '’s' || t.text === "'s") && /^\p{L}/u.test((toks[k - 1] as Tok).text);
    if (!possessive && !(/^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(t.text) && (['NOUN', 'ADJ', 'PROPN'].includes(t.pos) || t.lower === 'the'))) return undefined;
  }
  return undefined;
}

function rolePhrase(toks: Tok[], from: number): { span: RoleSpan; next: number } | undefined {
  let k = from;
  // "the 22-year-old woman whose death in custody sparked the protests": a whose-clause is what the person is known for.
  let whoseAt = -1;
  while (k < toks.length && k - from < 25) {
    const t = toks[k] as Tok;
    if (t.lower === 'whose' && k > from && whoseAt < 0) {
      whoseAt = k;
      k++;
      continue;
    }
    // A role ends at a line break (participant lists) and at the next honorific.
    if (ROLE_STOPS.has(t.text) || /^\s+$/u.test(t.text) || isHonorific(t)) break;
    if (whoseAt >= 0) {
      k++;
      continue;
    }
    if (CLAUSE_WORDS.has(t.lower)) break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !TITLE_WORDS.has(t.lower) && !/^\p{Lu}/u.test(t.text)) break;
    if (SPEECH_VERBS.has(t.lower)) break;
    k++;
  }
  // A whose-clause cut off before its end, or one without a verb, is not kept.
  if (whoseAt >= 0 && (k - from >= 25 || k >= toks.length || !toks.slice(whoseAt + 1, k).some((t) => t.pos === 'VERB'))) k = whoseAt;
  // A role does not end on a particle or a conjunction.
  while (k > from && ['and', 'or', 'of', 'the', 'for', 'in', 'at'].includes((toks[k - 1] as Tok).lower)) k--;
  if (k <= from) return undefined;
  const first = toks[from] as Tok;
  const last = toks[k - 1] as Tok;
  const head = toks.slice(from, k).map((t) => t.lower);
  return { span: { start: first.start, end: last.end, plural: head.some((w) => /s$/.test(w) && ROLE_NOUNS.has(w)) }, next: k };
}

/** The capitalised body that closes a list item before its semicolon ("Women's Committee of the Union ;"), if short. */
function bodyUpToSemicolon(toks: Tok[], from: number): { end: number } | undefined {
  const first = toks[from];
  if (!first || !/^\p{Lu}/u.test(first.text) || isHonorific(first)) return undefined;
  for (let k = from; k < toks.length && k - from <= 10; k++) {
    const t = toks[k] as Tok;
    if (t.text === ';') return k > from ? { end: (toks[k - 1] as Tok).end } : undefined;
    if (ROLE_STOPS.has(t.text) || /^\s+$/u.test(t.text) || CLAUSE_WORDS.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX') return undefined;
  }
  return undefined;
}

function validRole(toks: Tok[], from: number, to: number): boolean {
  const first = toks[from];
  if (!first) return false;
  if (isHonorific(first)) return false;
  // "…, Ambassador Sam Brook, and several members of …": the words after "and" are the list's next item, not a role;
  // so are those after "as well as", "along with", "together with", "plus" ("…, Ana Brook, as well as a delegation of
  // members of …").
  if (/^(?:and|or|plus)$/.test(first.lower)) return false;
  const second = toks[from + 1]?.lower ?? '';
  if ((first.lower === 'as' && second === 'well') || (/^(?:along|together)$/.test(first.lower) && second === 'with')) return false;
  // "…, former Ostrov Mayor Rudy Vane, Ambassador Sam Brook, …": a title and a name are the next person of a list.
  const tail = toks.slice(Math.max(from, to - 2), to);
  const titleAndName = toks.slice(from, to).every((t) => /^\p{Lu}/u.test(t.text) || /^(?:former|then|ex)$/.test(t.lower));
  if (titleAndName && to - from >= 3 && tail.length === 2 && tail.every((t) => isNameWord(t.text) && t.pos === 'PROPN' && !ROLE_NOUNS.has(t.lower) && !isTitle(t))) return false;
  // "Senator A, former foreign minister B C and D": a role word right before a full name is that next person's title.
  for (let k = from; k + 2 < to; k++) {
    const t = toks[k] as Tok;
    const n1 = toks[k + 1] as Tok;
    const n2 = toks[k + 2] as Tok;
    if (!/^\p{Ll}/u.test(t.text) || !(ROLE_NOUNS.has(t.lower) || isTitle(t))) continue;
    if ([n1, n2].every((x) => isNameWord(x.text) && x.pos === 'PROPN' && !ROLE_NOUNS.has(x.lower) && !isTitle(x))) return false;
  }
  // "…, Hugo Brenn, former army chief Lord Karl Dessau, …": a role that stops right before a name (an honorific or title
  // before it or not) is that next person's title, not a role of the one before.
  let n = to;
  while (toks[n] && (isHonorific(toks[n] as Tok) || isTitle(toks[n] as Tok))) n++;
  const nameNext = (x: Tok | undefined) => !!x && isNameWord(x.text) && x.pos === 'PROPN' && !ROLE_NOUNS.has(x.lower) && !isTitle(x) && !isHonorific(x);
  if (nameNext(toks[n]) && nameNext(toks[n + 1])) return false;
  // "…, Ana Vell, former Minister of Trade of Norvia Pekka Lind, …": a role ending on a capitalised word and then two
  // name words is the list's next person, title and name, not a role of the one before.
  if (to - from >= 4 && toks.slice(from, to).some((t) => /^\p{Ll}/u.test(t.text))) {
    const [before, n1, n2] = toks.slice(to - 3, to) as [Tok, Tok, Tok];
    const nameWord = (x: Tok) => isNameWord(x.text) && x.pos === 'PROPN' && !ROLE_NOUNS.has(x.lower) && !isTitle(x) && !BODY_WORDS.test(x.text);
    if (/^\p{Lu}/u.test(before.text) && !CAP_FUNCTION_WORDS.has(before.lower) && nameWord(n1) && nameWord(n2)) return false;
  }
  // "…, Gisa Lond, le maire de Vernay Jean-Luc Ambert, …": a role ending on a given name and a surname is the next
  // person's title, in a list of people each with the title before the name.
  const spanText = toks.slice(from, to).map((t) => t.text).join(' ');
  const endName = /(\p{Lu}[\p{L}’'-]+)\s*(?:-\s*\p{Lu}[\p{L}’'-]+\s*)?\s+\p{Lu}[\p{L}’'-]+$/u.exec(spanText);
  // (Not "daughter of former hostage Tomas Danek": a lower-case noun before the name makes it whose the role is; a
  // place or body before it, "le maire d’Auvers Jean Béquet", makes it the next person's title.)
  const given = endName?.[1]?.split('-')[0] ?? '';
  const wordBefore = given ? new RegExp(`(\\S+)\\s+${given.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|-|$)`, 'u').exec(spanText)?.[1] : undefined;
  if (endName?.[1] && to - from >= 3 && toks.slice(from, to).some((t) => /^\p{Ll}/u.test(t.text)) && FIRST_NAMES.has(foldName(given)) && !!wordBefore && /\p{Lu}/u.test(wordBefore)) return false;
  // "Paris, France" / "A, B and C": a name right after the comma is a list or a place, not a role.
  if (isNameWord(first.text) && !isTitle(first) && !ROLE_NOUNS.has(first.lower) && first.pos === 'PROPN') {
    const words = toks.slice(from, to);
    if (!words.slice(0, 6).some((t) => ROLE_NOUNS.has(t.lower))) return false;
  }
  const words = toks.slice(from, Math.min(to, from + 10));
  return words.some((t) => ROLE_NOUNS.has(t.lower) || /(?:or|ist|man|woman|person)$/.test(t.lower));
}

function followedBySpeechVerb(toks: Tok[], from: number): boolean {
  let k = from;
  if (toks[k]?.text === ',') {
    let c = k + 1;
    while (c < toks.length && c - k < 25 && toks[c]?.text !== ',' && !ROLE_STOPS.has(toks[c]?.text ?? '.')) c++;
    if (toks[c]?.text === ',') k = c + 1;
  }
  while (toks[k] && SKIP_BEFORE_VERB.has((toks[k] as Tok).lower)) k++;
  const t = toks[k];
  return !!t && SPEECH_VERBS.has(t.lower);
}

/** A word in the plural ending a title. */
const PLURAL_TITLE = /^\p{L}{3,}s$/u;

/** Names joined by commas and "and" share evidence and a plural role after the last of them. */
function shareListEvidence(toks: Tok[], cands: Candidate[]): void {
  const groups: Candidate[][] = [];
  for (const c of cands) {
    const g = groups.at(-1);
    const prev = g?.at(-1);
    if (g && prev) {
      const between = toks.slice(prev.last + 1, c.first).map((t) => t.lower).join(' ');
      if (/^(,|and|, and|&)$/.test(between)) {
        g.push(c);
        continue;
      }
    }
    groups.push([c]);
  }
  for (const g of groups) {
    if (g.length < 2) continue;
    const firstMember = g[0] as Candidate;
    const before = toks.slice(Math.max(0, firstMember.first - 2), firstMember.first).map((t) => t.lower);
    const afterPluralNoun = before[1] === ',' && before[0] !== undefined && ROLE_NOUNS.has(before[0]) && before[0].endsWith('s');
    if (g.some((c) => c.strong) || afterPluralNoun) for (const c of g) c.strong = true;
    const last = g.at(-1) as Candidate;
    const shared = last.roles.filter((r) => r.plural && r.start > last.end);
    for (const c of g.slice(0, -1)) {
      for (const r of shared) if (!c.roles.some((x) => x.start === r.start)) c.roles.push(r);
    }
    // "Senators Ana Vell and Piet Saarn": a title in the plural before the first name is every member's.
    // (Right before it: "Two senior members, A and B" is a description set apart by its comma.)
    const titleBefore = firstMember.roles.find((r) => {
      const end = toks.findIndex((t) => t.end === r.end);
      return end >= 0 && toks[end + 1]?.start === firstMember.start && PLURAL_TITLE.test((toks[end] as Tok).lower);
    });
    const pluralTitle = titleBefore && toks.find((t) => t.end === titleBefore.end)?.lower;
    if (titleBefore && pluralTitle && ROLE_NOUNS.has(pluralTitle.slice(0, -1))) {
      for (const c of g.slice(1)) if (!c.roles.some((x) => x.start === titleBefore.start)) c.roles.push(titleBefore);
    }
  }
}

/** Nouns whose "of X" names a place: "the bombardment of X", "the people of X", "the city of X". */
const PLACE_OF_NOUNS = new Set([
  'bombardment', 'bombing', 'shelling', 'siege', 'attack', 'attacks', 'battle', 'fall', 'liberation', 'city', 'town',
  'village', 'suburb', 'suburbs', 'outskirts', 'province', 'region', 'district', 'residents', 'people', 'streets',
  'centre', 'center', 'capital', 'governorate', 'massacre', 'destruction', 'evacuation', 'recapture', 'capture',
]);

/** Nouns of a settlement or an area whose "of X" names it ("the city of X", "the province of X"). */
const TOWN_OF_NOUNS = new Set(['city', 'town', 'village', 'suburb', 'province', 'region', 'district', 'capital', 'governorate', 'municipality', 'neighbourhood', 'neighborhood']);

/** Verbs whose object is a place: "bombarded X", "shelled X", "captured X". */
const PLACE_VERBS = new Set([
  'bombarded', 'bombed', 'shelled', 'struck', 'targeted', 'besieged', 'stormed', 'captured', 'recaptured', 'seized',
  'entered', 'raided', 'pounded', 'overran', 'liberated', 'encircled', 'evacuated', 'hit', 'invaded', 'occupied',
]);

/** Capitalised words that follow "in/at/from/near" somewhere in the article are places there. */
function learnPlaceWords(tokensBySentence: Tok[][]): Set<string> {
  const places = new Set<string>();
  for (const toks of tokensBySentence) {
    toks.forEach((t, k) => {
      const prev = toks[k - 1];
      if (!prev) return;
      const ofPlace = prev.lower === 'of' && PLACE_OF_NOUNS.has(toks[k - 2]?.lower ?? '');
      if (!ofPlace && !PLACE_VERBS.has(prev.lower) && !['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'into'].includes(prev.lower)) return;
      if (!isNameWord(t.text)) return;
      let e = k;
      while (toks[e + 1] && (isNameWord((toks[e + 1] as Tok).text) || isParticleBetween(toks, e + 1))) e++;
      if (e === k) places.add(foldName(t.text));
      else places.add(toks.slice(k, e + 1).map((x) => foldName(x.text)).join(' '));
    });
  }
  return places;
}

/** Plural group nouns after a name mark it as an organisation: "Jaish al-Islam fighters", "X supporters". */
const GROUP_NOUNS = new Set([
  'fighters', 'militiamen', 'militants', 'forces', 'units', 'troops', 'militia', 'militias',
  'rebels', 'gunmen', 'operatives', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'commanders',
  'leadership', 'leaders', 'positions', 'bases', 'headquarters', 'statement', 'website', 'channel', 'affiliates',
]);

/** Last words of a body's name, never of a person's ("Iran Freedom", "Democratic Party"). */
const BODY_WORDS = /^(?:Party|Council|Committee|Union|Organi[sz]ation|Parliament|Assembly|Front|Movement|Association|Foundation|Institute|Society|Campaign|Group|League|Alliance|Coalition|Network|Freedom|Rights|Watch|Forum|Senate|Congress|Government|Ministry|University|Center|Centre|Agency|Service|Office|Court|Commission|Federation|Republic|Kingdom|States|Nations|Affairs|Trade|Business|Justice|Democracy|Resistance|Iran|City|County|Monitor|Observatory|International|News|Times|Post|Press|Radio|Television|TV|Daily|Herald|Journal|Review|Media)$/;

/** Capitalised function words never stand inside a person's name ("Reporters Without Borders"). */
const CAP_FUNCTION_WORDS = new Set([
  'without', 'sans', 'for', 'of', 'and', 'the', 'against', 'in', 'on', 'at', 'to', 'with', 'from', 'by', 'under',
  'over', 'after', 'before', 'beyond', 'across', 'per', 'pour', 'sin', 'ohne', 'für', 'fur', 'into', 'et', 'und',
]);

/** Names the article itself shows to be organisations: followed by a group noun, or "X said its …". */
function learnOrganisations(tokensBySentence: Tok[][]): Set<string> {
  const orgs = new Set<string>();
  for (const toks of tokensBySentence) {
    let k = 0;
    while (k < toks.length) {
      const t = toks[k] as Tok;
      if (!isNameWord(t.text) || isHonorific(t)) {
        k++;
        continue;
      }
      let e = k;
      while (toks[e + 1] && (isNameWord((toks[e + 1] as Tok).text) || isParticleBetween(toks, e + 1))) e++;
      const key = toks.slice(k, e + 1).map((x) => nameKey(x.text)).join(' ');
      const next = toks[e + 1];
      let v = e + 1;
      while (toks[v] && SKIP_BEFORE_VERB.has((toks[v] as Tok).lower)) v++;
      // "said it was …" is common for people; "said its clinic …" is not.
      const saidIt = SPEECH_VERBS.has(toks[v]?.lower ?? '') && toks[v + 1]?.lower === 'its';
      const pre = toks[k - 1];
      const honored = pre && (isHonorific(pre) || isTitle(pre));
      if (!honored && (saidIt || (next && GROUP_NOUNS.has(next.lower) && /^\p{Ll}/u.test(next.text)))) orgs.add(key);
      k = e + 1;
    }
  }
  return orgs;
}

function clusterFullNames(full: Candidate[]): Person[] {
  const persons: Person[] = [];
  // Two full names are the same person only if they share first and last name: only those are compared.
  const byEnds = new Map<string, Person[]>();
  for (const c of full) {
    const folded = c.names.map(nameKey);
    const ends = `${folded[0]} ${folded.at(-1)}`;
    const match = byEnds.get(ends)?.find((p) => sameFullName(p.names.map(nameKey), folded));
    if (match) {
      match.mentions.push(c);
      if (c.names.length > match.names.length) match.names = c.names;
      if (!match.gender && c.gender) match.gender = c.gender;
    } else {
      const person: Person = { names: c.names, gender: c.gender, mentions: [c] };
      persons.push(person);
      const list = byEnds.get(ends);
      if (list) list.push(person);
      else byEnds.set(ends, [person]);
    }
  }
  return persons;
}

/** "al-Assad" and "Assad" are the same surname. */
const nameKey = (w: string): string => foldName(w).replace(/^(?:al|el|ad|as|ash|at|az)-/u, '');

function sameFullName(a: string[], b: string[]): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  if (a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

function findBareSurnames(sentences: Sentence[], tokensBySentence: Tok[][], cands: Candidate[], persons: Person[]): Candidate[] {
  const out: Candidate[] = [];
  // Tokens are visited in text order, so a start is covered by a mention iff the furthest end among mentions that
  // begin at or before it lies beyond it.
  const byStart = [...cands].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  const covered = (start: number): boolean => {
    for (; next < byStart.length && byStart[next]!.start <= start; next++) reach = Math.max(reach, byStart[next]!.end);
    return reach > start;
  };
  const tails = new Map<string, string[]>();
  for (const p of persons) {
    for (let len = p.names.length - 1; len >= 1; len--) {
      const tail = p.names.slice(p.names.length - len).map(nameKey);
      if (NAME_PARTICLES.has(tail[0] ?? '') && len === 1) continue;
      tails.set(tail.join(' '), tail);
    }
  }
  const ordered = [...tails.values()].sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, string[][]>();
  for (const w of ordered) {
    const list = byFirst.get(w[0]!);
    if (list) list.push(w);
    else byFirst.set(w[0]!, [w]);
  }
  sentences.forEach((s, si) => {
    const toks = tokensBySentence[si] ?? [];
    toks.forEach((t, k) => {
      if (!isNameWord(t.text) && !NAME_PARTICLES.has(t.lower)) return;
      if (covered(t.start)) return;
      const tail = byFirst.get(nameKey(t.text))?.find((w) => w.every((x, d) => toks[k + d] && nameKey((toks[k + d] as Tok).text) === x));
      if (!tail) return;
      const lastTok = toks[k + tail.length - 1] as Tok;
      const next = toks[k + tail.length];
      const prev = toks[k - 1];
      if (next && isNameWord(next.text) && !isTitle(next)) return;
      if (prev && isNameWord(prev.text) && !isTitle(prev) && !isHonorific(prev)) return;
      const hon = prev && isHonorific(prev) ? prev : undefined;
      reach = Math.max(reach, lastTok.end);
      out.push({
        names: toks.slice(k, k + tail.length).map((x) => x.text),
        sentence: s.index,
        start: hon ? hon.start : t.start,
        end: lastTok.end,
        gender: hon ? (HONORIFICS.get(hon.lower) ?? '') : '',
        strong: false,
        roles: [],
        first: hon ? k - 1 : k,
        last: k + tail.length - 1,
      });
    });
  });
  return out;
}

/**
 * The persons a single name or name tail may refer to, looked up by that name rather than by scanning every person
 * (an article naming thousands of people stays linear). Each person's mention starts are kept sorted.
 */
class PersonsByName {
  /** A later name of a person ("Maryam Rajavi" under "rajavi"), or a tail of two or more ("van der berghe"). */
  private readonly byPart = new Map<string, Person[]>();
  private readonly byWhole = new Map<string, Person>();
  private readonly starts = new Map<Person, number[]>();

  constructor(readonly persons: Person[]) {
    for (const p of persons) this.index(p);
  }

  private index(p: Person): void {
    const keys = p.names.map(nameKey);
    const parts = new Set<string>(keys.slice(1));
    for (let len = 2; len < keys.length; len++) parts.add(keys.slice(keys.length - len).join(' '));
    for (const part of parts) {
      const list = this.byPart.get(part);
      if (list) list.push(p);
      else this.byPart.set(part, [p]);
    }
    const whole = keys.join(' ');
    if (!this.byWhole.has(whole)) this.byWhole.set(whole, p);
    this.starts.set(p, p.mentions.map((m) => m.start).sort((a, b) => a - b));
  }

  /** Persons with more names than `keys` that end in them (one key: hold it after their first name), in order. */
  fitting(keys: string[]): Person[] {
    return (this.byPart.get(keys.join(' ')) ?? []).filter((p) => p.names.length > keys.length);
  }

  whole(word: string): Person | undefined {
    return this.byWhole.get(word);
  }

  /** Start of the person's last mention before `at`, or -1. */
  lastBefore(p: Person, at: number): number {
    const starts = this.starts.get(p)!;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? starts[lo - 1]! : -1;
  }

  addMention(p: Person, c: Candidate): void {
    p.mentions.push(c);
    const starts = this.starts.get(p)!;
    let i = starts.length;
    while (i > 0 && starts[i - 1]! > c.start) i--;
    starts.splice(i, 0, c.start);
  }

  add(p: Person): void {
    this.persons.push(p);
    this.index(p);
  }
}

function attachSingle(c: Candidate, byName: PersonsByName): void {
  const keys = c.names.map(nameKey);
  const word = keys.join(' ');
  const compatible = byName.fitting(keys).filter((p) => !c.gender || !p.gender || p.gender === c.gender);
  if (compatible.length) {
    const best = [...compatible].sort((x, y) => byName.lastBefore(y, c.start) - byName.lastBefore(x, c.start) || y.mentions.length - x.mentions.length)[0] as Person;
    byName.addMention(best, c);
    if (!best.gender && c.gender) best.gender = c.gender;
    return;
  }
  if (!c.strong) return;
  const same = byName.whole(word);
  if (same) {
    byName.addMention(same, c);
    if (!same.gender && c.gender) same.gender = c.gender;
  } else {
    byName.add({ names: c.names, gender: c.gender, mentions: [c] });
  }
}

/** A name without the initials between its first and last words ("John Q. Adams" → "John Adams"); the name itself when it has none. */
function withoutMiddleInitials(name: string): string {
  const parts = name.split(' ');
  if (parts.length < 3) return name;
  const kept = parts.filter((w, i) => i === 0 || i === parts.length - 1 || !/^\p{Lu}\.?$/u.test(w));
  return kept.length >= 2 ? kept.join(' ') : name;
}

function buildResult(article: Article, persons: Person[]): PeopleResult {
  const speakers: Speaker[] = [];
  const byId = new Map<string, Speaker>();
  const mentions: PersonMention[] = [];
  for (const p of persons) {
    p.mentions.sort((a, b) => a.start - b.start);
    const name = p.names.join(' ');
    const id = slugName(name);
    if (!id) continue;
    const aliases = new Set<string>();
    // ("Dana R. Whitcombe" is asked for as "Dana Whitcombe": the name without its middle initials is one of hers.)
    const uninitialled = withoutMiddleInitials(name);
    if (uninitialled !== name) aliases.add(uninitialled);
    const roles: Role[] = [];
    const seenRoles = new Set<string>();
    const prov: Provenance[] = [];
    for (const m of p.mentions) {
      const text = article.text.slice(m.start, m.end);
      mentions.push({ speakerId: id, sentence: m.sentence, start: m.start, end: m.end, text });
      prov.push({ articleId: article.id, sentence: m.sentence, start: m.start, end: m.end });
      const written = text.replace(/[[\]]/gu, '');
      if (written !== name) aliases.add(written);
      const bare = m.names.join(' ');
      if (bare !== name) aliases.add(bare);
      for (const r of m.roles) {
        // ("Senators Ana Vell and Piet Saarn": each is a Senator.)
        const roleText = singularTitle(article.text.slice(r.start, r.end).replace(/[\s,]+$/u, ''));
        const key = foldName(roleText);
        if (seenRoles.has(key)) continue;
        seenRoles.add(key);
        roles.push({ text: roleText, source: { articleId: article.id, sentence: m.sentence, start: r.start, end: r.start + roleText.length } });
      }
    }
    const existing = byId.get(id);
    if (existing) {
      for (const m of prov) existing.mentions.push(m);
      for (const a of aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      existing.roles.push(...roles.filter((r) => !existing.roles.some((x) => foldName(x.text) === foldName(r.text))));
      continue;
    }
    const speaker: Speaker = { id, name, aliases: [...aliases], roles, affiliations: affiliationsOf(roles), events: [], mentions: prov };
    speakers.push(speaker);
    byId.set(id, speaker);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { speakers, mentions };
}

/** Organisations named in roles: "President-elect of the NCRI" → NCRI; "NCRI President" → NCRI. */
function affiliationsOf(roles: Role[]): string[] {
  const out = new Set<string>();
  for (const r of roles) {
    const of = /\bof (?:the )?(.+)$/u.exec(r.text);
    if (of?.[1]) {
      for (const part of of[1].split(/\s+and\s+(?:the\s+)?/u)) {
        const clean = part.replace(/\s+(?:in|at)\s+.*$/u, '').trim();
        // Only proper names: "Iranian Resistance", "NCRI"; not "Syrian opposition figures".
        const lastWord = clean.split(/\s+/u).at(-1) ?? '';
        if (/^\p{Lu}/u.test(clean) && /^\p{Lu}/u.test(lastWord) && !/’$|'$/.test(clean)) out.add(clean);
      }
    }
    const acr = /^([A-Z][A-Z/&-]+[A-Z])\s/.exec(r.text);
    if (acr?.[1]) out.add(acr[1]);
  }
  return [...out];
}

/** Gender stated by the honorifics of a speaker's mentions ('' when none). */
export function genderFromMention(text: string): Gender {
  const first = text.split(/\s+/u)[0]?.toLowerCase() ?? '';
  return HONORIFICS.get(first) ?? '';
}
