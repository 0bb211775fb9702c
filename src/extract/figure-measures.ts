/**
 * What an amount counts: the measure vocabulary (killed / dead / martyrs → killed, detained → arrested …)
 * and the noun phrase counted after the number.
 */
import type { Measure } from '../domain/types.ts';

/** Words that say what happened to the counted people or things, by measure; matched on whole words. */
const MEASURE_WORDS: Array<{ measure: Measure; re: RegExp }> = [
  { measure: 'executed', re: /^(?:executed|executions?|hanged|hangings?|put to death)$/i },
  {
    measure: 'killed',
    re: /^(?:killed|kill|killing|killings|dead|died|deaths?|death toll|martyrs?|martyred|lost their lives|slain|murdered|fatalities|perished|massacred|massacres?|shot dead|bodies)$/i,
  },
  // "six have been handed the death penalty": a sentence passed, not a death (nor yet an execution).
  { measure: 'other', re: /^(?:death penalty|death penalties|death sentences?|sentenced to death|condemned to death)$/i },
  { measure: 'injured', re: /^(?:injured|injuring|wounded|wounding|injuries|hurt|maimed)$/i },
  {
    measure: 'arrested',
    re: /^(?:arrested|arrests?|detained|detainees?|detentions?|imprisoned|prisoners?|jailed|rounded up|taken into custody|in custody)$/i,
  },
  { measure: 'missing', re: /^(?:missing|disappeared|unaccounted)$/i },
  { measure: 'displaced', re: /^(?:displaced|refugees?|fled|homeless|evacuated|uprooted)$/i },
  { measure: 'damaged', re: /^(?:damaged|destroyed|razed|demolished|torched|burned|burnt|set ablaze|hit)$/i },
  { measure: 'identified', re: /^(?:identified|named|by name)$/i },
  { measure: 'cities', re: /^(?:cities|towns|provinces|localities|villages)$/i },
  {
    measure: 'attendance',
    re: /^(?:rallied|rally|participated|attended|took part|gathered|joined|marched|demonstrated|turned out|participants|attendees|thronged|flocked|came out|assembled|drew|draws|attracted|brought together|bringing together)$/i,
  },
];

/** Multi-word cues are checked before single words so "death toll" wins over "death". */
const PHRASES = ['death penalty', 'death penalties', 'death sentence', 'death sentences', 'sentenced to death', 'condemned to death', 'brought together', 'bringing together', 'lost their lives', 'death toll', 'put to death', 'shot dead', 'rounded up', 'taken into custody', 'in custody', 'by name', 'took part', 'turned out', 'came out', 'set ablaze'];
/** The phrases by their first word, each as its words. */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const p of PHRASES) {
  const words = p.split(' ');
  const list = PHRASES_BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  PHRASES_BY_FIRST.set(words[0]!, list);
}

/** The measure a word or phrase names, if any. */
export function measureOfWord(word: string): Measure | undefined {
  for (const m of MEASURE_WORDS) if (m.re.test(word)) return m.measure;
  return undefined;
}

/**
 * Those a count names as the ones who tell ("three officials said …"), from right after their noun: a verb of telling,
 * past the body they are of ("three officials of the Varn Interior Ministry told …").
 */
export const TELLING_AFTER = /^(?:\s+(?:of|from|at|with)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}\p{N}’'.&-]*))*)?\s+(?:[a-z]+ly\s+)?(?:said|says|confirmed|confirms|reported|reports|told|announced|stated|claimed|denied|suggested|added|noted|warned)\b/iu;

/** A deed meant or tried, not done, told right after an amount: "three others sought to kill", "tried to kill". */
const MEANT_DEED = /^([^.;:!?\d]{0,40}?)\b(?:sought|seek|seeks|seeking|tried|tries|trying|attempted|attempts|attempting|planned|plans|planning|plotted|plots|plotting|conspired|intended|intends|wanted|wants|aimed|aims|threatened|threatens|vowed)\s+to\s+(\p{L}+)/iu;

/** A verb or a conjunction between the amount and the deed meant: another clause, with another subject. */
const CLAUSE_BETWEEN = /\b(?:was|were|had|has|have|is|are|been|died|killed|dead|wounded|injured|arrested|when|as|after|while|before|because|since|until|where)\b/i;

/**
 * The measure of a deed only meant or tried by those an amount counts ("the diplomat and three others sought to kill
 * the leaders"): they are the ones who meant it, no one it was done to.
 */
