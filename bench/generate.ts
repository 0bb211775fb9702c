/**
 * Synthetic archive generator: N raw article files in the genre (rally reports, press releases with participant
 * lists, live reports with tallies, statements, Syria news) plus a ground truth of what each file states.
 * Deterministic from a seed. Run alone: `tsx bench/generate.ts --n 100 --seed 1 --out bench/out/demo`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventKind, Measure, Qualifier, QuoteKind } from '../src/domain/types.ts';
import { Rng } from './prng.ts';
import * as P from './pools.ts';
import type {
  GroundTruth,
  TruthArticle,
  TruthDate,
  TruthEvent,
  TruthFigure,
  TruthQuestion,
  TruthQuote,
  TruthSpeaker,
} from './truth.ts';

export interface GeneratedFile {
  name: string;
  text: string;
}

export interface GeneratedArchive {
  files: GeneratedFile[];
  truth: GroundTruth;
}

// ---------------------------------------------------------------- calendar (own code: the truth must not lean on src/dates)

interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

const DAY_MS = 86_400_000;
const toMs = (x: Day): number => Date.UTC(x.y, x.m - 1, x.d);
const fromMs = (ms: number): Day => {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const addDays = (x: Day, n: number): Day => fromMs(toMs(x) + n * DAY_MS);
const weekday = (x: Day): string => P.WEEKDAYS[new Date(toMs(x)).getUTCDay()] as string;
const monthName = (m: number): string => P.MONTHS[m - 1] as string;
const pad2 = (n: number): string => String(n).padStart(2, '0');
const isoDay = (x: Day): string => `${x.y}-${pad2(x.m)}-${pad2(x.d)}`;
const mdy = (x: Day): string => `${monthName(x.m)} ${x.d}, ${x.y}`;
const md = (x: Day): string => `${monthName(x.m)} ${x.d}`;
const dayTruth = (x: Day, yearStated = true): TruthDate => ({ iso: yearStated ? isoDay(x) : `--${pad2(x.m)}-${pad2(x.d)}`, precision: 'day' });

// ---------------------------------------------------------------- numbers

const withCommas = (n: number): string => n.toLocaleString('en-US');
/** Answer keys for a number: "12,000|12000", "five|5". */
export function numberKey(n: number): string {
  const alts = new Set<string>([withCommas(n), String(n)]);
  const word = P.SMALL_NUMBER_WORDS[n];
  if (word) alts.add(word);
  return [...alts].join('|');
}
const dayKey = (x: Day): string =>
  `${monthName(x.m)} ${x.d}|${x.d} ${monthName(x.m)}|${monthName(x.m).slice(0, 3)} ${x.d}|${monthName(x.m).slice(0, 3)}. ${x.d}`;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const aOrAn = (w: string): string => (/^[aeiou]/i.test(w) ? `an ${w}` : `a ${w}`);
const lastName = (full: string): string => {
  const parts = full.split(' ');
  const i = parts.findIndex((p, k) => k > 0 && /^(de|van|al-|von)/i.test(p));
  return i > 0 ? parts.slice(i).join(' ') : (parts[parts.length - 1] as string);
};

interface Amount {
  text: string;
  value?: number;
  lower?: number;
  upper?: number;
  qualifier: Qualifier;
}

const QUALIFIER_WORDS: ReadonlyArray<readonly [Qualifier, string]> = [
  ['exact', ''],
  ['at-least', 'at least'],
  ['more-than', 'more than'],
  ['more-than', 'over'],
  ['at-most', 'up to'],
  ['less-than', 'fewer than'],
  ['about', 'about'],
  ['about', 'around'],
  ['nearly', 'nearly'],
  ['nearly', 'almost'],
];

function amount(rng: Rng, n: number, opts: { words?: boolean; qualifier?: Qualifier } = {}): Amount {
  const choices = opts.qualifier ? QUALIFIER_WORDS.filter(([q]) => q === opts.qualifier) : QUALIFIER_WORDS;
  const [qualifier, word] = rng.pick(choices);
  const smallWord = opts.words && n <= 12 ? P.SMALL_NUMBER_WORDS[n] : undefined;
  const digits = n >= 1000 && rng.chance(0.2) ? String(n) : withCommas(n);
  const num = smallWord ?? digits;
  const a: Amount = { text: word ? `${word} ${num}` : num, value: n, qualifier };
  if (qualifier === 'at-least' || qualifier === 'more-than') a.lower = n;
  if (qualifier === 'at-most' || qualifier === 'less-than' || qualifier === 'nearly') a.upper = n;
  return a;
}

const VAGUE = ['hundreds', 'thousands', 'dozens'] as const;

// ---------------------------------------------------------------- the world: people and incidents shared by articles

interface Person {
  name: string;
  gender: 'f' | 'm';
  honorific: string;
  /** Role as written after the name ("Mayor of Kessington"). */
  role: string;
  /** Role as written before the name ("Kessington Mayor"), when natural. */
  prefix?: string;
  /** Answer keys for "Who is …?" */
  roleMust: string[];
  handle: string;
}

interface Incident {
  /** "the March 2021 protests in Shiraz" / "the November 2019 uprising" */
  scope: string;
  /** Short form for questions ("the March 2021 protests in Shiraz"). */
  month: number;
  year: number;
  city?: string;
  kind: EventKind;
  base: Record<'killed' | 'injured' | 'arrested' | 'cities', number>;
  /** Same claimant, same numbers: conflicts come from different claimants only. */
  byClaimant: Map<string, Record<'killed' | 'injured' | 'arrested' | 'cities', number>>;
  /** measure → value → files that report it. */
  reported: Map<Measure, Map<number, string[]>>;
}

