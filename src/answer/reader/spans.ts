/**
 * Spans of a sentence the reader can offer as answers: names (runs of capitalised words with their particles),
 * and whether a name is a person, an organisation or a place, judged from the words the text puts around it
 * (a title or honorific before it, a role after it, a party in brackets, a verb of saying, an organisation's head
 * noun, a locative preposition) and from the people the extraction stage recorded.
 */
import { FIRST_NAMES } from '../../extract/first-names.ts';
import { TITLE_WORDS } from '../../extract/names-lexicon.ts';
import type { Token } from '../../understand/vocabulary.ts';

/** Lowercase words that may sit inside a name ("Place de la Nation", "Bashar al-Assad", "Ludwig van Beethoven"). */
/** Particles that open a surname of two ("de la", "von der", "van den"). */
const NAME_PARTICLE = /^(de|van|von|di|da|del|della|dos|das)$/;
const PARTICLES = new Set(['de', 'la', 'le', 'du', 'des', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ibn', 'abu', 'ez', 'ed', 'and', 'for', 'of', 'the', 'against', 'on', 'e']);
/** Particles a name may not end with. */
const NO_END = new Set(['de', 'la', 'le', 'du', 'des', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'ter', 'and', 'for', 'of', 'the', 'against', 'on', 'e', 'al', 'el', 'bin', 'ibn', 'abu']);

/** Capitalised words that open sentences or stand for time, never a name on their own. */
const NOT_NAME = new Set(
  (
    'the a an in on at of for to from by with and but or as this that these those his her their its it he she they we i you our my ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr rt hon after before during since while when where what ' +
    'who which how why there here some many several other another also however meanwhile despite although though if according ' +
    'le la les un une des du en au aux dans pour par sur avec ce cette ces il elle ils elles der die das den dem ein eine im am auf ' +
    'mit von vom zu zur bei nach gegen sowie auch photo video watch read more related share ' +
    'one two three four five six seven eight nine ten dozens hundreds thousands several many most some all both no yes not never ' +
    'we they our their you your it its'
  ).split(' '),
);

/** Titles and honorifics before a person's name. */
export const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir lord lady madam madame mme dame president senator senators mayor minister general brigadier colonel judge ' +
    'ambassador leader chairman chairwoman chair secretary deputy mp mep representative rep spokesman spokeswoman spokesperson rev ' +
    'father sheikh imam ayatollah former late empress emperor princess prince king queen shah governor congressman congresswoman ' +
    'director professor commissioner coordinator head chief manager lawyer activist journalist engineer student pensioner organiser ' +
    'organizer ambassadeur maire senateur depute ministre vizeprasident prasident burgermeister abgeordneter landtagsabgeordneter ' +
    'councillor councilor councilmember councilwoman councilman assemblyman assemblywoman commander officer researcher writer author candidate prime ' +
    // (German titles, capitalised like every German noun: "Veranstalterin X sagt", "des Künstlers X".)
    'veranstalterin organisator organisatorin mitorganisator mitorganisatorin kunstler kunstlers kunstlerin sprecherin aktivistin journalistin'
  ).split(' '),
);

/** Lowercase nouns for a body that may stand right before its name ("watchdog Hengaw", "monitor Lantern"). */
const BODY_NOUNS = new Set('watchdog watchdogs monitor ngo charity newspaper broadcaster outlet agency'.split(' '));

