/**
 * Venues and cities read from prepositions, capitalisation and venue head nouns
 * ("in front of the Iranian regime’s embassy", "at Paris’ renowned human rights square, Place de Trocadero",
 * "outside the French National Assembly", "in Berlin").
 */
import { DEMONYMS, foldName } from './names-lexicon.ts';
import { readProperPhrase } from './orgs.ts';

/** Nouns that make a phrase a venue. */
const VENUE_HEAD =
  /^(?:squares?|place|platz|plaza|piazza|plein|torget|torg|plac|praça|maidan|meydan|esplanade|embassy|embassies|consulate|mission|assembly|parliament|bundestag|reichstag|senate|congress|capitol|chancellery|hall|park|gardens?|street|st\.?|avenue|ave\.?|boulevard|blvd\.?|road|rue|quai|strasse|straße|bridge|centre|center|palace|palais|palazzo|palacio|rathaus|schloss|gate|building|headquarters|hq|ministry|stadium|arena|tower|monument|memorial|cathedral|church|mosque|university|court|office|offices|house|museum|theatre|theater|station|chamber|hotel|forum|venue|residence|library|camp|terminal|pavilion|auditorium)$/i;
/** Compound venue names in languages that glue the head on ("Heldenplatz", "Kungsträdgården" excepted). */
const VENUE_SUFFIX = /\p{Ll}(?:platz|plads|plein|torget|straße|strasse|gasse|allee|brücke|bahnhof|park|square)$/u;

function isVenueHead(w: string): boolean {
  return VENUE_HEAD.test(w) || VENUE_SUFFIX.test(w);
}

/** Nouns that make a phrase the target of an attack ("a rebel-held Damascus suburb"). */
const TARGET_HEAD = /^(?:prisoners|protesters|demonstrators|villagers|worshippers|suburbs?|outskirts|districts?|quarters?|neighbou?rhoods?|villages?|towns?|city|cities|camps?|hospitals?|clinics?|schools?|markets?|bakery|bakeries|home|homes|house|houses|enclave|area|areas|region|province|base|convoy|compound|prison|mosques?|buildings?|residents?|civilians)$/i;

/** Countries and demonyms-free country names: a country is not a city ("in France"). */
const COUNTRIES = new Set(
  (
    'Afghanistan,Albania,Algeria,Armenia,Australia,Austria,Azerbaijan,Bahrain,Belgium,Brazil,Bulgaria,Canada,China,Croatia,Cyprus,' +
    'Czechia,Denmark,Egypt,England,Estonia,Finland,France,Georgia,Germany,Greece,Hungary,India,Indonesia,Iran,Iraq,Ireland,Israel,' +
    'Italy,Japan,Jordan,Kazakhstan,Kuwait,Latvia,Lebanon,Libya,Lithuania,Luxembourg,Malaysia,Malta,Mexico,Morocco,Netherlands,' +
    'Norway,Oman,Pakistan,Palestine,Poland,Portugal,Qatar,Romania,Russia,Saudi Arabia,Scotland,Serbia,Slovakia,Slovenia,Spain,' +
    'Sudan,Sweden,Switzerland,Syria,Tajikistan,Tunisia,Turkey,Turkmenistan,Ukraine,United Kingdom,United States,Britain,Great Britain,' +
    'America,UK,US,USA,Uzbekistan,Venezuela,Wales,Yemen,Europe,Kurdistan,Iraqi Kurdistan,Gaza,Lebanon'
  ).split(','),
);
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|His|Her|Their|Its|Our|Mr|Mrs|Ms|Dr|Iranian|Syrian|French|German|British|American|English|Persian|Arabic)\.?$/;

/** Plural nouns for people, capitalised in the names of groups and days ("People’s", "Women’s", "Workers’"). */
const GROUP_NOUN = /^(?:People|Peoples|Women|Men|Workers|Children|Students|Martyrs|Mothers|Fathers|Veterans|Farmers|Teachers|Youth|Citizens|Nations|Prisoners)$/;

/** Capitalised words after a possessive that end as an organisation's or a day's name ("Mojahedin Organization"). */
const NAMED_AFTER = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Organi[sz]ation|Party|Union|Front|Movement|Council|Committee|Association|Federation|League|Alliance|Army|Day|Week|Month|Rights|Republic)\b/u;

const DATE_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** True when a name is a known country (not a city). */
export function isCountry(name: string): boolean {
  return COUNTRIES.has(name.replace(/^the\s+/i, ''));
}