function makePerson(rng: Rng, used: Set<string>): Person {
  for (;;) {
    const gender = rng.chance(0.5) ? 'f' : 'm';
    const first = rng.pick(gender === 'f' ? P.FEMALE_FIRST : P.MALE_FIRST);
    const last = rng.pick(P.LAST);
    const name = `${first} ${last}`;
    if (used.has(name)) continue;
    used.add(name);
    const town = rng.pick(P.TOWNS);
    const region = rng.pick(P.REGIONS);
    const org = rng.pick(P.ORGANISATIONS);
    const roles: Array<Omit<Person, 'name' | 'gender' | 'honorific' | 'handle'>> = [
      { role: `Mayor of ${town}`, prefix: `${town} Mayor`, roleMust: ['Mayor', town] },
      { role: `Deputy Mayor of ${town}`, roleMust: ['Deputy Mayor', town] },
      { role: `Senator for ${region}`, prefix: 'Senator', roleMust: ['Senator', region.replace(/^the /, '')] },
      { role: `Member of Parliament for ${region}`, prefix: 'MP', roleMust: ['Parliament|MP', region.replace(/^the /, '')] },
      { role: `former Minister of ${rng.pick(P.PORTFOLIOS)}`, roleMust: ['Minister'] },
      { role: `General Coordinator of the ${org}`, roleMust: ['Coordinator', org] },
      { role: `spokesperson for the ${org}`, roleMust: ['spokesperson|spokeswoman|spokesman', org] },
      { role: `President of the ${org}`, roleMust: ['President', org] },
      { role: `chair of the ${rng.pick(P.COMMITTEES)}`, roleMust: ['chair'] },
      { role: `city councillor in ${town}`, prefix: 'Councillor', roleMust: ['councillor', town] },
    ];
    const r = rng.pick(roles);
    const fix = (r.roleMust[0] === 'Minister' || r.roleMust[0] === 'chair') ? [r.roleMust[0], r.role.split(' of ').slice(1).join(' of ')] : r.roleMust;
    const honorific = rng.chance(0.3) ? 'Dr.' : gender === 'f' ? 'Ms.' : 'Mr.';
    const handle = `@${first}${last.replace(/[^A-Za-z]/g, '')}`.slice(0, 16);
    const p: Person = { name, gender, honorific, role: r.role, roleMust: fix.filter(Boolean), handle };
    if (r.prefix) p.prefix = r.prefix;
    return p;
  }
}

// ---------------------------------------------------------------- one article being written

interface Ctx {
  rng: Rng;
  stem: string;
  date: Day;
  /** False when the article never states a year (dateline "London, 19 Dec –"). */
  yearStated: boolean;
  paras: string[];
  events: TruthEvent[];
  speakers: Map<string, TruthSpeaker>;
  quotes: TruthQuote[];
  figures: TruthFigure[];
  candidates: Candidate[];
  world: World;
}

interface Candidate {
  key: string;
  question: Omit<TruthQuestion, 'id'>;
}

interface World {
  people: Person[];
  incidents: Incident[];
  nationwide: Incident[];
  /** person name → files that state the role. */
  roleFiles: Map<string, string[]>;
}

/** Records a person named in the article, with the role as written ("Senator" alone when only the title precedes the name). */
function mentionPerson(c: Ctx, p: Person, role: string | undefined): void {
  const s = c.speakers.get(p.name) ?? { article: c.stem, name: p.name, roles: [] };
  if (role && !s.roles.includes(role)) s.roles.push(role);
  if (role === p.role) {
    const files = c.world.roleFiles.get(p.name) ?? [];
    if (!files.includes(c.stem)) files.push(c.stem);
    c.world.roleFiles.set(p.name, files);
  }
  c.speakers.set(p.name, s);
}

/** "Anna Lindqvist, Mayor of Kessington," / "Kessington Mayor Anna Lindqvist" / "Ms. Anna Lindqvist, Mayor of Kessington,". */
function introduce(c: Ctx, p: Person): string {
  const r = c.rng.next();
  if (p.prefix && r < 0.35) {
    mentionPerson(c, p, p.prefix);
    return `${p.prefix} ${p.name}`;
  }
  mentionPerson(c, p, p.role);
  if (r < 0.55) return `${p.honorific} ${p.name}, ${p.role},`;
  return `${p.name}, ${p.role},`;
}
/** The introduction without the trailing comma of an appositive, for the end of a sentence or a colon. */
const bare = (intro: string): string => intro.replace(/,$/, '');

const pronoun = (p: Person): string => (p.gender === 'f' ? 'she' : 'he');

function quoteBody(c: Ctx, place: string, city: string, country: string): { text: string; demand?: string } {
  const fill = (s: string): string => s.replace('{country}', country).replace('{city}', city).replace('{place}', place);
  const first = fill(c.rng.pick(P.QUOTE_SENTENCES));
  if (c.rng.chance(0.6)) {
    const demand = c.rng.pick(P.DEMAND_PHRASES);
    const ask = `We call on ${c.rng.pick(P.DEMAND_TARGETS)} to back ${aOrAn(demand)} without delay`;
    return { text: c.rng.chance(0.5) ? `${first}. ${ask}` : `${ask}. ${first}`, demand };
  }
  return { text: first };
}

type QuoteStyle = 'said-after' | 'colon' | 'told' | 'pronoun' | 'paragraphs' | 'indirect' | 'wrote' | 'tweet';
const QUOTE_STYLES: QuoteStyle[] = ['said-after', 'colon', 'told', 'pronoun', 'paragraphs', 'indirect', 'wrote', 'tweet'];