/** Nouns for a person that an apposition may set before a name ("the diplomat, Perviz Tal"). */
const PERSON_NOUNS = new Set('diplomat politician official lawmaker dissident poet singer artist economist analyst cleric scholar academic survivor witness resident'.split(' '));
/** The same nouns and roles in French and German, folded ("militante", "organisatrice", "porte-parole"). */
const PERSON_NOUNS_ABROAD = new Set(
  'activiste militante militant organisatrice organisateur porte-parole presidente journaliste avocate avocat fondatrice fondateur opposante opposant refugiee refugie aktivistin aktivist sprecherin sprecher organisatorin'.split(' '),
);
const foldWord = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Head nouns of organisations (a name holding one is not a person). */
export const ORG_WORDS = new Set(
  (
    'council organization organisation organizations organisations assembly army guards guard observatory committee commission ' +
    'party parliament senate congress ministry office agency agencies union coalition association associations society group groups ' +
    'network international rights watch news media channel times post tribune press foundation institute institution centre center ' +
    'university court bureau department corps front movement alliance federation league mission fund trust company corporation ' +
    'television radio tv daily journal magazine website force forces police administration government regime resistance embassy ' +
    'amnesty nations mujahedin mojahedin mojahedines moudjahidines gesellschaft gesellschaften widerstandsrat conseil comite parti ' +
    'collective collectif initiative campaign club forum coordination platform caucus syndicate councils committees ngo ngos hrana bbc cnn reuters afp ap ' +
    'gemeinde gemeinden verein vereine verband bund zentrum komitee stiftung vereinigung partei bündnis bundnis netzwerk kollektiv'
  ).split(' '),
);

/** Head nouns of places (a name holding one is a place or venue). */
export const PLACE_WORDS = new Set(
  (
    'square place gate street avenue boulevard road bridge park palace tower plaza hall halls building station hospital camp prison ' +
    'market district province region city town village county state country island airport base centre center esplanade quay ' +
    'embassy consulate headquarters arrondissement municipality platz strasse allee plateau harbour harbor waterfront port pier memorial monument garden gardens stadium'
  ).split(' '),
);

/** A run of name words in a sentence: token indices [from, to) and the text they cover. */
export interface NameSpan {
  from: number;
  to: number;
  text: string;
  start: number;
  end: number;
}

/** Whether a token is written like a name word (capitalised, or an all-capital acronym), and is not a time word. */
export function nameWord(t: Token): boolean {
  if (!t.cap) return false;
  if (t.value !== undefined) return false;
  return !NOT_NAME.has(t.fold) || /^[A-Z]{2,}$/.test(t.raw);
}

/**
 * Runs of capitalised words (with particles inside) in a sentence. `text` is the sentence's own text, to which the
 * tokens' offsets point.
 */
/** A title's abbreviation with its stop before a name ("Sen. Tomas Velder", "Rep. X"): the title, never a name itself. */
const TITLE_ABBREVIATION = /^(?:sen|rep|gov|gen|col|lt|capt|sgt|prof|dr|mr|mrs|ms|rev|hon|amb|cllr)$/;

export function titleAbbreviationAt(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // (Past the sentence's last word, "… was organised by", there is no title.)
  return !!t && TITLE_ABBREVIATION.test(t.fold) && !!next && next.cap && /^\.\s{1,2}$/.test(text.slice(t.end, next.start));
}

