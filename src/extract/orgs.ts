/**
 * Organisation and group names read from capitalisation ("the National Council of Resistance of Iran (NCRI)",
 * "the “Syrian Revolution Coordination”"), and who a sentence says claims its facts ("according to X", "X reported").
 */

export interface Phrase {
  text: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'a', 'and', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'on', '&', 'in']);
const CAP_WORD = /^(?:\p{Lu}[\p{L}\p{N}’'./&-]*|\p{N}+[\p{L}]*)$/u;
const DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const BODY_BEFORE_AIM = /^(?:Association|Committee|Campaign|Coalition|Society|Alliance|Council|Movement|League|Foundation|Fund|Network|Initiative|Organi[sz]ation|Union|Federation|Centre|Center|Group)$/;
const OPEN_QUOTES = /^[\s“"‘'«]+/u;

/**
 * Reads a proper-noun phrase starting at `from` (after an optional "the" and opening quote):
 * capitalised words joined by of/for/and/de…, with a trailing acronym in parentheses.
 */
export function readProperPhrase(text: string, from: number): Phrase | undefined {
  let pos = from;
  const lead = /^\s*(?:the\s+)?[“"‘«]?\s*/iu.exec(text.slice(pos));
  if (lead) pos += lead[0].length;
  const re = /\s*([\p{L}\p{N}][\p{L}\p{N}’'./&-]*|&|\([\p{Lu}\p{N}/&.-]{2,}\))/uy;
  const words: Array<{ w: string; start: number; end: number }> = [];
  re.lastIndex = pos;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[1]!;
    const start = m.index + m[0].length - w.length;
    const isAcronymParen = w.startsWith('(');
    if (isAcronymParen) {
      if (words.length === 0) break;
      words.push({ w, start, end: start + w.length });
      break;
    }
    // "the village of Tal Wardan on Tuesday": a date word after a connector is not part of the name.
    if (DATE_WORD.test(w.replace(/[.]+$/, '')) && words.length > 0 && CONNECTORS.has(words[words.length - 1]!.w.toLowerCase())) break;
    if (CAP_WORD.test(w)) words.push({ w, start, end: start + w.length });
    else if (CONNECTORS.has(w.toLowerCase()) && words.length > 0) words.push({ w, start, end: start + w.length });
    // "the Association to Defend Freedom & Rights in Vessia", "Committee to Protect …": a body named by its aim, "to"
    // and a capitalised verb after the body's noun.
    else if (w === 'to' && BODY_BEFORE_AIM.test(words[words.length - 1]?.w ?? '') && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(start + w.length))) words.push({ w, start, end: start + w.length });
    else break;
    re.lastIndex = start + w.length;
    // Stop at a comma or sentence end: the next word belongs to another phrase.
    if (/^[,;:.!?”"’)]/.test(text.slice(start + w.length).replace(/^(?:’s|'s)/, ''))) {
      if (!/^\s*\(/.test(text.slice(start + w.length))) break;
    }
  }
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.w.toLowerCase())) words.pop();
  if (words.length === 0) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  let end = last.end;
  // Drop a trailing full stop that ends the sentence rather than an abbreviation.
  let phraseText = text.slice(first.start, end).replace(/[’']s$/u, '');
  if (/\.$/.test(phraseText) && !/\b\p{Lu}\.$/u.test(phraseText)) phraseText = phraseText.slice(0, -1);
  end = first.start + phraseText.length;
  return { text: phraseText, start: first.start, end };
}

const SAY_VERB = String.raw`(?:told\s+(?:reporters|journalists|the\s+press|(?:the\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,3})|reported|reports|said|says|say|stated|announced|estimated|estimates|claimed|claims|claim|confirmed|documented|recorded|identified|counted|registered|verified|put the (?:death )?toll at|put (?:the|its|their) (?:number|tally|count|total|figure) of|(?:documented|recorded|confirmed|counted|registered)\s+(?:the\s+)?(?:deaths?|killings?|arrests?|executions?)\s+of|(?:released|published|issued)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:report|research|study|investigation)\s+(?:on|into|about|detailing|documenting)(?:\s+the)?)`;
/** A lowercase description ending in what kind of body it is ("civil defence group", "a Britain-based monitor"). */
const ORG_NOUN_END = /\b(?:group|organi[sz]ation|monitor|watchdog|agency|network|committee|council|centre|center|service|services|office|ministry|body|campaign|coalition|association|union|society|observatory|charity|ngo)\s*[.;]?$/iu;
/** "The X, a Britain-based monitor, put the death toll at 41": a subject with an appositive before the claim verb. */
const APPOSITIVE_CLAIM = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}\p{N}’'/&.-]*)(?:\s+(?:of|for|the|and|de|\p{Lu}[\p{L}\p{N}’'/&.-]*|\([\p{Lu}/]+\)))*),\s+(?:a|an|the)\s+[^,;]{1,60}?,\s+(?:has\s+|have\s+|had\s+)?(?:so far\s+|also\s+|already\s+|now\s+)?SAYV\b`.replace('SAYV', SAY_VERB),
  'u',
);
/** "The Ministry, in a statement to the Ledger, said …": an aside opened by a preposition between a body and its verb. */
const ASIDE_CLAIM = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}\p{N}’'/&.-]*)(?:\s+(?:of|for|the|and|de|\p{Lu}[\p{L}\p{N}’'/&.-]*|\([\p{Lu}/]+\)))*),\s+(?:in|on|at|during|speaking\s+to|writing\s+to|quoted\s+by)\s+[^,;]{1,60}?,\s+(?:has\s+|have\s+|had\s+)?(?:so far\s+|also\s+|already\s+|now\s+)?SAYV\b`.replace('SAYV', SAY_VERB),
  'u',
);
const SUBJECT_CLAIM = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}\p{N}’'/&.-]*|\([\p{Lu}/]+\))(?:\s+(?:of|for|the|and|de|\p{Lu}[\p{L}\p{N}’'/&.-]*|\([\p{Lu}/]+\)))*)\s+(?:has\s+|have\s+|had\s+)?(?:so far\s+|also\s+|already\s+|now\s+)?${SAY_VERB}\b`,
  'u',
);

/** When a claim was made, between its verb and what it says ("said on Monday that", "reported last week"). */
const SAID_WHEN = String.raw`(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|yesterday|today|in\s+a\s+(?:statement|report)))?`;

/** The words that may stand between a claim and its number ("said at least 300"). */
const AMOUNT_LEAD = String.raw`(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to)\s+)?`;

/** What kind of body a name is, in lower case after it ("the White Shield rescue service put the toll at 41"). */
const BODY_KIND = String.raw`(?:group|service|services|agency|monitor|organi[sz]ation|network|committee|council|office|ministry|observatory|watchdog|charity|campaign|coalition|alliance|association|union|society|ngo|judiciary)`;

/** A weekday between a claimant and its verb ("the judiciary on Monday claimed", "Amnesty late on Friday said"). */
const CLAIM_DAY = new RegExp(
  String.raw`\s+(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?(?=\s+(?:has\s+|have\s+|had\s+)?${SAY_VERB})`,
  'gu',
);

/**
 * The text with the day of a claim set between its claimant and its verb taken out: the day is when the claim was
 * made (read by `claimDate`), never who made it ("Varnia's judiciary on Monday claimed that 812 …" is the judiciary's).
 */
function withoutClaimDay(text: string): string {
  return text.replace(CLAIM_DAY, '');
}

/**
 * "… than the tally of the Caspian Monitor, which has documented that 212 protesters were killed" / "The ministry said
 * 18 died, while the Monitor reported 212": a body named with its claim verb just before a figure, in the figure's own
 * clause, is who states that figure, whoever else the sentence credits first; and of a part of it told after
 * ("…, including 14 children"). `before`: the sentence up to the figure.
 */
const CLAIM_JUST_BEFORE = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}\p{N}’'/&.-]*|\([\p{Lu}/]+\))(?:\s+(?:of|for|the|and|de|\p{Lu}[\p{L}\p{N}’'/&.-]*|\([\p{Lu}/]+\)))*(?:\s+(?:province|county|district|region|governorate)(?=\s))?)(?:\s+(?:[\p{Ll}-]+\s+){0,2}?${BODY_KIND})?(?:,\s+(?:which|who))?\s+(?:has\s+|have\s+|had\s+)?(?:so far\s+|also\s+|already\s+|now\s+)?${SAY_VERB}${SAID_WHEN}(?:\s+that)?\s+(?:[^;:.!?]{1,120}?,?\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+)?${AMOUNT_LEAD}$`,
  'u',
);

