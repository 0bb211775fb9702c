/**
 * Amounts as written: digits and number words, vague amounts ("hundreds", "tens of thousands"),
 * and the qualifier layer ("at least", "over", "nearly", "up to") that turns a number into bounds.
 * Pure text functions: offsets are into the string given.
 */
import type { Qualifier } from '../domain/types.ts';

/** One amount found in a text, with its qualifier and bounds. */
export interface FoundAmount {
  /** The amount with its qualifier, as written ("at least 12,000", "nearly two dozen", "hundreds"). */
  text: string;
  value?: number;
  lower?: number;
  upper?: number;
  qualifier: Qualifier;
  /** Offsets of `text` (qualifier included). */
  start: number;
  end: number;
  /** Offsets of the number itself, without the qualifier. */
  numberStart: number;
  numberEnd: number;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };
const VAGUE: Record<string, number> = { dozens: 12, scores: 20, tens: 10, hundreds: 100, thousands: 1000, millions: 1_000_000 };
// French, German and Italian number words: units and scales ("cinquante mille", "zwei", "drei Millionen").
// (Not "un/une/ein/eine", articles far more often than counts; not "sept" or "elf", an English month and noun; not
// "neuf", a name's word as often, "Pont Neuf", read only before a round noun: "neuf millions". Not "cents": "50 cents".)
Object.assign(UNITS, {
  deux: 2, trois: 3, quatre: 4, cinq: 5, huit: 8, dix: 10, douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
  tre: 3, quattro: 4, cinque: 5, sette: 7, dieci: 10, venti: 20, trenta: 30, cinquanta: 50,
});
Object.assign(SCALES, { cent: 100, mille: 1000, hundert: 100, tausend: 1000, cento: 100, mila: 1000 });
/** A round amount told as a noun ("un millier", "une centaine", "un migliaio"): about that many. */
const ROUND_NOUNS: Record<string, number> = { dizaine: 10, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000, centinaio: 100, migliaio: 1000 };
const ROUND_RE = String.raw`(?:une?\s+(?:${Object.keys(ROUND_NOUNS).join('|')})|(?:deux|trois|quatre|cinq|six|huit|neuf|dix)\s+(?:millions|milliers|centaines|dizaines)(?:\s+de\s+milliers)?)`;
/** Vague amounts in French, German and Italian ("des milliers", "Tausende", "mehrere hundert", "migliaia"), by their unit. */
const FOREIGN_VAGUE: ReadonlyArray<[RegExp, number]> = [
  [/(?:dizaines\s+de\s+milliers|zehntausende|decine\s+di\s+migliaia)$/i, 10_000],
  [/(?:centaines\s+de\s+milliers|hunderttausende|centinaia\s+di\s+migliaia)$/i, 100_000],
  [/(?:millions|millionen|milioni)$/i, 1_000_000],
  [/(?:milliers|tausende?|migliaia)$/i, 1000],
  [/(?:centaines|hunderte?|centinaia)$/i, 100],
  [/(?:dizaines|dutzende|decine)$/i, 10],
];
const FOREIGN_VAGUE_RE = String.raw`(?:(?:des|plusieurs|quelques)\s+(?:(?:dizaines|centaines)\s+de\s+)?(?:milliers|centaines|dizaines|millions)|(?:Zehn|Hundert)?[Tt]ausende|Hunderte|Dutzende|(?:mehrere|einige)\s+(?:[Tt]ausend|[Hh]undert)|(?:decine|centinaia)\s+di\s+migliaia|migliaia|centinaia)`;

/**
 * French numbers written in words, told in parts joined by hyphens, spaces or "et" ("vingt-cinq", "quatre-vingt-dix",
 * "vingt et un", "deux cent cinquante", "trois mille cinq cents"): read whole, not word by word ("deux cents" is no two).
 */
