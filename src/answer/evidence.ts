import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Article, EventRecord, Figure, Provenance, Sentence, Speaker } from '../domain/types.ts';
import { DATELINE_END, datesTold, findDates, formatDate, type FoundDate } from '../dates/index.ts';
import { contentStems, fold, similarWord, stem } from '../understand/text.ts';
import { CLAUSE_OPENERS, claimantJustBefore } from '../extract/orgs.ts';

/** The sentence a provenance points to. */
export function sentenceAt(index: ArchiveIndex, p: Provenance): Sentence | undefined {
  return index.sentencesOf(p.articleId)[p.sentence];
}

/** A set of stems with typo-tolerant membership. */
export class StemSet {
  /**
   * The numbers of its stems (see `stemId`), sorted. Kept as numbers, not a Set of strings: an event's, a figure's and
   * their contexts' sets are kept for every one read (about 80,000 at 10,000 reports), and each Set held its own copy
   * of every stem string besides its hash table.
   */
  #ids: Int32Array;
  constructor(text: string) {
    this.#ids = idsOf(contentStems(text));
    // Digits inside words ("1,500" folded to "1500") are also kept apart for number matching.
  }
  /** The set of stems already found (`contentStems` of some texts: of two texts, the set of their joined text). */
  static of(...stems: ReadonlyArray<readonly string[]>): StemSet {
    const set = new StemSet('');
    set.#ids = idsOf(stems.flat());
    return set;
  }
  /** Its stems (made as a list when asked: for building postings once per index, not on every question). */
  get stems(): string[] {
    return Array.from(this.#ids, (id) => STEM_LIST[id] as string);
  }
  #registered = false;
  /** Whether it holds the stem numbered `id` (a binary search of its sorted numbers). */
  #holds(id: number): boolean {
    const ids = this.#ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = ids[mid] as number;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  has(s: string): boolean {
    const id = STEM_IDS.get(s);
    if (id !== undefined && this.#holds(id)) return true;
    if (s.length < 5 || /\d/.test(s)) return false;
    if (!this.#registered) {
      this.#registered = true;
      for (const t of this.stems) if (t.length >= 5) registerLongStem(t);
    }
    // The known stems `s` is a typo of (each found once for all sets), rather than an edit distance against
    // every long stem of this set: ranking 12,000 events asked ~2 million distances per question at 10,000 reports.
    for (const t of typoNeighbours(s)) {
      const tid = STEM_IDS.get(t);
      if (tid !== undefined && this.#holds(tid)) return true;
    }
    return false;
  }
}

/*
 * Every stem a StemSet has held, numbered in the order first met. A pure function of the strings, so it is shared by
 * all indexes; it grows with the archive's vocabulary (stems of its texts; a question's stems are only looked up).
 */
const STEM_IDS = new Map<string, number>();
const STEM_LIST: string[] = [];

function stemId(s: string): number {
  let id = STEM_IDS.get(s);
  if (id === undefined) {
    id = STEM_LIST.length;
    STEM_IDS.set(s, id);
    STEM_LIST.push(s);
  }
  return id;
}

/** The sorted numbers of a list of stems, each once. */
function idsOf(stems: readonly string[]): Int32Array {
  if (!stems.length) return NO_IDS;
  const ids = Int32Array.from(new Set(stems.map(stemId)));
  return ids.sort();
}

const NO_IDS = new Int32Array(0);

/*
 * Every stem of five letters or more any StemSet has been asked about, and per asked stem the known stems within
 * typo distance (`similarWord`, lengths at most 2 apart). A pure function of the strings, so it is shared by all
 * indexes; it grows with the vocabulary seen (tens of thousands of words), not with the number of questions.
 */
const longStems: string[] = [];
const longStemSet = new Set<string>();
const neighbours = new Map<string, { checked: number; found: string[] }>();

function registerLongStem(t: string): void {
  if (longStemSet.has(t)) return;
  longStemSet.add(t);
  longStems.push(t);
}

function typoNeighbours(s: string): string[] {
  let e = neighbours.get(s);
  if (!e) {
    e = { checked: 0, found: [] };
    neighbours.set(s, e);
  }
  for (; e.checked < longStems.length; e.checked++) {
    const t = longStems[e.checked] as string;
    if (Math.abs(t.length - s.length) <= 2 && similarWord(s, t)) e.found.push(t);
  }
  return e.found;
}

/** How many of the given stems a text holds (typo-tolerant). */
export function overlap(stems: string[], text: string | StemSet): number {
  const set = typeof text === 'string' ? new StemSet(text) : text;
  let n = 0;
  for (const s of stems) if (set.has(s)) n++;
  return n;
}

/** Everything known about an event as one text: label, place, kind, organisers, purpose and its source sentences. */
export function eventText(index: ArchiveIndex, e: EventRecord): string {
  const parts = eventFields(e);
  for (const p of eventTextSources(e)) parts.push(sentenceAt(index, p)?.text);
  return parts.filter(Boolean).join(' . ');
}

/** The event's own fields that `eventText` reads (label, kind, place, organisers, purpose, size). */
export function eventFields(e: EventRecord): Array<string | undefined> {
  return [e.label, e.kind, e.venue, e.city, e.country, ...e.organisers, e.purpose, e.size?.text];
}

/** The sentences `eventText` reads: those of the event's first six sources. */
export function eventTextSources(e: EventRecord): Provenance[] {
  return e.sources.slice(0, 6);
}

/** The place of an event as a phrase: "at Place de Trocadero, Paris" / "in Paris"; undefined when unknown. */
export function placePhrase(e: EventRecord): string | undefined {
  const venue = e.venue?.trim();
  const city = e.city?.trim();
  if (venue && city && !fold(venue).includes(fold(city))) return `at ${venue}, ${city}`;
  if (venue) return `at ${venue}`;
  if (city) return `in ${city}`;
  if (e.country) return `in ${e.country}`;
  return undefined;
}

/** Labels that start with a common noun ("Rally at …") read in lower case mid-sentence; names ("November 2019 uprising") keep theirs. */
const GENERIC_LEAD =
  /^(Rally|Rallies|Demonstration|Protest|Gathering|Vigil|Conference|Meeting|Commemoration|Attack|Bombardment|Shelling|Uprising|March|Sit-in|Strike|Event|Ceremony|Airstrike|Raid|Bombing|Massacre|Summit|Hearing|Session|Exhibition|Concert|Hunger strike)\b/;

/** "the rally at Place de Trocadero, Paris on December 26, 2019" */
export function eventPhrase(e: EventRecord, withDate = true): string {
  const label = e.label?.trim() || e.kind;
  const date = withDate && e.date && e.date.precision !== 'unknown' ? ` on ${formatDate(e.date)}` : '';
  const lower = GENERIC_LEAD.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
  const withArticle = /^(the|a|an)\b/i.test(lower) ? lower : `the ${lower}`;
  return `${withArticle}${date}`;
}

/** "Jean Dupont (Mayor of Lyon)" with the first stated role. */
export function personWithRole(s: Speaker): string {
  const role = s.roles[0]?.text?.trim();
  return role ? `${s.name} (${role})` : s.name;
}

/** "A, B and C" */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Whether the outlet a question asks as its source ("according to the Ledger Daily", its folded words) published the
 * article: every word of it stands in the article's publisher.
 */
export function publishedByOutlet(a: Article | undefined, outletWords: readonly string[]): boolean {
  const publisher = ` ${fold(a?.publisher ?? '')} `;
  return outletWords.every((w) => publisher.includes(` ${w} `));
}

/** "NCRI (December 28, 2019)" for an article: publisher and date, as known. */
export function sourceOf(a: Article | undefined): string {
  if (!a) return 'the archive';
  const title = a.title.trim();
  const who = a.publisher?.trim() || (title && title.length <= 70 ? `“${title}”` : 'an archived report');
  const d = a.date;
  // A year-less publication date is shown short here; the weekday's candidate years belong to event dates.
  // A date read off a photo caption or an embedded post is the page's best guess at its day, and says so.
  const inferred = d.source === 'caption' ? ', from a caption' : d.source === 'tweet' ? ', from an embedded post' : '';
  const when =
    d.precision === 'unknown'
      ? ''
      : !d.yearStated && d.year === undefined && d.month && d.day
        ? ` (${formatDate({ ...d, candidateYears: [] }).replace(/ \(year not stated\)$/, ', year not stated')})`
        : ` (${formatDate(d)}${inferred})`;
  return `${who}${when}`;
}

// (French writes "les Nations unies" with its second word in lower case, and joins a name's words with "pour".)
const BODY_NAME = "(?:[Tt]he\\s+)?([A-Z][\\p{L}'’.&/-]*(?:\\s+(?:of the|for the|on the|of|for|the|and|on|de|al|pour)?\\s*[A-Z][\\p{L}'’.&/-]*|(?<=Nations)\\s+unies){0,7})";

// The ways a sentence credits a count to a body, in the order `claimantIn` tries them (built once: each is read for
// every count a question weighs).
// "according to a report released by the UN human rights office": the body that released it, with the common words
// that close its name.
const CREDIT_RELEASED_BY = new RegExp(`\\baccording to (?:a|an|the|its) (?:[\\p{L}-]+ )?(?:report|study|tally|count|statement|survey|briefing) (?:released|published|issued|compiled) by ((?:the )?[A-Z][\\p{L}'’.&-]*(?: [a-z]+){0,3} (?:office|agency|group|organi[sz]ation|ministry|commission|council|committee|monitor|watchdog))\\b`, 'u');
// "according to the organisers, the Teachers' League": the organisers, as the sentence names them.
const CREDIT_ORGANISERS = new RegExp(`\\baccording to (?:the )?(organi[sz]ers,\\s+${BODY_NAME})`, 'u');
// (French and German reports say "selon X", "d'après X", "laut X".)
// ("selon l'ONG …", "d'après la Ligue …": the French article before the body's name is no part of it.)
const CREDIT_ACCORDING_TO = new RegExp(`(?:\\baccording to|(?<![\\p{L}])(?:[Ss]elon|[Dd]['’]après|[Ll]aut)(?:\\s+(?:l['’]|la\\s|le\\s|les\\s))?)\\s*${BODY_NAME}`, 'u');
// ("selon le collectif Vigie pour Orvane", "d'après la préfecture de police du Brenne": up to four words of what kind of
// body it is stand between the article and its name, and are part of it.)
const CREDIT_SELON_KIND = new RegExp(`(?<![\\p{L}])(?:[Ss]elon|[Dd]['’]après)\\s+(?:l['’]|la\\s|le\\s|les\\s)((?:[\\p{Ll}-]+\\s+){1,4}${BODY_NAME.replace('([A-Z]', '(?:[A-Z]')})`, 'u');
const CREDIT_PUT_AT = new RegExp(`${BODY_NAME},?\\s+(?:put|puts|placed|places|set|sets|estimated|estimates)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:number|toll|figure|count|total)\\b`, 'u');
// ("Guards said to massacre up to 90", "is reported to have shot": the body is said to have done the deed, it claims
// nothing.)
const CREDIT_SAID = new RegExp(`${BODY_NAME},?\\s+(?:(?:said|says|reported|reports)(?!\\s+to\\s+(?!the\\b|a\\b|an\\b|its\\b|their\\b|his\\b|her\\b|reporters\\b|journalists\\b|media\\b)\\p{Ll})|documented|recorded|counted|confirmed|estimated|estimates|logged|claims|claimed|stated|noted|pointed\\s+out)\\b`, 'u');
// ("…, affirme le Comité X", "…, a indiqué lundi Amnesty International", "…, a déclaré l'organisation non
// gouvernementale X": French names the body after its verb, with a weekday, an article and up to three words of what
// kind of body it is between.)
const FRENCH_WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s*\\([\\d./]+\\))?';
const CREDIT_SAID_AFTER_FR = new RegExp(
  `,\\s+(?:a\\s+|ont\\s+)?(?:affirme|affirmé|indique|indiqué|rapporte|rapporté|estime|estimé|déclare|déclaré|précise|précisé|annonce|annoncé|dénonce|dénoncé|souligne|souligné|recense|recensé|dit)(?:-t-(?:il|elle))?(?:\\s+${FRENCH_WEEKDAY})?\\s+(?:l['’]\\s*|la\\s+|le\\s+|les\\s+)?((?:[\\p{Ll}-]+\\s+){0,3}?\\p{Lu}[^,.;:«»"“”()]{0,80}?)(?=\\s*(?:[,.;:«»"“”()]|$))`,
  'u',
);
const CLAUSE_OPENER = new RegExp(`^(?:${CLAUSE_OPENERS})\\s+(the\\s+)?(?=[A-Z])`);

/** The body a sentence credits a count to: "according to X", "X put the death toll at", "X said/reported". */
export function claimantIn(sentence0: string): string | undefined {
  // "X (UOSSM), which supports clinics in the north, said …": the body's acronym and a clause about it stand between
  // the name and its verb.
  const sentence = sentence0.replace(/\s*\((?:\p{Lu}[\p{L}-]*)\)/gu, '').replace(/,\s+(?:which|who)\s+[^,;“”"]{3,90},(?=\s+(?:said|says|reported|reports|documented|recorded|counted|confirmed|estimated)\b)/gu, '');
  const m =
    CREDIT_RELEASED_BY.exec(sentence) ??
    CREDIT_ORGANISERS.exec(sentence) ??
    CREDIT_ACCORDING_TO.exec(sentence) ??
    CREDIT_SELON_KIND.exec(sentence) ??
    CREDIT_PUT_AT.exec(sentence) ??
    CREDIT_SAID.exec(sentence) ??
    CREDIT_SAID_AFTER_FR.exec(sentence);
  // "US-based Union of …", "the Oslo-based group": where a body is based is no part of its name.
  let name = m?.[1]?.trim().replace(/[.’']+$/, '').replace(/^[\p{L}.]+-based\s+(?=\p{Lu})/u, '');
  if (!name || /^(The|It|He|She|They|This|That|These|Those|Later|Earlier|On|In|At|By)$/.test(name)) return undefined;
  // "X, a spokesman for the Front at Camp Tovar, said …": a place the speaker is at is not who speaks.
  if (m && /\b(?:at|in|inside|near|outside|from)\s+(?:the\s+)?$/.test(sentence.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + m[0].indexOf(name)))) return undefined;
  // "Where the Observatory documented …", "Meanwhile the Council reported …": a word opening the clause is no part
  // of the body's name.
  const opener = CLAUSE_OPENER.exec(name);
  if (opener) name = name.slice(opener[0].length);
  const lead = opener?.[1] || (m?.[0] && /\bthe\s+$/i.test(sentence.slice(0, (m.index ?? 0) + m[0].indexOf(name)))) ? 'the ' : '';
  return `${lead}${name}`;
}

/**
 * The body a sentence credits with the number at `at`: the one whose claim verb stands just before it, in its own
 * clause ("…, while the Monitor reported 940"), else the first the sentence credits.
 */
export function claimantOf(sentence: string, at: number): string | undefined {
  return (at > 0 && at <= sentence.length ? claimantJustBefore(sentence.slice(0, at)) : undefined) ?? claimantIn(sentence);
}

/**
 * Who claims a figure and when: the claimant (else the publisher) and the as-of date (else the article date).
 * A body the sentence itself credits ("X put the toll at") outranks a claimant that is only the publisher.
 */
export function figureSource(index: ArchiveIndex, f: Figure, sentence?: Sentence): string {
  const a = index.article(f.source.articleId);
  let claimed = f.claimant?.trim();
  const stated = sentence ? claimantOf(sentence.text, f.source.start - sentence.start) : undefined;
  const bare = (x: string) => fold(x).replace(/^the /, '');
  if (stated && (!claimed || (a?.publisher && bare(claimed) === bare(a.publisher) && bare(stated) !== bare(claimed)))) claimed = stated;
  if (!claimed) return sourceOf(a);
  const who = claimed;
  const date = f.asOf && f.asOf.precision !== 'unknown' ? f.asOf : a && a.date.precision !== 'unknown' ? a.date : undefined;
  return date ? `${who} (${formatDate(date)})` : who;
}

/** Short headings ("HIGHLIGHTS OF THE UPRISING:") that stand above a sentence in its article, nearest first. */
export function headingsAbove(index: ArchiveIndex, p: Provenance, max = 12): string[] {
  const sents = index.sentencesOf(p.articleId);
  const out: string[] = [];
  for (let i = p.sentence - 1; i >= 0 && i >= p.sentence - max; i--) {
    const t = sents[i]?.text ?? '';
    const n = t.split(/\s+/).length;
    if (n <= 10 && (/:$/.test(t.trim()) || !/[.!?"”]$/.test(t.trim()))) out.push(t);
  }
  return out;
}

/** Stems of a text without any of the given stems (e.g. the question minus a person's name). */
export function stemsWithout(text: string, drop: Iterable<string>): string[] {
  const d = new Set([...drop].map(stem));
  return [...new Set(contentStems(text))].filter((s) => !d.has(s));
}

/** Lowercases the first letter of a number phrase used mid-sentence ("Over 1,500" → "over 1,500"). */
export function midSentence(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? (s[0] as string).toLowerCase() + s.slice(1) : s;
}

/** A sentence trimmed to a readable length at a word boundary. */
export function clip(s: string, max = 320): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/**
 * A long sentence clipped so that the name the question asks about stays in it: a list of thirty speakers quoted
 * for the twentieth is shown from that speaker's item on ("… Ana Brel, chair, …"), not from its start.
 */
export function clipAroundName(text: string, question: string | undefined, max: number): string {
  if (!question || text.length <= max) return clip(text, max);
  const names = [...question.matchAll(/(?<![\p{L}])\p{Lu}[\p{Ll}'’-]{3,}(?:\s+\p{Lu}[\p{Ll}'’-]{2,})+/gu)].map((m) => m[0]);
  for (const name of names) {
    const at = text.indexOf(name);
    if (at < 0 || at + name.length <= max - 40) continue;
    // (From the start of the name's own item of the list: after the ";" or "," before it.)
    const before = text.slice(Math.max(0, at - 120), at);
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','));
    const from = cut >= 0 ? at - before.length + cut + 1 : at;
    return `… ${clip(text.slice(from), max)}`;
  }
  return clip(text, max);
}

/**
 * The dates a sentence gives for what it reports, resolved against the report's date ("on Friday"): not its dateline
 * ("Daraa, 12 August 2018 —") and not the day a source spoke ("said on Monday").
 */
export function reportedDates(a: Article, s: Sentence, foundAgainstReport?: readonly FoundDate[]): FoundDate[] {
  const para = a.paragraphs[s.paragraph];
  const dateline = (d: { start: number; end: number }): boolean =>
    !!para && s.start + d.start - para.start <= 40 && DATELINE_END.test(s.text.slice(d.end, d.end + 8));
  const known = a.date.precision !== 'unknown' ? a.date : undefined;
  // `foundAgainstReport`: the caller's `findDates(s.text, a.date)`, when the report has a date (found once per sentence).
  const found = known && foundAgainstReport ? foundAgainstReport : findDates(s.text, known ?? findDates(s.text).find((d) => dateline(d) && d.date.precision === 'day')?.date);
  return datesTold(s.text, [...found]).filter((d) => {
    if (d.date.precision === 'unknown' || dateline(d)) return false;
    const before = s.text.slice(Math.max(0, d.start - 30), d.start);
    const after = s.text.slice(d.end, d.end + 20);
    if (/\b(?:said|says|told|reported|announced|stated|added|wrote|tweeted|published|released|confirmed)\s+(?:on\s+|late\s+|early\s+)?$/i.test(before)) return false;
    if (/^\s*,?\s*(?:said|told|reported|announced|stated)\b/i.test(after)) return false;
    return true;
  });
}