/** The same with a body written in lower case, named by what kind of body it is ("the city council said 40 …"). */
const LOWER_CLAIM_JUST_BEFORE = new RegExp(
  String.raw`(?<![\p{L}’'])(?:the\s+)?((?:(?!(?:while|whereas|and|but|or|the|a|an|of|in|on|at|to|that|which|who|as|when|after|before|by|from|with)\s)[\p{Ll}-]+\s+){0,3}(?:group|organi[sz]ation|monitor|watchdog|agency|network|committee|council|ministry|office|observatory|judiciary|government|police|officials?|authorities|activists|organi[sz]ers|Police|Officials|Authorities|Activists|Organi[sz]ers))\s+(?:has\s+|have\s+|had\s+)?(?:so far\s+|also\s+|already\s+|now\s+)?${SAY_VERB}(?:\s+that)?\s+${AMOUNT_LEAD}$`,
  'u',
);

/** "Police in Kelmark said about 12,000 …": a body of a town, named before the town, is the claimant ("Kelmark police"). */
const BODY_IN_TOWN_JUST_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(Police|Officials|Authorities|Organi[sz]ers|Activists|Prosecutors|Medics|Rescuers)\s+in\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}?)(?:has\s+|have\s+|had\s+)?(?:so far\s+|also\s+|already\s+|now\s+)?${SAY_VERB}${SAID_WHEN}(?:\s+that)?\s+${AMOUNT_LEAD}$`,
  'u',
);

/** "with police estimating the number of protesters at about 700": who puts a number at the amount that follows. */
const ESTIMATE_JUST_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}?(?:[\p{L}-]+\s+){0,2}?(?:police|organi[sz]ers|authorities|officials|activists|[Pp]olice|[Oo]rgani[sz]ers|\p{Lu}[\p{L}’'.-]*))\s+(?:(?:has|have|had)\s+)?(?:(?:now|also|later|initially|earlier|then)\s+)?(?:estimat(?:ed|ing|es?)|put(?:s|ting)?|plac(?:ed|ing|es))\s+(?:the\s+|its\s+|their\s+)?(?:number|toll|figure|count|total|turnout|crowd|attendance)(?:\s+(?:of\s+)?[\p{L}\s-]{1,50}?)?\s+at\s+(?:(?:about|around|some|nearly|more\s+than|over|at\s+least|up\s+to)\s+)?$`,
  'u',
);