const FRENCH_NUMBERS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
  quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
  million: 1_000_000, millions: 1_000_000, milliard: 1_000_000_000, milliards: 1_000_000_000,
};
const FRENCH_PART = String.raw`(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?)`;
// Two parts or more ("et" only before "un", "une" or "onze", as French writes 21 or 71); or one of the counts no other
// language here shares ("onze", "treize", "quatorze"), or "sept" and "neuf" before a word in lower case ("sept
// détenus"; not "Sept. 4", "Pont Neuf").
const FRENCH_NUMBER = String.raw`${FRENCH_PART}(?:(?:-|\s+|\s+et\s+(?=(?:un|une|onze)\b))(?:${FRENCH_PART}|une?\b))+|onze|treize|quatorze|sept|neuf`;

/** The value of a French number in words, or undefined when its parts do not make one ("deux trois"). */
function parseFrench(written: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const part of written.toLowerCase().split(/\s+et\s+|[-\s]+/)) {
    const v = FRENCH_NUMBERS[part];
    if (v === undefined) return undefined;
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else if (v === 20 && current % 100 === 4) current += 76; // "quatre-vingt(s)": four twenties
    else if (v >= 20) {
      if (current % 100 !== 0) return undefined;
      current += v;
    } else {
      // A unit or a teen after a ten ("vingt-cinq", "soixante-dix-sept", "quatre-vingt-onze"), or alone.
      const rest = current % 100;
      if (rest % 10 !== 0 || (v >= 10 && rest !== 0 && rest !== 60 && rest !== 80)) return undefined;
      current += v;
    }
  }
  return total + current;
}

const WORD = Object.keys(UNITS).join('|');
const UNIT_WORD = `(?:${WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const SCALE_WORD = Object.keys(SCALES).join('|');
// Thousands written with commas (English), dots (German, French) or spaces (French): "12,000", "12.000", "70 000".
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![\d,])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:\.\d+)?`;
// A share of a scale ("half a million", "a quarter of a million", "two and a half thousand"): the share, not the scale.
/** A deed's verb right before "one" ("killed one", "shot dead one"), and a person right after it ("one man"). */
const ONE_DEED_BEFORE = /\b(?:killed|killing|shot(?:\s+dead)?|wounded|wounding|injured|injuring|arrested|arresting|detained|detaining|executed|hanged)\s+(?:at\s+least\s+)?$/i;
const ONE_PERSON_AFTER = /^\s+(?:man|woman|person|protester|protestor|demonstrator|marcher|student|child|boy|girl|teenager|policeman|officer|soldier|guard|civilian|journalist|bystander|worker|prisoner|detainee)\b/i;
const FRACTION = String.raw`(?:half|(?:a|one)\s+quarter\s+of|three\s+quarters\s+of|(?:a|one)\s+third\s+of|two\s+thirds\s+of)\s+an?`;
const AND_A_HALF = String.raw`(?:\d+|${UNIT_WORD})\s+and\s+a\s+half`;
const EXACT = String.raw`(?:(?:${AND_A_HALF}|${FRACTION})(?=\s+(?:${SCALE_WORD})\b)|${DIGITS}|${UNIT_WORD}|an?(?=\s+(?:${SCALE_WORD})\b))(?:\s+(?:${SCALE_WORD}))*`;
const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, 'a quarter of': 0.25, 'one quarter of': 0.25, 'three quarters of': 0.75, 'a third of': 1 / 3, 'one third of': 1 / 3, 'two thirds of': 2 / 3 };
const VAGUE_RE = String.raw`(?:(?:several|a few)\s+(?:dozen|hundred|thousand|million)|(?:tens|dozens|scores|hundreds|thousands|millions)(?:\s+of\s+(?:thousands|millions))?)`;
const ENGLISH_VAGUE = new RegExp(`^${VAGUE_RE}$`, 'i');
const AMOUNT_RE = new RegExp(String.raw`(?<![\p{L}\d_,.:/@#-])(?:(${VAGUE_RE}|${FOREIGN_VAGUE_RE})|(${ROUND_RE})|(${FRENCH_NUMBER})(?![\p{L}\d_-])|(${EXACT}))(?![\p{L}\d_])`, 'giu');