/** Writes one person's contribution in the given attribution style; returns the demand phrase when one was quoted. */
function speak(c: Ctx, p: Person, style: QuoteStyle, setting: { place: string; city: string; country: string; audience: string }): { demand?: string; spoke: boolean } {
  const spoke = style !== 'wrote' && style !== 'tweet';
  const q = quoteBody(c, setting.place, setting.city, setting.country);
  const add = (text: string, kind: QuoteKind): void => {
    c.quotes.push({ article: c.stem, text, speaker: p.name, kind });
  };
  const intro = introduce(c, p);
  switch (style) {
    case 'said-after':
      c.paras.push(`\u201c${q.text},\u201d said ${bare(intro)}.`);
      add(q.text, 'direct');
      break;
    case 'colon':
      c.paras.push(`${intro} said: \u201c${q.text}.\u201d`);
      add(`${q.text}.`, 'direct');
      break;
    case 'told':
      c.paras.push(`${intro} told ${setting.audience}: \u201c${q.text}.\u201d`);
      add(`${q.text}.`, 'direct');
      break;
    case 'pronoun': {
      c.paras.push(`${cap(intro)} also addressed ${setting.audience}.`);
      c.paras.push(`\u201c${q.text},\u201d ${pronoun(p)} stressed.`);
      add(q.text, 'direct');
      break;
    }
    case 'paragraphs': {
      c.paras.push(`${intro} told ${setting.audience}: \u201c${q.text}.\u201d`);
      add(`${q.text}.`, 'direct');
      const more = c.rng.pick(P.QUOTE_SENTENCES).replace('{country}', setting.country).replace('{city}', setting.city).replace('{place}', setting.place);
      c.paras.push(`\u201c${more}.\u201d`);
      add(`${more}.`, 'direct');
      break;
    }
    case 'indirect': {
      const clause = c.rng.pick(P.INDIRECT_CLAUSES);
      c.paras.push(`${cap(intro)} said that ${clause}.`);
      add(clause, 'indirect');
      return { spoke };
    }
    case 'wrote':
      c.paras.push(`In a message to ${setting.audience}, ${intro} wrote: \u201c${q.text}.\u201d`);
      add(`${q.text}.`, 'written');
      break;
    case 'tweet': {
      const tweetDay = addDays(c.date, -c.rng.int(0, 2));
      c.paras.push(`${cap(intro)} posted a message of support online.`);
      c.paras.push(`${q.text}. ${c.rng.pick(P.HASHTAGS)}`);
      c.paras.push(`\u2014 ${p.name} (${p.handle}) ${mdy(tweetDay)}`);
      add(`${q.text}.`, 'tweet');
      break;
    }
  }
  return q.demand ? { demand: q.demand, spoke } : { spoke };
}

function addFigure(c: Ctx, measure: Measure, a: Amount, scope?: string): void {
  const f: TruthFigure = { article: c.stem, measure, text: a.text, qualifier: a.qualifier };
  if (a.value !== undefined) f.value = a.value;
  if (a.lower !== undefined) f.lower = a.lower;
  if (a.upper !== undefined) f.upper = a.upper;
  if (scope) f.scope = scope;
  c.figures.push(f);
}

function ask(c: Ctx, key: string, question: Omit<TruthQuestion, 'id'>): void {
  c.candidates.push({ key, question });
}

/** A paragraph of casualty and arrest counts for an incident, attributed to a claimant; records conflicts. */
function incidentParagraph(c: Ctx, inc: Incident): void {
  const claimant = c.rng.pick(P.CLAIMANTS);
  let values = inc.byClaimant.get(claimant);
  if (!values) {
    const vary = (n: number): number => {
      const v = Math.round(n * (0.6 + c.rng.next() * 0.8));
      const mag = 10 ** Math.max(0, String(v).length - 2);
      return Math.max(10, Math.round(v / mag) * mag);
    };
    values = { killed: vary(inc.base.killed), injured: vary(inc.base.injured), arrested: vary(inc.base.arrested), cities: inc.base.cities };
    inc.byClaimant.set(claimant, values);
  }
  const k = amount(c.rng, values.killed);
  const j = amount(c.rng, values.injured);
  const r = amount(c.rng, values.arrested);
  c.paras.push(`According to ${claimant}, ${k.text} protesters were killed during ${inc.scope}, while ${j.text} were injured and ${r.text} were arrested.`);
  addFigure(c, 'killed', k, inc.scope);
  addFigure(c, 'injured', j, inc.scope);
  addFigure(c, 'arrested', r, inc.scope);
  for (const [m, v] of [['killed', values.killed], ['injured', values.injured], ['arrested', values.arrested]] as const) {
    const byValue = inc.reported.get(m) ?? new Map<number, string[]>();
    const files = byValue.get(v) ?? [];
    if (!files.includes(c.stem)) files.push(c.stem);
    byValue.set(v, files);
    inc.reported.set(m, byValue);
  }
  const ev: TruthEvent = { article: c.stem, kind: inc.kind, date: { iso: `${inc.year}-${pad2(inc.month)}`, precision: 'month' }, organisers: [] };
  if (inc.city) ev.city = inc.city;
  if (!c.events.some((e) => e.kind === ev.kind && e.date?.iso === ev.date?.iso && e.city === ev.city)) c.events.push(ev);
}

/** An incident that happened before the article's month (a few tries; none when the world has none that early). */
function earlierIncident(c: Ctx): Incident | undefined {
  for (let i = 0; i < 6; i++) {
    const inc = c.rng.pick(c.world.incidents);
    if (inc.year * 12 + inc.month < c.date.y * 12 + c.date.m) return inc;
  }
  return undefined;
}

function clutterTop(c: Ctx): string | undefined {
  const lines: string[] = [];
  if (c.rng.chance(0.5)) {
    // The day the page was crawled, printed above the title: later than the article and not its date.
    const crawled = addDays(c.date, c.rng.int(200, 1500));
    lines.push(`${weekday(crawled)}, ${mdy(crawled)}`);
  }
  if (c.rng.chance(0.5)) lines.push(c.rng.pick(P.MENUS));
  if (c.rng.chance(0.4)) lines.push('728 x 90');
  return lines.length ? lines.join('\n') : undefined;
}