export function meantDeedAfter(after: string): Measure | undefined {
  const meant = MEANT_DEED.exec(after.slice(0, 80));
  // ("12 people died when police tried to arrest …": a clause of its own, with its own verb or conjunction, comes
  // between; the people counted are not the ones who tried.)
  if (!meant || CLAUSE_BETWEEN.test(meant[1]!)) return undefined;
  return measureOfWord(meant[2]!);
}

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** Word tokens with offsets; multi-word measure phrases are kept as one token. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’/.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;
  for (const m of text.matchAll(re)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const merged: WordToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined: WordToken | undefined;
    for (const phrase of PHRASES_BY_FIRST.get(tokens[i]!.text.toLowerCase()) ?? []) {
      const n = phrase.length;
      if (i + n > tokens.length) continue;
      let same = true;
      for (let k = 1; k < n && same; k++) same = tokens[i + k]!.text.toLowerCase() === phrase[k];
      if (same) {
        joined = { text: text.slice(tokens[i]!.start, tokens[i + n - 1]!.end), start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
        i += n - 1;
        break;
      }
    }
    merged.push(joined ?? tokens[i]!);
  }
  return merged;
}

/** Words that end a counted noun phrase ("1,500 protesters were killed" → "protesters"). */
const STOP = new Set(
  (
    'were was have has had are is be been being will would could can may might in on at by from of to for with into over ' +
    'under between who that which and or but while as including among across since during after before than the a an their his her its ' +
    'this these those there here also already so reportedly allegedly last next every each per like such ' +
    'remain remained remains still got became went stay stayed'
  ).split(' '),
);
/** People counted by kind, which reports list together ("men, women and children"). */
// ("31 soldiers and civilians were killed": groups of people joined by "and" are counted together too.)
const PEOPLE_PARTS = /^(?:men|women|children|boys|girls|adults|elderly|infants|soldiers|civilians|troops|policemen|bystanders|spectators|protesters|demonstrators)$/i;
const PEOPLE_LIST = /^(?:,\s*(?:men|women|children|boys|girls|adults|elderly|infants|soldiers|civilians|troops|policemen|bystanders|spectators|protesters|demonstrators)){0,4},?\s+(?:and|or)\s+(?:men|women|children|boys|girls|adults|elderly|infants|soldiers|civilians|troops|policemen|bystanders|spectators|protesters|demonstrators)\b/i;

/** Characters after an amount read for the noun it counts (a few words, with any skipped leading ones). */
const COUNTED_WINDOW = 160;
const SKIP_LEADING = new Set(['other', 'more', 'additional', 'further', 'another', 'of', 'the', 'more', 'than']);

/**
 * The noun phrase an amount counts, read from the words after it (at most three words),
 * plus the measure a participle in front of the noun gives ("12,000 arrested youths" → youths, arrested).
 */
export function countedAfter(text: string, from: number): { counted: string; measure?: Measure } {
  // Only the few words after the amount matter: reading the rest of a long sentence for each of its numbers made a
  // sentence of many numbers quadratic.
  const tokens = wordTokens(text.slice(from, from + COUNTED_WINDOW));
  const words: string[] = [];
  let measure: Measure | undefined;
  let i = 0;
  while (i < tokens.length && SKIP_LEADING.has(tokens[i]!.text.toLowerCase())) i++;
  // "601 of the martyrs": the partitive "of" is skipped above; a measure participle before the noun is kept aside.
  const first = tokens[i];
  if (first && /ed$/i.test(first.text) && measureOfWord(first.text) && tokens[i + 1] && /^\p{L}/u.test(tokens[i + 1]!.text) && !STOP.has(tokens[i + 1]!.text.toLowerCase())) {
    measure = measureOfWord(first.text);
    i++;
  }
  // "256 of them": a pronoun points back to what the sentence counted before.
  if (tokens[i] && /^(?:them|whom|which|those|these|us|you)$/i.test(tokens[i]!.text)) return { counted: '' };
  // ("six out of whom were guards": the same pointing back, through "out of".)
  if (tokens[i]?.text.toLowerCase() === 'out' && tokens[i + 1]?.text.toLowerCase() === 'of' && /^(?:them|whom|which|those)$/i.test(tokens[i + 2]?.text ?? '')) return { counted: '' };
  for (; i < tokens.length && words.length < 3; i++) {
    const t = tokens[i]!.text;
    if (!/^[\p{L}\p{N}]/u.test(t)) break;
    if (STOP.has(t.toLowerCase())) break;
    // "hundreds severely wounded", "dozens badly hurt": an adverb before the deed says how, it is not what is counted.
    if (/^\p{Ll}{3,}ly$/u.test(t) && !/^(?:elderly|family|rally|assembly|ally|supply|july|italy)$/i.test(t) && tokens[i + 1] && measureOfWord(tokens[i + 1]!.text)) break;
    const m = measureOfWord(t);
    // A measure noun ("martyrs", "detainees", "cities") is the counted thing; a verb ("killed") ends the phrase.
    if (m && /(?:ed|dead|died|\s\S+)$/i.test(t)) break;
    words.push(t);
    if (m) break;
  }
  // "370,000 men, women and children": the whole list is counted, not its first word.
  const list = words.length === 1 && PEOPLE_PARTS.test(words[0]!) ? PEOPLE_LIST.exec(text.slice(from + tokens[i - 1]!.end)) : null;
  const result: { counted: string; measure?: Measure } = { counted: list ? `${words[0]}${list[0]}` : words.join(' ') };
  if (measure) result.measure = measure;
  return result;
}
