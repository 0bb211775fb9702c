/** Words that name a happening (rally, bombardment, uprising …), their kind and the group kinds merge within. */
import type { EventKind } from '../domain/types.ts';
import { isCountry } from './places.ts';

export type EventGroup = 'assembly' | 'violence' | 'uprising';

export interface Trigger {
  kind: EventKind;
  group: EventGroup;
  start: number;
  end: number;
  word: string;
  /** "this rally", "the demonstration": a reference back to an event already named. */
  anaphoric: boolean;
  plural: boolean;
}

const TRIGGERS: Array<{ kind: EventKind; re: RegExp }> = [
  { kind: 'rally', re: /^rall(?:y|ies|ied|ying)$/i },
  { kind: 'demonstration', re: /^(?:demonstrations?|demonstrated|march|marches|marched|sit-in)$/i },
  { kind: 'conference', re: /^(?:conferences?|summits?|convention)$/i },
  { kind: 'meeting', re: /^meeting$/i },
  { kind: 'commemoration', re: /^(?:commemorations?|commemorated|commemorating|commemorate|vigils?)$/i },
  { kind: 'gathering', re: /^(?:gathering|gathered|gather)$/i },
  { kind: 'protest', re: /^(?:protest|protests|protested)$/i },
  { kind: 'bombardment', re: /^(?:bombardments?|bombarded|bombarding|bombed|bombing|bombings|air-?strikes?|shelling|shelled|strikes?|bombs)$/i },
  { kind: 'attack', re: /^(?:attack|attacks|attacked|attacking|massacre|raid|raided|assault)$/i },
  { kind: 'uprising', re: /^(?:uprisings?|revolt|insurrection)$/i },
  // "The event was organised by …": only a reference back to a gathering already named.
  { kind: 'other', re: /^event$/i },
];

const GROUP: Record<EventKind, EventGroup> = {
  rally: 'assembly',
  demonstration: 'assembly',
  protest: 'assembly',
  gathering: 'assembly',
  conference: 'assembly',
  meeting: 'assembly',
  commemoration: 'assembly',
  attack: 'violence',
  bombardment: 'violence',
  uprising: 'uprising',
  other: 'assembly',
};

/** Kinds in order of specificity: when mentions merge, the most specific kind names the event. */
export const KIND_RANK: EventKind[] = ['rally', 'demonstration', 'conference', 'meeting', 'commemoration', 'gathering', 'protest', 'bombardment', 'attack', 'uprising', 'other'];

export function groupOf(kind: EventKind): EventGroup {
  return GROUP[kind];
}

/** Plural "protests" is the nationwide wave when a country or "nationwide" qualifies it, or it swept/spread/began. */
function pluralProtestsAreUprising(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 50);
  if (/(?:\b(?:nationwide|ongoing|popular|anti-government|mass|massive|widespread|people[’']s|continuing)\s+|\b\p{Lu}[\p{L}]+\s+)$/u.test(before)) return true;
  return /^\s+(?:(?:that|which)\s+(?:have|has|had)\s+)?(?:across|swept|spread|began|erupted|broke out|nationwide|throughout|since|shook|shaken|continue)/i.test(after);
}

/** "the 2019 protests in Shiraz", "protests in Rasht on Friday": plural protests placed in a city (not a country). */
function localProtests(text: string, start: number, end: number): boolean {
  const city = /^\s+(?:(?:that|which)\s+(?:took place|were held)\s+)?in\s+(\p{Lu}[\p{L}’'-]+)/u.exec(text.slice(end, end + 50));
  if (!city?.[1] || MONTH_NAMES.test(city[1]) || isCountry(city[1])) return false;
  return /\b(?:the|during|in|after|since|of)\s+(?:[\p{L}\d,]+\s+){0,3}$/iu.test(text.slice(Math.max(0, start - 40), start));
}

const MONTH_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A headline in Title Case ("Thousands Rally in Berlin Against Executions"): its words are not reported facts. */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  if (/[.!?”"]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.9;
}

/**
 * Finds event triggers in a text. `quoted(offset)` tells whether an offset lies inside quotation marks:
 * words in banners, slogans and speeches do not name happenings reported by the article.
 */
export function findTriggers(text: string, quoted: (offset: number) => boolean): Trigger[] {
  const out: Trigger[] = [];
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const rule = TRIGGERS.find((t) => t.re.test(word));
    if (!rule) continue;
    if (quoted(start)) continue;
    let kind = rule.kind;
    const lower = word.toLowerCase();
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 40);
    // "in March 2019", "15 March", "since 09 March": the month, not a march.
    if (word === 'March' && (/^\s*(?:\d|of\s+(?:this|last|that|next)\b)/.test(after) || /(?:\d(?:st|nd|rd|th)?|\b(?:in|of|since|until|by|from|during|early|late|mid|last|next|this|through))\s*$/i.test(before))) continue;
    // "strikes" alone can be a walk-out; "air/missile/drone strike" is a bombardment.
    if (/^strikes?$/.test(lower) && !/\b(?:air|missile|drone|rocket|artillery)\s+$/i.test(before)) continue;
    // "dropped barrel bombs on three villages": bombs named as dropped or landing, not bombs in general.
    if (lower === 'bombs' && !(/\b(?:dropped|dropping|drop|drops|rained|raining)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) || (/\bbarrel\s+$/i.test(before) && /^\s+(?:on|onto|hit|struck|fell|landed|killed|pounded)\b/i.test(after)))) continue;
    if (lower === 'protests') {
      if (pluralProtestsAreUprising(text, start, end)) kind = 'uprising';
      // "the March 2019 protests in Shiraz": protests placed in a city are a local protest.
      else if (!localProtests(text, start, end)) continue;
    }
    // "in protest of/against" states a purpose; the event is named elsewhere in the sentence.
    if (kind === 'protest' && lower === 'protest' && /\bin\s+$/i.test(before) && !/\bthe\s+$/i.test(before)) continue;
    // "information gathered by", "rallied behind the plan", "rally support": not happenings.
    // ("gathered again at", "gathered peacefully outside": one adverb may stand between.)
    if (lower === 'gathered' && !/^\s+(?:(?:again|once (?:again|more)|today|yesterday|peacefully|together|here|there)\s+)?(?:at|in|on|outside|near|before|around|to|for|opposite|in front of)\b/i.test(after)) continue;
    // "Protesters gather in Kestrel." (a photo caption): a crowd gathering at a place, told in the present.
    if (lower === 'gather' && !(/\b(?:protesters|demonstrators|people|crowds|supporters|exiles|marchers|activists|members)\s+$/i.test(before) && /^\s+(?:at|in|outside|near|in front of|opposite)\s+\p{Lu}/u.test(after))) continue;
    if (kind === 'rally' && /^\s+(?:behind|around|support|to the (?:defen[cs]e|cause))\b/i.test(after)) continue;
    if (kind === 'meeting' && /\bfor the\s+$/i.test(before)) continue;
    // "a side event was organised by …" (beside a session of a council): a meeting of its own, not a reference back.
    if (kind === 'other' && /\bside[- ]$/i.test(before)) kind = 'conference';
    else if (kind === 'other' && !/\b(?:the|this|that)\s+$/i.test(before)) continue;
    const anaphoric = /\b(?:this|that|the|these|those|its|our|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(before) && !/\bthe\s+\p{Lu}/u.test(text.slice(Math.max(0, start - 30), end));
    out.push({ kind, group: groupOf(kind), start, end, word, anaphoric, plural: /s$/i.test(lower) && !/ss$/i.test(lower) });
  }
  return out;
}