const QUALIFIERS: Array<{ re: RegExp; qualifier: Qualifier; bound: 'lower' | 'upper' | 'none' }> = [
  { re: /\b(?:at least|no fewer than|no less than|a minimum of|not less than)\s+$/i, qualifier: 'at-least', bound: 'lower' },
  { re: /\b(?:more than|over|upwards of|in excess of|above|exceeding|well over)\s+$/i, qualifier: 'more-than', bound: 'lower' },
  { re: /\b(?:nearly|almost|close to|just under|approaching)\s+$/i, qualifier: 'nearly', bound: 'upper' },
  { re: /\b(?:up to|as many as|at most|no more than|a maximum of)\s+$/i, qualifier: 'at-most', bound: 'upper' },
  { re: /\b(?:less than|fewer than|under)\s+$/i, qualifier: 'less-than', bound: 'upper' },
  { re: /\b(?:about|around|some|approximately|roughly|an estimated|estimated|circa|approx\.|est\.)\s+$/i, qualifier: 'about', bound: 'none' },
  // French and German: "plus de 2.500", "au moins 12", "près de 300", "environ 700", "mehr als 800", "rund 800", "mindestens 12".
  { re: /(?:\bplus de|\bmehr als|\büber|\bmore)\s+$/i, qualifier: 'more-than', bound: 'lower' },
  { re: /(?:\bau moins|\bmindestens)\s+$/i, qualifier: 'at-least', bound: 'lower' },
  { re: /(?:\bprès de|\bpres de|\bfast|\bnahezu)\s+$/i, qualifier: 'nearly', bound: 'upper' },
  { re: /(?:\benviron|\bquelque|\bquelques|\brund|\betwa|\bungefähr|\bca\.)\s+$/i, qualifier: 'about', bound: 'none' },
  // ("jusqu'à 200", "bis zu 200": an upper bound, not a count.)
  { re: /(?:\bjusqu['’]\s*à|\bjusqu['’]\s*a|\bau plus|\bau maximum|\bbis zu|\bhöchstens)\s+$/i, qualifier: 'at-most', bound: 'upper' },
];

// (French and German months too: "dimanche 3 mars", "am 8. Januar", "le 20 septembre" are days, not counts.)
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember)\.?`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^\s+${MONTH}\b`, 'i');
/** Words before a number that make it a label, not a count ("Day 44", "District 2", "Resolution 2231"). */
const LABEL_BEFORE = /\b(?:day|week|no\.?|number|#|district|article|resolution|page|chapter|section|room|route|flight|line|channel|level|phase|stage|round|season|episode|part|volume|vol\.|item|point|law|decree|code|tel\.?|phone|aged?|ages|x)\s+$/i;
/** An hour and its minutes written with a dot ("14.40", "9.05"). */
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
/** What follows a clock time: the colon of a live post's time stamp, or a time zone. */
const CLOCK_AFTER = /^(?:\s*:(?!\d)|\s*(?:h|hrs|local|bst|cest|cet|gmt|utc|est|edt|pst)\b)/i;
/** Units and durations after a number: not counts of people or places (nor an earthquake's "6.4 magnitude"). */
const UNIT_AFTER = /^\s*(?:-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|times|percent|per\s*cent|%|km|kilometres?|kilometers?|miles?|metres?|meters?|kg|tons?|tonnes?|dollars?|euros?|pounds|rials?|tomans?|am|pm|a\.m\.|p\.m\.|gmt|utc|cet|x\b|×|year-old|years-old|magnitude|richter|st\b|nd\b|rd\b|th\b)(?![\w])|-[a-z]|:\d|\.\d|\s*[x×]\s*\d)/i;
const MONEY_BEFORE = /(?:[$€£¥]|\bus\$|\busd|\beur)\s*$/i;