function clutterBottom(c: Ctx): void {
  if (c.rng.chance(0.6)) {
    c.paras.push('Latest news');
    for (const [t, s] of c.rng.sample(P.TEASERS, c.rng.int(2, 4))) {
      c.paras.push(t);
      c.paras.push(s);
    }
  }
  if (c.rng.chance(0.4)) c.paras.push('You might also likeRELATED\nRecommended to you');
}

// ---------------------------------------------------------------- templates

type Template = (c: Ctx, publisher: string) => { title: string; author?: string; head: string[] };

const eventWord: Partial<Record<EventKind, string>> = { rally: 'rally', demonstration: 'demonstration', gathering: 'gathering', commemoration: 'commemoration', conference: 'conference', meeting: 'meeting' };

function eventDatePhrase(c: Ctx, ev: Day): { text: string; full: boolean } {
  const r = c.rng.next();
  if (!c.yearStated) return { text: `${weekday(ev)}, ${md(ev)}`, full: false };
  if (r < 0.35) return { text: weekday(ev), full: false };
  if (r < 0.7) return { text: `${weekday(ev)}, ${md(ev)}`, full: false };
  return { text: mdy(ev), full: true };
}

const rallyReport: Template = (c, publisher) => {
  const { rng } = c;
  const city = rng.pick(P.WORLD_CITIES);
  const [venuePhrase, venue] = rng.pick(P.OUTDOOR_VENUES);
  const org = rng.pick(P.ORGANISATIONS);
  const kind: EventKind = rng.pick(['rally', 'rally', 'demonstration', 'gathering', 'commemoration'] as const);
  const evDay = addDays(c.date, -rng.int(1, 6));
  const dp = eventDatePhrase(c, evDay);
  const datelineCity = rng.chance(0.3) ? rng.pick(P.WORLD_CITIES) : city;
  const dateline = c.yearStated ? `${datelineCity}, ${mdy(c.date)}\u2014` : `${datelineCity}, ${c.date.d} ${monthName(c.date.m).slice(0, 3)} \u2013 `;
  const inc = c.yearStated ? earlierIncident(c) : undefined;
  const country = inc ? 'Iran' : rng.pick(['Iran', 'Syria'] as const);
  const place = inc?.city ?? (country === 'Iran' ? rng.pick(P.IRAN_CITIES) : rng.pick(P.SYRIA_PLACES));
  const vague = rng.chance(0.4);
  const crowd = vague ? { text: cap(rng.pick(VAGUE)), qualifier: 'vague' as const } : amount(rng, rng.int(2, 60) * 50, { qualifier: rng.pick(['exact', 'at-least', 'more-than', 'about', 'nearly'] as const) });
  const crowdText = vague ? `${crowd.text} of supporters of the ${org}` : `${cap(crowd.text)} supporters of the ${org}`;
  const on = `on ${dp.text}`;
  const purpose = kind === 'commemoration' ? `to commemorate the victims of the crackdown in ${place}` : `in solidarity with the people of ${place}`;
  const verb = kind === 'rally' ? 'rallied' : kind === 'gathering' ? 'gathered' : kind === 'demonstration' ? 'held a demonstration' : 'gathered';
  c.paras.push(`${dateline}${crowdText} ${verb} ${venuePhrase} in ${city} ${on}, ${purpose}.`);
  addFigure(c, 'attendance', crowd as Amount);
  const organisedBy = rng.chance(0.5) ? `The ${eventWord[kind]} was organised by the ${org}.` : `The event took place at the invitation of the ${org}.`;
  c.paras.push(`${organisedBy} Participants carried flags and portraits of young people killed in ${place}.`);
  const ev: TruthEvent = { article: c.stem, kind, venue, city, organisers: [org], date: dayTruth(evDay, c.yearStated) };
  c.events.push(ev);
  if (inc) incidentParagraph(c, inc);
  const speakers = rng.sample(c.world.people, rng.int(2, 4));
  const setting = { place, city, country, audience: rng.pick(['the rally', 'the crowd', 'the demonstrators', 'the gathering']) };
  const styles = rng.shuffle(QUOTE_STYLES);
  const dateWords = c.yearStated ? mdy(evDay) : md(evDay);
  const kw = eventWord[kind] ?? 'rally';
  const spokeAt: Person[] = [];
  speakers.forEach((p, i) => {
    const { demand, spoke } = speak(c, p, styles[i % styles.length] as QuoteStyle, setting);
    if (spoke) spokeAt.push(p);
    if (demand && spoke) ask(c, `quote|${p.name}|${city}|${kw}`, { question: `What did ${p.name} call for at the ${kw} in ${city}?`, kind: 'quote', article: c.stem, must: [demand] });
  });
  if (rng.chance(0.7)) {
    const leader = rng.pick(c.world.people.filter((x) => !speakers.includes(x)));
    const b1 = rng.pick(P.BANNERS).replace('{city}', city).replace('{place}', place);
    const b2 = `${leader.name}: ${rng.pick(P.QUOTE_SENTENCES).replace('{country}', country).replace('{city}', city).replace('{place}', place)}`;
    c.paras.push(`Protesters held banners reading \u201c${b1}\u201d and \u201c${b2}!\u201d`);
    c.quotes.push({ article: c.stem, text: b1, speaker: null, kind: 'banner' });
    c.quotes.push({ article: c.stem, text: `${b2.slice(leader.name.length + 2)}!`, speaker: leader.name, kind: 'banner' });
    mentionPerson(c, leader, undefined);
  }
  if (rng.chance(0.5)) {
    const s1 = rng.pick(P.SLOGANS).replace('{place}', place);
    c.paras.push(`The crowd chanted \u201c${s1}\u201d throughout the afternoon.`);
    c.quotes.push({ article: c.stem, text: s1, speaker: null, kind: 'slogan' });
  }
  const key = `${kw}|${city}|${dateWords}`;
  if (spokeAt.length) ask(c, `who|${key}`, { question: `Who spoke at the ${kw} in ${city} on ${dateWords}?`, kind: 'who', article: c.stem, must: spokeAt.map((p) => lastName(p.name)) });
  ask(c, `org|${key}`, { question: `Who organised the ${kw} in ${city} on ${dateWords}?`, kind: 'who', article: c.stem, must: [org] });
  ask(c, `when|${org}|${venue}|${city}`, { question: `When did supporters of the ${org} hold a ${kw} ${venuePhrase} in ${city}?`, kind: 'when', article: c.stem, must: c.yearStated ? [dayKey(evDay), String(evDay.y)] : [dayKey(evDay)] });
  ask(c, `where|${org}|${dateWords}`, { question: `Where did supporters of the ${org} hold a ${kw} on ${dateWords}?`, kind: 'where', article: c.stem, must: [venue] });
  if (!vague) ask(c, `attend|${key}`, { question: `How many people attended the ${kw} in ${city} on ${dateWords}?`, kind: 'howmany', article: c.stem, must: [numberKey(crowd.value as number)] });
  return { title: `${org} supporters ${verb.replace('held a ', 'hold ')} in ${city} ${purpose.replace(/^to /, 'to ')}`.replace(' rallied', ' rally').replace(' gathered', ' gather'), head: [publisher] };
};