/** "The organisers, the Coalition for a Free Valdor, said 40,000 …": a body named in apposition to who it is. */
const NAMED_IN_APPOSITION_JUST_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he\s+)?(organi[sz]ers|police|authorities|officials|activists|monitor|group)\s*,\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|for|the|and|a|an|in|\p{Lu}[\p{L}’'.-]*))*)\s*,\s+(?:has\s+|have\s+|had\s+)?(?:so far\s+|also\s+|already\s+|now\s+)?${SAY_VERB}${SAID_WHEN}(?:\s+that)?\s+${AMOUNT_LEAD}$`,
  'u',
);

export function claimantJustBefore(before: string): string | undefined {
  const who = claimedJustBefore(withoutClaimDay(before));
  // "X was the commander of the Revolutionary Guard and said that …": the verb is X's, not the Guard's.
  return who && /\s(?:and|or)$/.test(who) ? undefined : who;
}

/**
 * A word every pattern below needs somewhere before the number (a verb of saying, or of putting a number at): a prefix
 * without one is none of them, and is not run through five patterns anchored at its end (each tried from every position).
 */
const CLAIM_VERB_SOMEWHERE = /\b(?:reports?|reported|said|says?|stated|announced|estimat|claim|confirmed|documented|recorded|identified|counted|registered|verified|put|plac|released|published|issued)|(?<![\p{L}])(?:fait\s+état|indiqué|annoncé|recensé|dénombré|compté|estimé|déclaré|affirmé|rapporté)/u;