export interface VenueMatch {
  /** The venue as written, without a leading "the" or a possessive city ("Iranian regime’s embassy", "Place de Trocadero"). */
  venue: string;
  /** The preposition it followed ("in front of", "outside", "at"). */
  prep: string;
  /** "the" when the text said "the …" before a common-noun venue. */
  determiner: string;
  /** A possessive city in front of the venue ("Paris’ Trocadero Square" → Paris). */
  city?: string;
  start: number;
  end: number;
}

const PREP_RE = /\b(in front of|outside of|outside|opposite|near|next to|across from|at|in|on|before|close to|by|from)\s+/gi;
const WORD_RE = /\s*([\p{L}\p{N}][\p{L}\p{N}’'.-]*[\p{L}\p{N}]|[\p{L}\p{N}])([’']s?)?/uy;
const NP_STOP = new Set('on to in with for by that which who where was were is are and or but as from at outside inside near opposite beside behind during after before since until of de du des la le del della von van der'.split(' '));
const NAME_CONNECTORS = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'von', 'van', 'der', 'the']);

/** Reads the noun phrase after a preposition: words up to a stop word or punctuation; "of/de" only inside names. */
function readNounPhrase(text: string, from: number): Array<{ w: string; start: number; end: number; poss: boolean }> {
  const words: Array<{ w: string; start: number; end: number; poss: boolean }> = [];
  WORD_RE.lastIndex = from;
  // Eight words, or up to twelve while a name goes on ("the Victor Hugo Hall of the French National Assembly").
  for (let m = WORD_RE.exec(text); m && words.length < 12; m = WORD_RE.exec(text)) {
    let w = m[1]!;
    const start = m.index + m[0].length - w.length - (m[2]?.length ?? 0);
    let poss = Boolean(m[2]);
    if (/[’']s$/u.test(w)) {
      w = w.slice(0, -2);
      poss = true;
    }
    const lower = w.toLowerCase();
    const cap = /^\p{Lu}/u.test(w);
    if (NP_STOP.has(lower) && !(lower === 'the' && words.length === 0)) {
      const next = /^\s+(?:(?:the|la|le|les|de|du|des|del|della|di|da|van|von|der|of)\s+)*(\p{Lu})/u.exec(text.slice(start + w.length));
      const prev = words[words.length - 1];
      const prevCap = prev !== undefined && (/^\p{Lu}/u.test(prev.w) || NAME_CONNECTORS.has(prev.w.toLowerCase()));
      if (!(NAME_CONNECTORS.has(lower) && next && prevCap)) break;
    }
    if (!cap && words.length >= 6) break;
    if (words.length >= 8 && !(cap || (NAME_CONNECTORS.has(lower) && /^\p{Lu}/u.test(words[words.length - 1]?.w ?? '')))) break;
    const end = m.index + m[0].length;
    words.push({ w, start, end, poss });
    WORD_RE.lastIndex = end;
    if (/^[,;:.!?()“”"]/u.test(text.slice(WORD_RE.lastIndex))) break;
  }
  return words;
}

/** Venues named in a text, in order. */
/** "the Assembly’s Victor Hugo Hall", "the Parliament’s main chamber": a building's or a body's own room, not a city's. */
function institutionNotCity(name: string): boolean {
  return isVenueHead(name) || /^(?:Assembly|Senate|Congress|Council|Parliament|Bundestag|Commission|Court|University|Museum|Ministry|Government|Regime)$/u.test(name) || TITLE_POSSESSOR.test(name);
}

/** "King’s Park", "Prince’s Meadow", "Martyrs’ Square": a title or a people's word owning a venue is no city. */
const TITLE_POSSESSOR = /^(?:Queen|King|Prince|Princess|Duke|Duchess|Lady|Lord|Saint|St\.?|Bishop|Martyrs?|People|Veterans?|Women|Children|Soldiers?|Heroes?)$/u;

/** Heads of bodies that act: after "by" they name a doer ("by the Prefectural Office", "by the city council"). */
const BODY_HEADS_AFTER_BY = /^(?:office|prefecture|ministry|council|court|tribunal|police|government|authorities|committee|commission|administration|department|agency)$/i;

export function findVenues(text: string): VenueMatch[] {
  const out: VenueMatch[] = [];
  for (const m of text.matchAll(PREP_RE)) {
    const prep = m[1]!.toLowerCase();
    // "a ban … was overturned by the Paris court", "organised by the council": after a participle "by" names a doer,
    // not a place beside which anything stood.
    if (prep === 'by' && /\b(?:\p{L}+ed|\p{L}+en|made|held|led|set|put|run|hit|shot|struck|brought|caught|paid|sent|told|won|kept|taught|thought)\s+$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const words = readNounPhrase(text, m.index + m[0].length);
    if (words.length === 0) continue;
    // "banning the July 1 demonstration by the Paris Prefectural Office": a body after "by" is who acted, not where.
    if (prep === 'by' && BODY_HEADS_AFTER_BY.test(words[words.length - 1]!.w)) continue;
    let i = 0;
    let determiner = '';
    let city: string | undefined;
    if (words[0]!.w.toLowerCase() === 'the') {
      determiner = 'the';
      i++;
    }
    const possessive = words[i];
    // "Paris’ Trocadero Square" names a city; "Prince’s Gate" (possessive + one head word) is the venue's own name.
    if (possessive?.poss && /^\p{Lu}/u.test(possessive.w) && !isCountry(possessive.w) && !institutionNotCity(possessive.w) && i + 2 < words.length) {
      city = possessive.w;
      i++;
    }
    const rest = words.slice(i);
    let headAt = -1;
    rest.forEach((w, k) => {
      if (isVenueHead(w.w)) headAt = k;
    });
    if (headAt < 0) continue;
    if (DATE_WORD.test(rest[0]!.w)) continue;
    // Keep capitalised words after the head ("Place de Trocadero", "Gate of Peace") but nothing lowercase.
    let last = headAt;
    // "Hall 7", "Terminal 2E": a number right after a capitalised head is part of the name.
    // ("outside Parliament Hill Tuesday": a weekday or a month after the name is when, not part of it.)
    while (
      last + 1 < rest.length &&
      !DATE_WORD.test(rest[last + 1]!.w) &&
      (/^\p{Lu}/u.test(rest[last + 1]!.w) || NAME_CONNECTORS.has(rest[last + 1]!.w.toLowerCase()) || (/^\p{N}+\p{Lu}?$/u.test(rest[last + 1]!.w) && /^\p{Lu}/u.test(rest[last]!.w)))
    )
      last++;
    while (last > headAt && NAME_CONNECTORS.has(rest[last]!.w.toLowerCase())) last--;
    const first = rest[0]!;
    const end = rest[last]!.end;
    let venue = text.slice(first.start, end).replace(/[’']s?$/u, '');
    let start = first.start;
    let vEnd = end;
    // "Paris’ renowned human rights square, Place de Trocadero": the appositive name is the venue.
    const appo = /^,\s*/.exec(text.slice(end));
    if (appo && !/^\p{Lu}/u.test(venue)) {
      const name = readProperPhrase(text, end + appo[0].length);
      if (name && name.text.split(/\s+/).length >= 2 && !/^(?:Mr|Mrs|Ms|Dr)\.?\s/.test(name.text)) {
        venue = name.text;
        start = name.start;
        vEnd = name.end;
        determiner = '';
      }
    }
    // A venue named after a person or group is fine, but a bare "house" or "office" in lower case is not a venue.
    if (!/\p{Lu}/u.test(venue) && !/embass|consulate|parliament|assembly|square|esplanade|plaza|place/i.test(venue)) continue;
    const match: VenueMatch = { venue, prep, determiner, start, end: vEnd };
    if (city) match.city = city;
    out.push(match);
  }
  return out;
}

/** Nouns whose "of X" names a city or town: "the city of X", "residents of X", "the outskirts of X". */
const OF_PLACE = /^(?:city|capital|town|village|quarter|district|neighbou?rhood|streets|outskirts|suburbs|centre|center)$/i;

/** Whether "of X" at `at` names a place: after a place noun, or "Residents of X" opening a clause (the people who acted). */
function ofPlace(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const noun = before.trim().split(/\s+/).at(-1) ?? '';
  if (OF_PLACE.test(noun)) return true;
  // "residents of Aleppo" elsewhere says where people are from, not where something happened.
  return /^(?:residents|inhabitants|people|citizens)$/i.test(noun) && /(?:^|[—–:;]\s*|\b(?:hundreds|thousands|dozens|scores)\s+of\s+)(?:the\s+)?\S+\s*$/iu.test(before);
}

/** A second word of a city's name that is a sentence opener, a weekday or a month ("Tarnow On", "Kesh Friday"). */
const NOT_NAME_SECOND_WORD = /\s(?:On|In|At|The|Of|And|For|With|By|From|To|As|After|Before|During|Since|Last|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Cities named in a text: "in Paris", "in downtown Tehran", "residents of Tabriz", "Paris’ …" (countries and months excluded). */
export function findCities(text: string): Array<{ city: string; start: number; end: number }> {
  const out: Array<{ city: string; start: number; end: number }> = [];
  // ("marched through Paris": a march's route runs through the city it was in.)
  const re = /\b(?:[Ii]n|[Nn]ear|[Oo]utside|of|(?<=\b(?:marched|marching|marches|march|walked|walking|paraded|parading|snaked|wound)\s)through)\s+(?:(?:downtown|central|northern|southern|eastern|western|the city of|the capital,?)\s+)?(\p{Lu}[\p{L}’']*(?:-[\p{L}\p{N}]+)*(?:\s\p{Lu}[\p{L}’']*(?:-[\p{L}\p{N}]+)*)?(?:\s(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez|ul)-\p{Lu}[\p{L}’']*)?)(?![\p{L}\p{N}’'-])/gu;
  for (const m of text.matchAll(re)) {
    // ("in Tarnow On Friday June 21": a full stop lost before the next sentence; its capitalised opener is no part of
    // the city's name.)
    const name = m[1]!.replace(NOT_NAME_SECOND_WORD, '');
    const start = m.index + m[0].length - m[1]!.length;
    const after = text.slice(start + name.length, start + name.length + 3);
    if (/^[’']/u.test(after)) continue;
    const first = name.split(/[\s-]/)[0]!;
    if (NOT_PLACE.test(first) || isCountry(name) || isCountry(first)) continue;
    // ("killed in Russian airstrikes", "in Turkish custody": a people's adjective before a common noun is no city.)
    if (!/\s/.test(name) && DEMONYMS.has(foldName(name))) continue;
    if (isVenueHead(name.split(/\s+/).at(-1) ?? '') || (/\s/.test(name) && isVenueHead(first))) continue;
    if (/^of$/i.test(m[0].trim().split(/\s+/)[0] ?? '') && !ofPlace(text, m.index)) continue;
    // An acronym ("in NCRI") or a name followed by a title ("in Mayor …") is not a city.
    if (/^\p{Lu}{2,}$/u.test(first)) continue;
    out.push({ city: name, start, end: start + name.length });
  }
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]+)[’'](?:s)?\s+(?=\p{Lu}|(?:[\p{L}-]+\s+){0,4}?(?:square|place|embassy|streets?|avenue|centre|center|city hall|town hall|esplanade|bridge|park|plaza|platz|gate|parliament|district)\b)/gu)) {
    const name = m[1]!;
    if (NOT_PLACE.test(name) || isCountry(name) || /^\p{Lu}{2,}$/u.test(name)) continue;
    // "the People’s Mojahedin Organization", "International Women’s Day", "the Workers’ Party": a group's or a day's
    // name, not a city's possessive.
    if (GROUP_NOUN.test(name) || NAMED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    if (institutionNotCity(name)) continue;
    out.push({ city: name, start: m.index, end: m.index + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The target of an attack after its trigger ("on a rebel-held Damascus suburb", "on their home"). */
export function findTarget(text: string, from: number, verb = false): { prep: string; target: string } | undefined {
  const m = /^\s*(?:by\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,4}?)?(on|of|against|targeting|in)\s+/iu.exec(text.slice(from, from + 120));
  // "shelled the village of …": a verb's direct object is its target.
  // "shelling hit the eastern quarter of …", "air strikes struck a market": the object of the hitting verb.
  const direct = m ? null : verb ? /^\s+(?=(?:the|a|an)\s)/i.exec(text.slice(from, from + 10)) : /^\s+(?:hit|struck|pounded|targeted|destroyed|damaged|levelled|leveled)\s+(?=(?:the|a|an|two|three|four|five|several)\s)/i.exec(text.slice(from, from + 30));
  if (!m && !direct) return undefined;
  const at = from + (m ? m[0].length : direct![0].length);
  const words = readNounPhrase(text, at);
  let headAt = -1;
  words.forEach((w, k) => {
    if (TARGET_HEAD.test(w.w)) headAt = k;
  });
  if (headAt < 0) return undefined;
  let end = words[headAt]!.end;
  const named = /^\s+of\s+(?=\p{Lu})/u.exec(text.slice(end));
  if (named) {
    const name = readProperPhrase(text, end + named[0].length);
    if (name) end = name.end;
  }
  const target = text.slice(words[0]!.start, end).replace(/^(?:their|his|her|its|our)\s+/i, 'a ');
  return { prep: m ? m[1]!.toLowerCase() : 'of', target };
}