const pressRelease: Template = (c, publisher) => {
  const { rng } = c;
  const city = rng.pick(P.WORLD_CITIES);
  const [venuePhrase, venue, venueKey] = rng.pick(P.INDOOR_VENUES);
  const org = rng.pick(P.ORGANISATIONS);
  const kind: EventKind = rng.chance(0.6) ? 'conference' : 'meeting';
  const evDay = addDays(c.date, -rng.int(0, 3));
  const demandTopic = rng.pick(P.DEMAND_PHRASES);
  const place = rng.pick(P.IRAN_CITIES);
  c.paras.push('PRESS RELEASE');
  c.paras.push(`${city}, ${mdy(c.date)} \u2013 The ${org} held a ${kind} ${venuePhrase} in ${city} on ${mdy(evDay)} to press for ${aOrAn(demandTopic)} into the crackdown in ${place}.`);
  c.events.push({ article: c.stem, kind, venue, city, organisers: [org], date: dayTruth(evDay) });
  const people = rng.sample(c.world.people, rng.int(3, 5));
  c.paras.push('Participants included:');
  for (const p of people) {
    mentionPerson(c, p, p.role);
    c.paras.push(`${p.name}, ${p.role}`);
  }
  const setting = { place, city, country: 'Iran', audience: `the ${kind}` };
  const styles = rng.shuffle(['said-after', 'colon', 'told', 'wrote', 'indirect'] as QuoteStyle[]);
  const talkers = people.slice(0, rng.int(2, 3));
  talkers.forEach((p, i) => {
    const { demand, spoke } = speak(c, p, styles[i] as QuoteStyle, setting);
    if (demand && spoke) ask(c, `quote|${p.name}|${city}|${kind}`, { question: `What did ${p.name} call for at the ${kind} in ${city}?`, kind: 'quote', article: c.stem, must: [demand] });
  });
  if (rng.chance(0.6)) {
    const n = rng.int(3, 40);
    const a = amount(rng, n, { qualifier: 'exact', words: true });
    c.paras.push(`Messages of support from ${a.text} parliamentarians were read out at the end of the ${kind}.`);
  }
  c.paras.push(`Contact: press office of the ${org}`);
  const key = `${kind}|${city}|${mdy(evDay)}`;
  ask(c, `who|${key}`, { question: `Who took part in the ${kind} in ${city} on ${mdy(evDay)}?`, kind: 'who', article: c.stem, must: people.slice(0, 4).map((p) => lastName(p.name)) });
  ask(c, `where|${org}|${mdy(evDay)}|${kind}`, { question: `Where did the ${org} hold its ${kind} on ${mdy(evDay)}?`, kind: 'where', article: c.stem, must: [venueKey] });
  return { title: `${cap(kind)} in ${city} calls for ${aOrAn(demandTopic)} into the ${place} crackdown`, head: [publisher] };
};