/**
 * "les autorités de Varn ont fait état de trois décès", "la préfecture a recensé 2 500 …": a French body in lower case
 * and its verb of counting right before the number.
 */
const FRENCH_LOWER_CLAIM_JUST_BEFORE =
  /(?<![\p{L}])(?:les|la|le|l['’])\s*((?:autorités|police|organisateurs|préfecture|ministère|gouvernement|secouristes|médecins|hôpitaux)(?:\s+(?:de\s+police|\p{Ll}+))?)\s+(?:ont|a|avaient|avait)\s+(?:fait\s+état\s+d(?:e\s+|['’])|indiqué\s+|annoncé\s+|recensé\s+|dénombré\s+|compté\s+|estimé\s+|déclaré\s+|affirmé\s+|rapporté\s+)(?:au\s+moins\s+|plus\s+de\s+|environ\s+|près\s+de\s+)?$/u;

function claimedJustBefore(before: string): string | undefined {
  if (!CLAIM_VERB_SOMEWHERE.test(before)) return undefined;
  const french = FRENCH_LOWER_CLAIM_JUST_BEFORE.exec(before);
  if (french?.[1]) return french[1];
  const named = NAMED_IN_APPOSITION_JUST_BEFORE.exec(before);
  if (named?.[1] && named[2]) return `the ${named[1].toLowerCase()}, ${named[2].trim()}`;
  const town = BODY_IN_TOWN_JUST_BEFORE.exec(before);
  if (town?.[1] && town[2]) return `${town[2].trim()} ${town[1].toLowerCase()}`;
  const put = ESTIMATE_JUST_BEFORE.exec(before);
  if (put?.[1]) {
    const who = put[1].trim().replace(/^(?:with|while|and|as|the|The|With|While|And|As)\s+/u, '').replace(/^(?:the|The)\s+/u, '');
    if (who && !/^(?:He|She|They|It|We|I|he|she|they|it|we)$/u.test(who)) return who.replace(/^(Police|Officials|Authorities|Activists|Organi[sz]ers)$/, (w) => w.toLowerCase());
  }
  const lower = LOWER_CLAIM_JUST_BEFORE.exec(before);
  if (lower?.[1]) {
    // "the Shabha Press news agency said", "Berlin police said": the name before what kind of body it is.
    const named = /((?:\p{Lu}[\p{L}\p{N}’'.-]*\s+)+)$/u.exec(before.slice(0, lower.index + lower[0].indexOf(lower[1])))?.[1]?.trim().replace(/^(?:The|A|An|While|And|But)(?:\s+|$)/, '');
    // ("Organisers claim 25,000 …": the sentence's capital is no name's.)
    return named ? `${named} ${lower[1]}` : lower[1].replace(/^(Police|Officials|Authorities|Activists|Organi[sz]ers)\b/, (w) => w.toLowerCase());
  }
  const m = CLAIM_JUST_BEFORE.exec(before);
  if (!m?.[1]) return undefined;
  const name = withDescribedBody(before.slice(0, m.index), withBodyBefore(before.slice(0, m.index), m[1])).replace(/^(?:The|A|An)\s+/, '').trim();
  // ("A human-rights group said …": an article alone is no name.)
  if (!name || /^(?:He|She|They|It|We|I|You|A|An|The)$/i.test(name)) return undefined;
  return name;
}

/** Words opening a clause before a body's name ("Where the Observatory documented …"): no part of the name. */
export const CLAUSE_OPENERS = 'Where|When|While|Whereas|As|After|Before|Since|Meanwhile|However|Also|And|But|Then|Yet|Now|So|Today|Yesterday';
const CLAUSE_OPENER = new RegExp(`^(?:${CLAUSE_OPENERS})\\s+(?=\\p{Lu})`, 'u');

/** A body's name that runs on over "in" ("the Center for Human Rights in Iran said"): the name read before it, else `name`. */
const BODY_BEFORE_IN = /((?:\p{Lu}[\p{L}\p{N}’'/&.-]*)(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}\p{N}’'/&.-]*))*\s+(?:Rights|Center|Centre|Committee|Council|Campaign|Network|Association|Organi[sz]ation|League|Society|Foundation|Institute|Office|Observatory|Watch))\s+in\s+$/u;
/**
 * A body or office in lower case before the place it is of ("the judiciary in Dorvan said", "the governor of Kelm
 * province said", "residents of the town said"): the place alone is no claimant.
 */
const LOWER_BODY_BEFORE_PLACE = /(?:^|[\s(])((?:the\s+|The\s+)?(?:(?!(?:of|in|the|a|an|and|or|for|to|at|on|by|with|from)\s)[\p{Ll}-]+\s+){0,2}(?:judiciary|court|courts|prosecutor|prosecutors|governor|governorate|mayor|police|officials|authorities|council|ministry|office|hospital|hospitals|morgue|coroner|judge|sources|activists|residents|witnesses|doctors|medics|lawyers|families|relatives|workers|prison|administration|municipality))\s+(in|of)\s+$/u;
function withBodyBefore(before: string, name: string): string {
  const b = BODY_BEFORE_IN.exec(before);
  if (b?.[1]) return `${b[1]} in ${name}`;
  const lower = LOWER_BODY_BEFORE_PLACE.exec(before);
  return lower?.[1] && lower[2] ? `${lower[1].replace(/^The\s+/, 'the ')} ${lower[2]} ${name}` : name;
}

/** A body described in lower case before its acronym ("the UN humanitarian office (OCHA) said"). */
const DESCRIBED_BODY = /((?:\p{Lu}[\p{L}\p{N}’'/&.-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,3}(?:group|organi[sz]ation|monitor|watchdog|agency|network|committee|council|centre|center|service|office|ministry|body|coalition|association|union|society|observatory|charity|mission|commission|fund|programme|program))\s+$/u;

/**
 * "The UN humanitarian office (OCHA) said …": a claimant read as its bare acronym in brackets is the body the words before
 * it describe ("UN humanitarian office (OCHA)"), or the acronym alone when none does ("OCHA").
 */
function withDescribedBody(before: string, name: string): string {
  if (!/^\([\p{Lu}/]+\)$/u.test(name)) return name;
  const d = DESCRIBED_BODY.exec(before);
  return d?.[1] ? `the ${d[1].replace(/^(?:The|A|An)\s+/, '')} ${name}` : name.slice(1, -1);
}

/** Who the sentence says claims its facts: "according to X", "X reported/said/identified …"; undefined when none. */
export function findClaimant(text_: string): string | undefined {
  const text = withoutClaimDay(text_);
  // (French and German reports say "selon X", "d'après X", "laut X".)
  const acc = /\baccording to\s+/i.exec(text) ?? /(?<![\p{L}])(?:[Ss]elon|[Dd]['’]après|[Ll]aut)\s+(?=\p{Lu})/u.exec(text);
  if (acc) {
    const rest = text.slice(acc.index + acc[0].length);
    const segments = rest.split(/,\s*(?:also known as[^,]*,\s*)?/).slice(0, 3);
    for (const seg of segments) {
      const p = readProperPhrase(seg, 0);
      const bare = seg.replace(OPEN_QUOTES, '').replace(/^the\s+/i, '').trim();
      if (p && p.start <= seg.length - bare.length + 1 && bare.length - (p.end - p.start) <= 2) return p.text;
      // "the White Helmets civil defence group": the name before a lowercase description of what it is.
      if (p && p.start <= seg.length - bare.length + 1 && /^\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+\s*[.;]?\s*$/u.test(seg.slice(p.end)) && ORG_NOUN_END.test(seg.trim())) return p.text;
    }
    const first = segments[0]?.trim().replace(/[.;]$/, '');
    if (first && first.split(/\s+/).length <= 5) return first.replace(/^the\s+/i, '');
  }
  const app = APPOSITIVE_CLAIM.exec(text);
  if (app?.[1]) {
    const name = app[1].replace(CLAUSE_OPENER, '').replace(/^(?:The|A|An)\s+/, '').trim();
    if (name.split(/\s+/).length > 1 || /^\p{Lu}{2,}/u.test(name)) return name;
  }
  const aside = ASIDE_CLAIM.exec(text);
  if (aside?.[1]) {
    const name = aside[1].replace(CLAUSE_OPENER, '').replace(/^(?:The|A|An)\s+/, '').trim();
    if (name.split(/\s+/).length > 1 || /^\p{Lu}{2,}/u.test(name)) return name;
  }
  const m = SUBJECT_CLAIM.exec(text);
  if (m?.[1]) {
    const name = withDescribedBody(text.slice(0, m.index), withBodyBefore(text.slice(0, m.index), m[1])).replace(CLAUSE_OPENER, '').replace(/^(?:The|A|An)\s+/, '').trim();
    if (name && !/^(?:Over|More|At|Nearly|Some|About|He|She|They|It|We|I)$/.test(name)) return name;
  }
  // "…, local activists said." / "…, the rescue group said.": a trailing attribution names a source without capitals.
  const tail = /,\s+((?:the\s+)?[\p{Ll}][\p{L}\s-]{2,40}?)\s+(?:said|say|says|reported|estimated|told\s+(?:reporters|journalists|\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,3}))\s*\.?$/u.exec(text.trim());
  if (tail?.[1] && !/^(?:he|she|they|it|we|i)$/i.test(tail[1])) return tail[1].replace(/^the\s+/i, '');
  // "The observatory logged 3,893 deaths", "the group added that …", "the monitor went on to say …": a body
  // referred back to (its name is found before it, see `namedBefore`).
  const back = /(?:^|[,;]\s+)the\s+((?:rights\s+|activist\s+)?(?:observatory|group|monitor|organi[sz]ation|agency|watchdog|ngo))\s+(?:said|says|logged|reported|recorded|documented|counted|estimated|added|adds|noted|went\s+on\s+to\s+say)\b/i.exec(text);
  if (back?.[1]) return back[1].toLowerCase();
  // "…, said the opposition Syrian Observatory for Human Rights, which has …": the verb before the body's name.
  const after = /,\s+(?:said|reported|added|according to)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}\p{N}’'/&.-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}\p{N}’'/&.-]*))*)/u.exec(text);
  // (The sentence's full stop is no part of the name: "…, said Ana Holm." — an initial's is: "U.S.")
  if (after?.[1] && after[1].split(/\s+/).length >= 2) return after[1].replace(/\s+(?:of|for|the|and)$/, '').replace(/(?<=\p{Ll}{2})\.$/u, '');
  return undefined;
}