export function nameSpans(tokens: Token[], text: string): NameSpan[] {
  const out: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i] as Token) || titleAbbreviationAt(text, tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      const gap = text.slice((tokens[j - 1] as Token).end, t.start);
      // A name runs over spaces, hyphens and apostrophes, not over commas, brackets or quotes — and over the stop of
      // a dotted initial ("T.R. Okafor", "M. J. Lind").
      if ((!/^[\s\-‐'’]*$/.test(gap) || gap.length > 3) && !dottedInitial(text, tokens[j - 1] as Token, t, gap)) break;
      // (A dash with a space on each side parts two things, "… and Varnia - Oren Hale": it joins no name.)
      if (/\s[-‐]\s/.test(gap)) break;
      // ("Watch" is page clutter on its own, "Watch the video", but the head of a body's name it ends: "Human Rights Watch".)
      if (nameWord(t) || (t.cap && t.value === undefined && ORG_WORDS.has(t.fold))) {
        j++;
        continue;
      }
      // "and" joins two names only inside an organisation's name ("Ministry of Culture and Islamic Guidance"),
      // never two people ("Mousa Khiabani and Ashraf Rajavi").
      const andOk = t.fold !== 'and' || tokens.slice(i, j).some((x) => ORG_WORDS.has(x.fold));
      // One or two particles ("Paul de la Roche", "Ursula von der Leyen") between two name words.
      const t2 = tokens[j + 1];
      // "Associations for a Free Iran", "Campaign for the Release of …": a body's name may hold "for a" / "of the".
      const two =
        !!t2 && !t2.cap && ((NAME_PARTICLE.test(t.fold) && /^(la|le|der|den|des|de|du|los|las)$/.test(t2.fold)) || (/^(for|of|against)$/.test(t.fold) && /^(a|an|the)$/.test(t2.fold))) ? 1 : 0;
      const after = tokens[j + 1 + two];
      // ("Angemeldet wurde der Protestzug von der Exil-Vardanischen Gemeinde": "von der" before a body's name of
      // several words says who did it; a surname after "von der" is one word, "Ursula von der Leyen".)
      const beyond = tokens[j + 2 + two];
      const byBody = two === 1 && /^(von|van)$/.test(t.fold) && !!after && !!beyond && nameWord(beyond) && /^[\s\-‐'’]{0,3}$/.test(text.slice(after.end, beyond.start));
      if (PARTICLES.has(t.fold) && andOk && !t.cap && after && nameWord(after) && !byBody) {
        const run = tokens.slice(j, j + 2 + two);
        if (run.slice(1).every((x, k) => /^[\s\-‐'’]{0,3}$/.test(text.slice((run[k] as Token).end, x.start)))) {
          j += 2 + two;
          continue;
        }
      }
      break;
    }
    while (j - 1 > i && NO_END.has((tokens[j - 1] as Token).fold)) j--;
    // "the mayor of Vernay Jean-Luc Perrin", "le maire de Vernay Jean Perrin", "ambassadeur aux Nations Unies Erik
    // Solvang": after "of" / "de" / "aux", a place or body then a given name and a surname are two names, the office's
    // place and the person holding it.
    const prep = tokens[i - 1];
    if (prep && /^(?:of|at|to|de|du|d|des|aux|au|à|a)$/.test(prep.fold) && !prep.cap) {
      const k = tokens.slice(i + 1, j - 1).findIndex((t) => t.cap && FIRST_NAMES.has(t.fold));
      // ("the lawyer of US President Dana Holt": a title right before the given name is the person's own, one name.)
      if (k >= 0 && !TITLES.has((tokens[i + k] as Token).fold)) j = i + 1 + k;
    }
    const first = tokens[i] as Token;
    const last = tokens[j - 1] as Token;
    out.push({ from: i, to: j, text: text.slice(first.start, last.end), start: first.start, end: last.end });
    i = j;
  }
  return out;
}

/** Initials that stand for a country or a union of them ("U.S.", "U.N."), never for a person's given names. */
const STATE_INITIALS = /^(?:US|USA|UN|UK|EU|UAE)$/;

/**
 * Whether `prev` is a person's dotted initial that runs on into `next` ("T." before "R." or "Okafor"): a single capital
 * letter, then a stop (and at most one space), then a name word; not the letters of "U.S." or "U.N.".
 */
function dottedInitial(text: string, prev: Token, next: Token, gap: string): boolean {
  if (!/^\p{Lu}$/u.test(prev.raw) || !/^\.\s?$/.test(gap) || !nameWord(next)) return false;
  // (Initials before a title, "N.V. Vice President", are a body's or a country's, not a person's.)
  if (TITLE_WORDS.has(next.fold)) return false;
  const before = /(?:\p{Lu}\.\s?)*$/u.exec(text.slice(0, prev.start))?.[0] ?? '';
  const letters = `${before}${prev.raw}${/^\p{Lu}$/u.test(next.raw) ? next.raw : ''}`.replace(/[^\p{Lu}]/gu, '');
  return !STATE_INITIALS.test(letters) && !STATE_INITIALS.test(letters.slice(0, -1) || '-');
}

/** The kind a name span reads as, from its own words and the words around it. */
export type SpanKind = 'person' | 'organisation' | 'place' | 'other';

export interface SpanJudge {
  /** Folded full names and surnames of the people the extraction recorded (from the index). */
  knownPeople: ReadonlySet<string>;
  /** Folded names of cities and countries the archive knows (datelines, events' cities). */
  cities: ReadonlySet<string>;
  /** Folded words the archive uses as places (after "in", "at", "near"…, datelines, events' places). */
  places: ReadonlySet<string>;
}

const SAY_AFTER = /^\s*(?:,\s*)?(?:said|says|told|stated|noted|added|declared|stressed|warned|wrote|remarked|affirmed|emphasi[sz]ed|explained|argued|insisted|urged|called|asked|spoke|addressed|has said|had said|was quoted|tweeted|expressed|a déclaré|a dit|sagte|erklärte)\b/i;

/** Judges a name span: person, organisation, place or other (a heading word, a nationality, an event name). */
/** Common nouns of a state's bodies, which a people's adjective ("the Dutch …") qualifies. */
const STATE_NOUNS = new Set(['government', 'governments', 'regime', 'authorities', 'parliament', 'police', 'army', 'military', 'judiciary', 'embassy', 'state', 'forces', 'delegation', 'foreign', 'ministry', 'cabinet', 'administration', 'people', 'public', 'community', 'diaspora']);

export function judgeSpan(span: NameSpan, tokens: Token[], text: string, judge: SpanJudge): SpanKind {
  const words = tokens.slice(span.from, span.to);
  const folds = words.map((w) => w.fold);
  const prev = tokens[span.from - 1];
  const after = text.slice(span.end, span.end + 40);
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  // "Rights group says …", "Council members …": an organisation's noun alone, capitalised at a sentence start, names none.
  if (words.length === 1 && ORG_WORDS.has(folds[0] as string)) return 'other';
  // "calling on the Dutch government", "the Iranian regime": a people's adjective before a state's common noun names
  // no one by itself ("the Assad regime" names its ruler).
  const nextWord = tokens[span.to];
  if (words.length === 1 && /(?:ian|ean|ese|ish|ch)$/.test(folds[0] as string) && prev?.fold === 'the' && nextWord && !nextWord.cap && STATE_NOUNS.has(nextWord.fold) && /^\s+$/.test(text.slice(span.end, nextWord.start))) return 'other';
  if (folds.some((f) => ORG_WORDS.has(f))) return 'organisation';
  // German compounds of a body's noun ("Exilrat", "Solidaritätskomitee", "Frauenverband"), in a name of two words or more.
  if (words.length >= 2 && folds.some((f) => f.length >= 7 && !/crat$/.test(f) && /(?:rat|komitee|verband|verein|vereinigung|partei|gesellschaft|stiftung|gemeinde|zentrum|bündnis|bundnis|netzwerk)$/.test(f))) return 'organisation';
  // "Premierminister Lars Eng", "Ex-Ministerin Anja Roth": a German title compound before a name of two words is a
  // person with an office.
  if (words.length === 3 && /(?:minister|ministerin|prasident|prasidentin|burgermeister|burgermeisterin|kanzler|kanzlerin|abgeordnete|abgeordneter)$/.test(folds[0] as string)) return 'person';
  // "Thomas Becker (SPD)": a given name and a surname with a party in brackets is a person.
  if (words.length >= 2 && words.length <= 4 && FIRST_NAMES.has(folds[0] as string) && !folds.some((f) => PLACE_WORDS.has(f))) return 'person';
  // "rights watchdog Hengaw", "the monitoring group Lantern": a name right after a body's common noun is that body.
  if (prev && !prev.cap && (ORG_WORDS.has(prev.fold) || BODY_NOUNS.has(prev.fold)) && /^\s+$/.test(text.slice(prev.end, span.start)) && words.length <= 3) return 'organisation';
  // "the London-based Ilaf website", "the Kayhan newspaper": a name before an organisation's noun.
  const next = tokens[span.to];
  if (next && !next.cap && ORG_WORDS.has(next.fold) && /^\s+$/.test(text.slice(span.end, next.start))) return 'organisation';
  if (/^\s*\(\s*[A-Z][A-Za-z]*[A-Z]\s*\)/.test(after) && words.length >= 2 && !folds.some((f) => TITLES.has(f))) return 'organisation';
  // "NCRI", "MEK Iran", "SOHR": a name opening with an acronym is a body.
  if (/^[A-Z]{2,7}$/.test(words[0]?.raw ?? '')) return 'organisation';
  // "Dornfeld Hills City Councilmember Ona Pell": a title inside the run, after a place's words and before two or three
  // name words that close it, makes the run a person with that title.
  const titleAt = folds.findIndex((f, k) => k > 0 && k >= folds.length - 4 && k <= folds.length - 3 && TITLES.has(f));
  if (titleAt > 0 && words.slice(titleAt + 1).every((w) => w.cap && !PLACE_WORDS.has(w.fold) && !ORG_WORDS.has(w.fold) && !TITLES.has(w.fold))) return 'person';
  if (folds.some((f) => PLACE_WORDS.has(f))) return 'place';
  const full = folds.join(' ');
  const lastWord = folds[folds.length - 1] ?? '';
  // "Deputy Mayor of Lyon", "Secretary of State": a title with its office, not a person.
  if (TITLES.has(folds[0] as string) && folds.includes('of')) return 'other';
  if (folds.every((f) => TITLES.has(f) || PARTICLES.has(f))) return 'other';
  if (judge.knownPeople.has(full) && words.length >= 2) return 'person';
  // "Jean-Pierre Béquet", "Michal Kaminski": a known given name followed by a surname.
  if (words.length >= 2 && words.length <= 4 && FIRST_NAMES.has(folds[0] as string)) return 'person';
  if (prev && TITLES.has(prev.fold) && text.slice(prev.end, span.start).trim() === '' ) return 'person';
  if (folds.length >= 2 && TITLES.has(folds[0] as string)) return 'person';
  if (/^\s*\((?:[^)]{1,30})\)/.test(after) && words.length >= 2) return 'person';
  if (SAY_AFTER.test(after) && words.length >= 2) return 'person';
  if (/^\s*,\s*(?:a|an|the|who|former|ancien|ancienne|député|sénateur|maire|le|la|l’|l'|un|une|der|die|ein|eine)\b/i.test(after) && words.length >= 2) return 'person';
  // "…, réagit Nadia Rahimi, militante et organisatrice du …", "X, activist and …": a person's noun right after the comma.
  const nounAfter = /^\s*,\s*(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
  if (nounAfter && words.length >= 2 && words.length <= 4 && (TITLES.has(foldWord(nounAfter)) || PERSON_NOUNS.has(foldWord(nounAfter)) || PERSON_NOUNS_ABROAD.has(foldWord(nounAfter)))) return 'person';
  if (/\b(?:said|says|told|according to|by|with|including|joined by|et|and|,)\s*$/i.test(before) && words.length >= 2 && words.length <= 4 && judge.knownPeople.has(lastWord)) return 'person';
  if (words.length >= 2 && words.length <= 4 && judge.knownPeople.has(lastWord)) return 'person';
  // "a former senior Iranian diplomat, Perviz Tal, representing …": a name set after a person's noun and a comma.
  const noun = /([\p{L}]+)\s*,\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (noun && words.length >= 2 && words.length <= 4 && (TITLES.has(noun) || PERSON_NOUNS.has(noun))) return 'person';
  if (/\b(?:in|at|near|outside|from|to|towards|into|à|au|près du|près de|devant|dans|auf dem|am|im|vor dem)\s*(?:the\s+)?$/i.test(before)) return 'place';
  return 'other';
}

/** Index of the first token at or after a character offset. */
export function tokenAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}
