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
    re: /^(?:killed|kill|killing|killings|dead|died|deaths?|death toll|martyrs?|martyred|lost their lives|slain|murdered|fatalities|perished|massacred|shot dead|bodies)$/i,
  },
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
const PHRASES = ['brought together', 'bringing together', 'lost their lives', 'death toll', 'put to death', 'shot dead', 'rounded up', 'taken into custody', 'in custody', 'by name', 'took part', 'turned out', 'came out', 'set ablaze'];

/** The measure a word or phrase names, if any. */
export function measureOfWord(word: string): Measure | undefined {
  for (const m of MEASURE_WORDS) if (m.re.test(word)) return m.measure;
  return undefined;
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
    for (const phrase of PHRASES) {
      const n = phrase.split(' ').length;
      const slice = tokens.slice(i, i + n);
      if (slice.length === n && slice.map((t) => t.text.toLowerCase()).join(' ') === phrase) {
        joined = { text: text.slice(slice[0]!.start, slice[n - 1]!.end), start: slice[0]!.start, end: slice[n - 1]!.end };
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
    'under who that which and or but while as including among across since during after before than the a an their his her its ' +
    'this these those there here also already so reportedly allegedly last next every each per like such ' +
    'remain remained remains still got became went stay stayed'
  ).split(' '),
);
const SKIP_LEADING = new Set(['other', 'more', 'additional', 'further', 'another', 'of', 'the', 'more', 'than']);

/**
 * The noun phrase an amount counts, read from the words after it (at most three words),
 * plus the measure a participle in front of the noun gives ("12,000 arrested youths" → youths, arrested).
 */
export function countedAfter(text: string, from: number): { counted: string; measure?: Measure } {
  const tokens = wordTokens(text.slice(from));
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
  for (; i < tokens.length && words.length < 3; i++) {
    const t = tokens[i]!.text;
    if (!/^[\p{L}\p{N}]/u.test(t)) break;
    if (STOP.has(t.toLowerCase())) break;
    const m = measureOfWord(t);
    // A measure noun ("martyrs", "detainees", "cities") is the counted thing; a verb ("killed") ends the phrase.
    if (m && /(?:ed|dead|died|\s\S+)$/i.test(t)) break;
    words.push(t);
    if (m) break;
  }
  const result: { counted: string; measure?: Measure } = { counted: words.join(' ') };
  if (measure) result.measure = measure;
  return result;
}