const liveReport: Template = (c, publisher) => {
  const { rng } = c;
  const inc = rng.pick(c.world.nationwide);
  const start: Day = { y: inc.year, m: inc.month, d: rng.int(1, 20) };
  const dayNo = rng.int(2, 60);
  // A live report is written while the uprising goes on: its date follows from the day count.
  c.date = addDays(start, dayNo - 1);
  const author = rng.pick(P.AUTHORS);
  c.paras.push(`Written by ${author} on ${c.date.d} ${monthName(c.date.m)} ${c.date.y} .`);
  c.paras.push('THIS PAGE IS UPDATED THROUGHOUT THE DAY WITH THE LATEST REPORTS.');
  c.paras.push(`${weekday(c.date)}, ${md(c.date)} marks day ${dayNo} since ${inc.scope} began.`);
  c.paras.push('HIGHLIGHTS OF THE UPRISING:');
  const claim = inc.byClaimant.get('tally') ?? { ...inc.base };
  inc.byClaimant.set('tally', claim);
  const lines: Array<[string, Measure, Amount]> = [
    ['Number of protest cities', 'cities', amount(rng, claim.cities, { qualifier: 'exact' })],
    ['Number of people killed', 'killed', amount(rng, claim.killed, { qualifier: rng.pick(['at-least', 'exact'] as const) })],
    ['Number of injured', 'injured', amount(rng, claim.injured, { qualifier: 'more-than' })],
    ['Number of detainees', 'arrested', amount(rng, claim.arrested, { qualifier: rng.pick(['more-than', 'at-least'] as const) })],
  ];
  for (const [label, m, a] of lines) {
    const shown = { ...a, text: cap(a.text.replace(/^over /, 'more than ')) };
    c.paras.push(`${label}: ${shown.text}`);
    addFigure(c, m, shown, inc.scope);
    if (m !== 'cities') {
      const byValue = inc.reported.get(m) ?? new Map<number, string[]>();
      const files = byValue.get(a.value as number) ?? [];
      files.push(c.stem);
      byValue.set(a.value as number, files);
      inc.reported.set(m, byValue);
    }
  }
  c.events.push({ article: c.stem, kind: inc.kind, date: { iso: `${inc.year}-${pad2(inc.month)}`, precision: 'month' }, organisers: [] });
  ask(c, `cities|${inc.scope}`, { question: `In how many cities did ${inc.scope} take place?`, kind: 'howmany', article: c.stem, must: [numberKey(claim.cities)] });
  c.paras.push(`${mdy(c.date).toUpperCase()}:`);
  const cities = rng.sample(P.IRAN_CITIES, 2);
  const stamps = ['08:40', '11:15', '14:05', '17:30', '21:10'];
  cities.forEach((city, i) => {
    const slogan = rng.pick(P.SLOGANS).replace('{place}', city);
    c.paras.push(`${stamps[i * 2]} local time \u2014 Residents of ${city} gathered outside the governor\u2019s office and chanted \u201c${slogan}\u201d.`);
    c.quotes.push({ article: c.stem, text: slogan, speaker: null, kind: 'slogan' });
    c.events.push({ article: c.stem, kind: 'gathering', city, venue: 'governor\u2019s office', organisers: [], date: dayTruth(c.date) });
  });
  const city = rng.pick(P.WORLD_CITIES);
  const [venuePhrase, venue] = rng.pick(P.OUTDOOR_VENUES);
  const org = rng.pick(P.ORGANISATIONS);
  const evDay = addDays(c.date, -rng.int(1, 5));
  c.paras.push('Update from abroad:');
  c.paras.push(`Hundreds of supporters of the ${org} rallied on ${weekday(evDay)} ${venuePhrase} in ${city} in solidarity with the uprising.`);
  addFigure(c, 'attendance', { text: 'Hundreds', qualifier: 'vague' });
  c.events.push({ article: c.stem, kind: 'rally', city, venue, organisers: [org], date: dayTruth(evDay) });
  const banner = rng.pick(P.BANNERS).replace('{city}', city).replace('{place}', rng.pick(P.IRAN_CITIES));
  c.paras.push(`Protesters held up a banner that read \u201c${banner}\u201d.`);
  c.quotes.push({ article: c.stem, text: banner, speaker: null, kind: 'banner' });
  const p = rng.pick(c.world.people);
  c.paras.push(`${p.prefix ? `${p.prefix} ${p.name}` : `${p.name}, ${p.role},`} was among the speakers at the rally.`);
  mentionPerson(c, p, p.prefix ?? p.role);
  ask(c, `who|rally|${city}|${mdy(evDay)}`, { question: `Who spoke at the rally in ${city} on ${mdy(evDay)}?`, kind: 'who', article: c.stem, must: [lastName(p.name)] });
  ask(c, `where|${org}|${mdy(evDay)}`, { question: `Where did supporters of the ${org} hold a rally on ${mdy(evDay)}?`, kind: 'where', article: c.stem, must: [venue] });
  return { title: `Day ${dayNo} of the uprising: ${org} supporters rally in ${city}`, author, head: [] };
};

const statement: Template = (c, publisher) => {
  const { rng } = c;
  const inc = rng.pick(c.world.incidents);
  // A statement follows the incident it is about.
  c.date = addDays({ y: inc.year, m: inc.month, d: 28 }, rng.int(3, 900));
  const org = rng.pick(P.ORGANISATIONS);
  c.paras.push(`${org} \u2013 Statement`);
  c.paras.push(`${mdy(c.date)}`);
  c.paras.push(`The ${org} condemns the continuing repression that followed ${inc.scope}.`);
  incidentParagraph(c, inc);
  if (rng.chance(0.5)) {
    const ex = amount(rng, rng.int(2, 30), { words: true, qualifier: rng.pick(['exact', 'at-least'] as const) });
    c.paras.push(`Since then, ${ex.text} political prisoners have been executed, according to the same sources.`);
    addFigure(c, 'executed', ex, inc.scope);
    ask(c, `exec|${inc.scope}|${c.stem}`, { question: `How many political prisoners were executed after ${inc.scope}, according to the ${org}?`, kind: 'howmany', article: c.stem, must: [numberKey(ex.value as number)] });
  }
  const spokes = rng.pick(c.world.people);
  const setting = { place: inc.city ?? 'Iran', city: inc.city ?? 'Tehran', country: 'Iran', audience: 'reporters' };
  const { demand } = speak(c, spokes, rng.pick(['colon', 'said-after', 'pronoun'] as const), setting);
  if (rng.chance(0.6)) {
    const tweeter = rng.pick(c.world.people.filter((x) => x !== spokes));
    speak(c, tweeter, 'tweet', setting);
  }
  if (demand) ask(c, `quote|${spokes.name}|statement|${inc.scope}`, { question: `What did ${spokes.name} call for after ${inc.scope}?`, kind: 'quote', article: c.stem, must: [demand] });
  if (rng.chance(0.4)) {
    const id = amount(rng, rng.int(40, 900), { qualifier: 'exact' });
    c.paras.push(`The ${org} has so far identified ${id.text} of the victims by name.`);
    addFigure(c, 'identified', id, inc.scope);
    ask(c, `ident|${org}|${inc.scope}`, { question: `How many victims of ${inc.scope} has the ${org} identified by name?`, kind: 'howmany', article: c.stem, must: [numberKey(id.value as number)] });
  }
  clutterBottom(c);
  return { title: `${org} statement on ${inc.scope}`, head: [publisher] };
};