function parseExact(written: string): number | undefined {
  const shared = /^(half|(?:a|one) quarter of|three quarters of|(?:a|one) third of|two thirds of) (an? .+)$/.exec(written.toLowerCase().replace(/\s+/g, ' '));
  if (shared) {
    const whole = parseExact(shared[2] as string);
    return whole === undefined ? undefined : Math.round(whole * (FRACTIONS[shared[1] as string] ?? NaN));
  }
  const andHalf = /^(.+?) and a half (.+)$/.exec(written.toLowerCase().replace(/\s+/g, ' '));
  if (andHalf) {
    const count = parseExact(andHalf[1] as string);
    const scale = parseExact(`a ${andHalf[2] as string}`);
    return count === undefined || scale === undefined ? undefined : Math.round((count + 0.5) * scale);
  }
  const raw = /^\d{1,3}(?:[. \u00a0\u202f]\d{3})+$/.test(written) ? written.replace(/[. \u00a0\u202f]/g, '') : written;
  const parts = raw.toLowerCase().split(/\s+/);
  let total = 0;
  let current: number | undefined;
  for (const p of parts) {
    if (/^[\d,.]+$/.test(p)) {
      current = Number(p.replace(/,/g, ''));
    } else if (p === 'a' || p === 'an') {
      current = 1;
    } else if (p in SCALES) {
      const scale = SCALES[p]!;
      current = (current ?? 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else {
      const [tens, unit] = p.split('-');
      const v = (UNITS[tens ?? ''] ?? NaN) + (unit ? (UNITS[unit] ?? NaN) : 0);
      if (Number.isNaN(v)) return undefined;
      current = (current ?? 0) + v;
    }
  }
  const v = total + (current ?? 0);
  return Number.isFinite(v) ? v : undefined;
}

/** A round amount told as a noun: "un millier" → 1,000, "deux centaines" → 200, "trois dizaines de milliers" → 30,000. */
function parseRound(raw: string): number | undefined {
  const words = raw.toLowerCase().split(/\s+/);
  const one = ROUND_NOUNS[words[1] ?? ''];
  if ((words[0] === 'un' || words[0] === 'une') && one !== undefined) return one;
  const count = UNITS[words[0] ?? ''] ?? (words[0] === 'neuf' ? 9 : undefined);
  const unit = FOREIGN_VAGUE.find(([re]) => re.test(words.slice(1).join(' ')))?.[1];
  return count !== undefined && unit !== undefined ? count * unit : undefined;
}

/** The lower bound a vague amount implies ("hundreds" → 200, "tens of thousands" → 20,000): two of the unit. */
function vagueLower(raw: string): number {
  // (English first: "tens of millions" is no French "millions".)
  const foreign = ENGLISH_VAGUE.test(raw) ? undefined : FOREIGN_VAGUE.find(([re]) => re.test(raw));
  if (foreign) return foreign[1] * 2;
  const several = /^(?:several|a few)\s+(\w+)$/i.exec(raw);
  if (several?.[1]) return (SCALES[several[1].toLowerCase()] ?? 1) * 2;
  const words = raw.toLowerCase().split(/\s+of\s+/);
  let unit = 1;
  for (const w of words) unit *= VAGUE[w] ?? 1;
  return unit * 2;
}

/** True when a 4-digit number reads as a year (1800–2100) rather than a count. */
function looksLikeYear(raw: string): boolean {
  if (!/^\d{4}$/.test(raw)) return false;
  const n = Number(raw);
  return n >= 1800 && n <= 2100;
}

/**
 * Finds the amounts in a text that can count something: not years, dates, ordinals, times, durations,
 * money, ad sizes or labels ("Day 44", "2nd District").
 */
/** A street's name after a number, which makes the number the house's: " Downing Street", " Pennsylvania Avenue". */
const HOUSE_NUMBER_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Square|Place|Drive|Terrace|Way|Strasse|Straße)\b/u;

export function findAmounts(text: string): FoundAmount[] {
  const out: FoundAmount[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const raw = m[0];
    const numberStart = m.index;
    const numberEnd = numberStart + raw.length;
    const before = text.slice(Math.max(0, numberStart - 40), numberStart);
    const after = text.slice(numberEnd, numberEnd + 30);
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) continue;
    if (UNIT_AFTER.test(after) || MONEY_BEFORE.test(before)) continue;
    // A live post's clock time ("14.40: The singer …", "9.05 BST"): an hour and its minutes, not a count.
    if (CLOCK_TIME.test(raw) && CLOCK_AFTER.test(after)) continue;
    const vague = m[1] !== undefined;
    const round = m[2];
    const french = m[3];
    // "sept", "neuf" alone, and a number ending in "cents", count only before a word in lower case: "Sept. 4",
    // "Pont Neuf", "it cost six cents" count nothing.
    if (french !== undefined && (/^(?:sept|neuf)$/i.test(french) || /cents?$/i.test(french)) && !(/^\p{Ll}/u.test(french) && /^\s+\p{Ll}/u.test(after))) continue;
    if (!vague) {
      const lower = raw.toLowerCase();
      // "one" alone is a pronoun far more often than a count ("one of", "one after the other").
      // ("militia gunfire killed one man": right after a deed's verb and before a person, it counts the one it was done to.)
      if ((lower === 'one' && !(ONE_DEED_BEFORE.test(before) && ONE_PERSON_AFTER.test(after))) || lower === 'a' || lower === 'an') continue;
      if (LABEL_BEFORE.test(before)) continue;
      if (/\d\s*$/.test(before) || /^\s*[x×]/i.test(after)) continue;
      // An age: "under the age of eighteen", "Reza Kamandar, 43, who took part".
      if (/\bages?\s+of\s+$/i.test(before)) continue;
      // A house number: "10 Downing Street", "221 Baker Street", "1600 Pennsylvania Avenue".
      if (/^\d{1,4}$/.test(raw) && HOUSE_NUMBER_AFTER.test(text.slice(numberEnd, numberEnd + 60))) continue;
      if (/\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*,/.test(after) && /^\d{1,2}$/.test(raw)) continue;
    }
    let qualifier: Qualifier = vague ? 'vague' : 'exact';
    let bound: 'lower' | 'upper' | 'none' = 'none';
    let start = numberStart;
    for (const q of QUALIFIERS) {
      const qm = q.re.exec(before);
      if (qm) {
        qualifier = q.qualifier;
        bound = q.bound;
        start = numberStart - qm[0].length;
        break;
      }
    }
    if (!vague && looksLikeYear(raw) && qualifier === 'exact') continue;
    const found: FoundAmount = {
      text: text.slice(start, numberEnd),
      qualifier,
      start,
      end: numberEnd,
      numberStart,
      numberEnd,
    };
    if (vague) {
      found.lower = vagueLower(raw);
      // A qualifier on a vague amount ("more than hundreds") still leaves it vague.
      found.qualifier = 'vague';
    } else {
      const value = round !== undefined ? parseRound(round) : french !== undefined ? parseFrench(french) : parseExact(raw);
      if (value === undefined) continue;
      // "un millier de personnes": about a thousand.
      if (round !== undefined && found.qualifier === 'exact') found.qualifier = 'about';
      found.value = value;
      if (bound === 'lower') found.lower = value;
      if (bound === 'upper') found.upper = value;
    }
    out.push(found);
  }
  return out;
}

/**
 * "we fear for these thousands of prisoners": a vague amount pointed back to ("these", "those" before it) is a count
 * told before, no new one. `before` is the text up to the amount, `amount` the amount's words.
 */
export function amountPointedBack(before: string, amount: string): boolean {
  return /\b(?:these|those)\s+$/i.test(before.slice(-10)) && /^(?:dozens|hundreds|thousands|tens|scores)\b/i.test(amount);
}