const syriaNews: Template = (c, publisher) => {
  const { rng } = c;
  const place = rng.pick(P.SYRIA_PLACES);
  const evDay = addDays(c.date, -rng.int(1, 5));
  const killed = amount(rng, rng.int(12, 400), { qualifier: rng.pick(['at-least', 'exact', 'more-than', 'nearly'] as const) });
  const monitor = rng.pick(P.SYRIA_MONITORS);
  const author = `${publisher} Staff`;
  c.paras.push(`${publisher} \u2013 Regime aircraft bombarded ${place} on ${weekday(evDay)}, killing ${killed.text} people, many of them children, according to ${monitor}.`);
  addFigure(c, 'killed', killed, `the bombardment of ${place}`);
  c.events.push({ article: c.stem, kind: 'bombardment', city: place, organisers: [], date: dayTruth(evDay) });
  const dmg = amount(rng, rng.int(2, 9), { words: true, qualifier: 'exact' });
  c.paras.push(`${cap(dmg.text)} medical facilities were damaged in the strikes, and ${rng.pick(VAGUE)} of families fled towards the border.`);
  addFigure(c, 'damaged', dmg, `the bombardment of ${place}`);
  const displacedVague = c.paras[c.paras.length - 1]?.match(/and (\w+) of families/)?.[1] ?? 'hundreds';
  addFigure(c, 'displaced', { text: displacedVague, qualifier: 'vague' }, `the bombardment of ${place}`);
  const coord = rng.pick(c.world.people);
  const setting = { place, city: place, country: 'Syria', audience: 'reporters' };
  const { demand } = speak(c, coord, rng.pick(['colon', 'said-after', 'told'] as const), setting);
  if (rng.chance(0.5)) {
    c.paras.push(`${cap(pronoun(coord))} called on all parties to protect civilians and medical workers.`);
    c.quotes.push({ article: c.stem, text: 'called on all parties to protect civilians and medical workers', speaker: coord.name, kind: 'indirect' });
  }
  if (rng.chance(0.6)) speak(c, rng.pick(c.world.people.filter((x) => x !== coord)), 'tweet', setting);
  const when = mdy(evDay);
  ask(c, `syria-k|${place}|${when}`, { question: `How many people were killed in the bombardment of ${place} on ${when}?`, kind: 'howmany', article: c.stem, must: [numberKey(killed.value as number)] });
  ask(c, `syria-d|${place}|${when}`, { question: `How many medical facilities were damaged in the bombardment of ${place} on ${when}?`, kind: 'howmany', article: c.stem, must: [numberKey(dmg.value as number)] });
  if (demand) ask(c, `quote|${coord.name}|${place}`, { question: `What did ${coord.name} call for after the bombardment of ${place}?`, kind: 'quote', article: c.stem, must: [demand] });
  clutterBottom(c);
  return { title: `Bombardment of ${place} kills civilians as world looks on`, author, head: [author, rng.chance(0.5) ? mdy(c.date) : `Posted on ${c.date.d} ${monthName(c.date.m)} ${c.date.y}`] };
};

const TEMPLATES: Array<[string, Template, number]> = [
  ['rally', rallyReport, 0.38],
  ['press-release', pressRelease, 0.15],
  ['live', liveReport, 0.12],
  ['statement', statement, 0.18],
  ['syria', syriaNews, 0.17],
];

// ---------------------------------------------------------------- the archive

function makeWorld(rng: Rng, n: number): World {
  const used = new Set<string>();
  const people = Array.from({ length: Math.min(1500, Math.max(24, Math.round(n * 0.8))) }, () => makePerson(rng, used));
  const incidents: Incident[] = [];
  const nationwide: Incident[] = [];
  const seen = new Set<string>();
  const target = Math.min(2400, Math.max(4, Math.ceil(n / 4)));
  for (let tries = 0; incidents.length < target && tries < target * 20; tries++) {
    const year = rng.int(2010, 2023);
    const month = rng.int(1, 12);
    const national = nationwide.length < 2 || rng.chance(0.15);
    const city = national ? undefined : rng.pick(P.IRAN_CITIES);
    const key = `${year}-${month}-${city ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const m = monthName(month);
    const killed = rng.int(2, 150) * 10;
    const inc: Incident = {
      scope: city ? `the ${m} ${year} protests in ${city}` : `the ${m} ${year} uprising`,
      month,
      year,
      kind: city ? 'protest' : 'uprising',
      base: { killed, injured: killed * rng.int(2, 5), arrested: rng.int(5, 200) * 100, cities: rng.int(20, 200) },
      byClaimant: new Map(),
      reported: new Map(),
    };
    if (city) inc.city = city;
    incidents.push(inc);
    if (!city) nationwide.push(inc);
  }
  return { people, incidents, nationwide, roleFiles: new Map() };
}

/** Generates `n` article files and their ground truth, deterministically from `seed`. */
export function generateArchive(opts: { n: number; seed: number }): GeneratedArchive {
  const rng = new Rng(opts.seed);
  const world = makeWorld(rng, opts.n);
  const files: GeneratedFile[] = [];
  const truth: GroundTruth = { seed: opts.seed, n: opts.n, articles: [], events: [], speakers: [], quotes: [], figures: [], questions: [] };
  const candidates: Candidate[] = [];
  const start = toMs({ y: 2011, m: 1, d: 1 });
  const span = Math.round((toMs({ y: 2024, m: 6, d: 30 }) - start) / DAY_MS);

  for (let i = 0; i < opts.n; i++) {
    const stem = `${String(i).padStart(5, '0')}_${rng.hex(16)}`;
    const prev = files.length ? truth.articles[rng.int(0, truth.articles.length - 1)] : undefined;
    if (prev && !prev.duplicateOf && rng.chance(0.01)) {
      const original = files.find((f) => f.name === prev.file) as GeneratedFile;
      files.push({ name: `${stem}.txt`, text: original.text });
      truth.articles.push({ ...prev, stem, file: `${stem}.txt`, duplicateOf: prev.stem });
      continue;
    }
    const r = rng.next();
    let acc = 0;
    let chosen = TEMPLATES[0] as [string, Template, number];
    for (const t of TEMPLATES) {
      acc += t[2];
      if (r < acc) {
        chosen = t;
        break;
      }
    }
    const [template, write] = chosen;
    const date = fromMs(start + rng.int(0, span) * DAY_MS);
    const c: Ctx = {
      rng,
      stem,
      date,
      yearStated: !(template === 'rally' && rng.chance(0.12)),
      paras: [],
      events: [],
      speakers: new Map(),
      quotes: [],
      figures: [],
      candidates,
      world,
    };
    const publisher = rng.pick(P.PUBLISHERS);
    const { title, author, head } = write(c, publisher);
    const top = clutterTop(c);
    if (template === 'rally' || template === 'press-release') clutterBottom(c);
    const blocks = [...(top ? [top] : []), title, ...head, ...c.paras];
    files.push({ name: `${stem}.txt`, text: `${blocks.join('\n\n')}\n` });
    const art: TruthArticle = { stem, file: `${stem}.txt`, template, title, date: dayTruth(c.date, c.yearStated), publisher };
    if (author) art.author = author;
    truth.articles.push(art);
    truth.events.push(...c.events);
    truth.speakers.push(...c.speakers.values());
    truth.quotes.push(...c.quotes);
    truth.figures.push(...c.figures);
  }

  // Questions: only those whose key names one thing in the whole archive.
  const counts = new Map<string, number>();
  for (const k of candidates) counts.set(k.key, (counts.get(k.key) ?? 0) + 1);
  const questions: Array<Omit<TruthQuestion, 'id'>> = candidates.filter((k) => counts.get(k.key) === 1).map((k) => k.question);
  for (const p of world.people) {
    const filesWithRole = world.roleFiles.get(p.name);
    if (!filesWithRole?.length) continue;
    const q: Omit<TruthQuestion, 'id'> = { question: `Who is ${p.name}?`, kind: 'role', article: filesWithRole[0] as string, must: p.roleMust };
    if (filesWithRole.length > 1) q.articles = filesWithRole.slice(1);
    questions.push(q);
  }
  for (const inc of world.incidents) {
    for (const [m, verb] of [['killed', 'killed'], ['injured', 'injured'], ['arrested', 'arrested']] as const) {
      const byValue = inc.reported.get(m);
      if (!byValue || byValue.size > 3) continue;
      const allFiles = [...new Set([...byValue.values()].flat())];
      const q: Omit<TruthQuestion, 'id'> = {
        question: `How many people were ${verb} in ${inc.scope}?`,
        kind: 'howmany',
        article: allFiles[0] as string,
        must: [...byValue.keys()].sort((a, b) => a - b).map(numberKey),
      };
      if (allFiles.length > 1) q.articles = allFiles.slice(1);
      questions.push(q);
    }
  }
  const qrng = new Rng(opts.seed ^ 0x5bd1e995);
  const unanswerable = Math.max(5, Math.round(questions.length * 0.12));
  for (let i = 0; i < unanswerable; i++) {
    const absent = `${qrng.pick(P.ABSENT_FIRST)} ${qrng.pick(P.ABSENT_LAST)}`;
    const forms = [
      `What did ${absent} say at the rally in ${qrng.pick(P.WORLD_CITIES)}?`,
      `Who is ${absent}?`,
      `How many people attended the rally in ${qrng.pick(P.ABSENT_CITIES)}?`,
      `Who spoke at the demonstration in ${qrng.pick(P.ABSENT_CITIES)} in ${qrng.int(2011, 2024)}?`,
      `How many protesters were killed in the ${qrng.pick(P.MONTHS)} ${qrng.int(1990, 2001)} protests in ${qrng.pick(P.IRAN_CITIES)}?`,
      qrng.pick(P.OFF_TOPIC_QUESTIONS),
    ];
    questions.push({ question: qrng.pick(forms), kind: 'unanswerable', must: [] });
  }
  const seenQ = new Set<string>();
  truth.questions = questions
    .filter((q) => (seenQ.has(q.question) ? false : (seenQ.add(q.question), true)))
    .map((q, i) => ({ id: `g${String(i + 1).padStart(5, '0')}`, ...q }));
  return { files, truth };
}

/** Writes the article files, `truth.json` and `questions.jsonl` (the shape score.mjs reads) into `dir`. */
export function writeArchive(dir: string, archive: GeneratedArchive): { articlesDir: string; truthFile: string; questionsFile: string } {
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  for (const f of archive.files) writeFileSync(join(articlesDir, f.name), f.text);
  const truthFile = join(dir, 'truth.json');
  writeFileSync(truthFile, JSON.stringify(archive.truth, null, 1));
  const questionsFile = join(dir, 'questions.jsonl');
  writeFileSync(questionsFile, archive.truth.questions.map((q) => JSON.stringify(q)).join('\n') + '\n');
  return { articlesDir, truthFile, questionsFile };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const arg = (name: string, dflt: string): string => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? dflt) : dflt;
  };
  const n = Number(arg('n', '100'));
  const seed = Number(arg('seed', '1'));
  const out = arg('out', `bench/out/seed${seed}-n${n}`);
  const archive = generateArchive({ n, seed });
  const paths = writeArchive(out, archive);
  const t = archive.truth;
  console.log(`bench/generate: ${archive.files.length} files, ${t.events.length} events, ${t.speakers.length} speakers, ${t.quotes.length} quotes, ${t.figures.length} figures, ${t.questions.length} questions → ${paths.articlesDir}`);
}
