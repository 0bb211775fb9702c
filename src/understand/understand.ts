import { frenchQuestionInEnglish } from './french-question.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { ConversationContext, EventKind, Intent, IntentKind, Measure, Speaker } from '../domain/types.ts';
import { inVocab, lexiconOf, officesWrittenOut, respelledNames, sourceAsWritten } from './lexicon.ts';
import { measureOf } from './measures.ts';
import { matchPeople } from './people.ts';
import { parseQuestionRange } from './question-dates.ts';
import { fold, similarWord, stem, STOP, words } from './text.ts';
import { analyseQuestionFor, asksPartOfNamed, asksTotal, countOnlyTalkedOf, PLACE_OR_TIME_AFTER_ABOUT, PRISON_TERM, SUCCESSOR_ASKED, TERM_ASKED, withSubject, type QuestionTerm } from './analyse-question.ts';
import { isFunctionWord, keyOf, tokenize } from './vocabulary.ts';

/**
 * "who held the briefing", "who ran the event", "who gave the keynote": a question opening on a deed in an irregular
 * past tense asks who did it, never who the person named later in the question is.
 */
const PAST_DEED = /^who (?:said|says|told|tells|held|ran|gave|made|took|brought|sent|wrote|met|won|set up|put on|began|chose|drew|drove|found|founded|kept|paid|saw|sold|stood|taught|threw|built|fought|caught|bought|fled|hung|beat|became|shot|hit|struck|stabbed|slew|led|let|cut|bit|sought|swore|tore|wore|broke|opened|closed|chaired|hosted|convened|welcomed|introduced)\b/;

/** Questions longer than this are cut before processing (a Discord message can be 4,000 characters). */
export const MAX_QUESTION_CHARS = 500;

/** Strips Discord mentions, control characters and emoji, collapses spaces and truncates. */
export function cleanQuestion(raw: string, isPlace?: (folded: string) => boolean): string {
  // (The last question cleaned, per judge of places: a question is cleaned again by each step that reads it.)
  const last = isPlace ? CLEANED.get(isPlace) : cleanedPlain;
  if (last?.raw === raw) return last.clean;
  const got = { raw, clean: plainQuestion(tidied(raw), isPlace) };
  if (isPlace) CLEANED.set(isPlace, got);
  else cleanedPlain = got;
  return got.clean;
}

const CLEANED = new WeakMap<(folded: string) => boolean, { raw: string; clean: string }>();
let cleanedPlain: { raw: string; clean: string } | undefined;

/** A date between "the" or a possessive and a document's noun ("the group's May 2020 report", "its 2019 annual report"). */
const DATED_DOCUMENT =
  /((?:['’]s|\bthe|\bits|\btheir)\s+)(?:(?:early|late|mid)[\s-]+)?(?:(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(?:19|20)\d{2}\s+(?=(?:annual\s+|special\s+|press\s+)?(?:report|statement|release|bulletin|briefing|study|update)s?\b)/gi;

/** A question asking a day ("when …", "on what date …", "what day …"). */
const DAY_ASKED = /\b(?:when|what date|which date|what day|which day)\b/i;

/** Street words users shorten. */
const FULL_STREET: Record<string, string> = { st: 'street', sq: 'square', ave: 'avenue', rd: 'road' };
/** French nouns of places a question asks with "quelle" ("dans quelle ville"), in the English words it is read in. */
const FRENCH_PLACE_NOUNS: Record<string, string> = { ville: 'town', localite: 'town', commune: 'town', province: 'province', region: 'region', prison: 'prison', pays: 'country', quartier: 'district', lieu: 'place' };
const FRENCH_WHICH_PLACE = /(?<![\p{L}])(?:(dans|en|à)\s+)?quel(?:le)?\s+(ville|localité|commune|province|région|prison|pays|quartier|lieu)(?![\p{L}])/giu;

/** A year written with two digits, in full: up to 30 in this century, the rest in the last ("88" → 1988). */
function fullYear(yy: string): string {
  return String((Number(yy) <= 30 ? 2000 : 1900) + Number(yy));
}

function tidied(raw: string): string {
  return String(raw ?? '')
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/<(@[!&]?|#)\d+>/g, ' ')
    .replace(/@(everyone|here)\b/g, ' ')
    .replace(/<a?:\w+:\d+>/g, ' ')
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]/gu, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    // "who drafted it lol", "pls who spoke": chat words say nothing a report must hold.
    // (As typed in lower case: "the IMO", "FYI" may be names.)
    .replace(/(?<![\p{L}'’-])(?:lol|lmao|lmfao|rofl|pls|plz|thx|tbh|btw|idk|imo|fyi|ngl|LOL|LMAO)(?![\p{L}'’-])[.!]*/gu, ' ')
    .replace(/\s+/g, ' ')
    // "who else spoke at …", "which other people addressed …": more of the people asked (those set aside are said by
    // "besides X"); "else" is no word a report must hold.
    .replace(/\b(who|whom)\s+else\s+(?=(?:spoke|speaks|addressed|attended|joined|took part|was|were|is|are|gave|did)\b)/gi, '$1 ')
    // "the 6,000-strong protest": the number sizes the crowd; "strong" is no word a report must hold.
    .replace(/(\d[\d.,]*)[-‐]strong\b/g, '$1')
    // "how many people from one family": the members of that family are counted, not everyone killed.
    .replace(/\bhow many (?:people|persons|civilians) (?:from|of|in) (one|a|a single|the same) (family|household)\b/gi, 'how many members of $1 $2')
    // "the LA City Hall rally", "in NYC": a city's initials, as users write them, stand for its name (upper case only:
    // "la" is a word of French).
    .replace(/(?<![\p{L}.])(?:LA|L\.A\.)(?![\p{L}])/gu, 'Los Angeles')
    .replace(/(?<![\p{L}.])NYC(?![\p{L}])/gu, 'New York')
    // "the dc march": the capital's initials alone, as users write them, stand for Washington ("Washington, D.C." keeps
    // its own name).
    .replace(/(?<![\p{L}./])(?<!washington,?\s*)(?:dc|d\.c\.)(?![\p{L}/])/giu, 'Washington')
    // "whose daughter is X, one of the speakers?": X's relation is what X is said to be ("daughter of …").
    // (Only a name: "whose son was killed in the crackdown?" asks whose.)
    .replace(/^whose\s+(?:daughter|son|wife|husband|widow|widower|mother|father|sister|brother|niece|nephew|child|grandson|granddaughter)\s+(?:is|was)\s+(\p{Lu}[^,?]{2,}?)\s*(?:,.*)?\??$/iu, (all: string, who: string) => (/\b\p{Ll}+(?:ed|en)\b/u.test(who) ? all : `who is ${who}?`))
    // "what was the police estimate for the march?": the crowd by the police's estimate, as "according to" asks it.
    .replace(/^(?:and\s+)?what(?:['’]s| is| was| were)\s+the\s+(police|organi[sz]ers['’]?)\s+(?:estimate|count|figure|number)s?\s+(?:for|of)\s+(?:the\s+crowd\s+at\s+)?(?:the\s+)?(.{4,}?)\s*\??$/i, (all: string, who: string, what: string) =>
      // ("the police count of arrests in X" counts arrests, not a crowd.)
      COUNTED_TOPIC.test(what) ? all : `how many people attended the ${what}, according to the ${who.toLowerCase().replace(/['’]$/, '')}?`,
    )
    .replace(WHAT_ABOUT, whatAboutAsked)
    // "the '88 killings", "how many died in 88 per the panel": a year as chat shortens it, written out (up to 30 in this
    // century, the rest in the last). (Bare, only after "in", "since", "during" … and before the question's end or the
    // source it names: "in 88 towns" counts towns, "out of 30?", "in 12 and 13 cities", "from 10 to 15 years" are no years.)
    .replace(/(?<![\p{L}\p{N}'’])['’‘](\d{2})(?![\p{L}\p{N}'’])/gu, (_, yy: string) => fullYear(yy))
    .replace(/\b(in|since|during|until|till)\s+(\d{2})(?=\s*(?:[?!.;]|$)|\s*,?\s+(?:per|according|by|at|when)\b)/gi, (_, lead: string, yy: string) => `${lead} ${fullYear(yy)}`)
    // Chat shorthand: "ppl", "folks", "w/ X", "w/o", "cops" in the words reports use.
    .replace(/\b(?:ppl|folks)\b/gi, 'people')
    // "wat did X say abt the strike": "about" as chat writes it.
    .replace(/\babt\b/gi, 'about')
    // "acording to ihr", "accordin to", "acc to amnesty": "according to" as users mistype or shorten it, so the source
    // it names is asked (read as a plain word, the source was dropped and any body's figure answered).
    .replace(/\b(?:a+c+o+r+d+i*n*g*|acc\.?)(?=\s+to\b)/gi, 'according')
    // "the australian govt": the government, as chat writes it.
    .replace(/\b(?:govt|gov['’]t|gvt)\b\.?/gi, 'government')
    // "how many intl organisations", "the natl council": "international", "national" as chat shortens them.
    .replace(/\b(?:intl|int['’]l)\b\.?/gi, 'international')
    .replace(/\bnatl\b\.?/gi, 'national')
    // "how many minors did the league count among the dead": the part of the dead asked, by the body that counted them
    // as "according to" asks it (read as a deed of that body, "count among", no report's sentence held it). (Only
    // "among the dead": "how many executions did X count in 2023" is answered as asked.)
    .replace(BODY_COUNTED, (all: string, head: string, who: string, _among: string, rest: string) =>
      /^(?:you|we|they|he|she|it|i|people|ppl|protesters)$/i.test(who.trim()) ? all : `${head} were among the dead${rest ? ` ${rest.trim()}` : ''}, according to ${who}?`,
    )
    // "wat did X say", "wht was …": "what" as chat writes it, before the verb it asks with.
    .replace(/(?<![\p{L}'’-])(?:wat|wht|wut)(?=\s+(?:did|does|do|was|were|is|are|has|have|had)\b)/giu, 'what')
    // "lena vogt what did she say in brenn", "vosk - what did she tell the crowd": the person named first is the
    // one the pronoun stands for.
    // ("tomas reuter in kessel what did he say": the place named after the person is where the words were said; "in
    // berlin what did she say", "tell me what did she say", "hmm vosk …" name no one first.)
    .replace(FRONTED_SPEAKER, (all: string, who: string, aux: string, verb: string) => {
      if (QUESTION_WORD.test(who) || NOT_SOMEONE_FIRST.test(who)) return all;
      const [name, place] = who.trim().split(/\s+(?=(?:in|at|from|on|during)\s)/i);
      return `what ${aux} ${name} ${verb}${place ? ` ${place}` : ''}`;
    })
    .replace(/(?<![\p{L}])w\/o(?=\s)/giu, 'without')
    .replace(/(?<![\p{L}])w\/(?=\s)/giu, 'with')
    // "the syrian guy that spoke", "that lady from the council": a person, as chat calls one ("Guy" is also a first
    // name a report writes; only after a determiner, in lower case, is the word no name).
    .replace(/\b((?:(?:the|a|an|that|this|some|one)(?:\s+[\p{Ll}-]+){0,2}?|which|what)\s+)(guy|dude|bloke|chap|fella|lady|gal)(s?)\b/gu, (_, lead: string, word: string, plural: string) => `${lead}${/^(?:lady|gal)$/.test(word) ? (plural ? 'women' : 'woman') : plural ? 'men' : 'man'}`)
    // "how many ppl turned up", "how many rocked up": a crowd coming, in the words the readers of counts know.
    .replace(/\b(?:turn(?:ed|s|ing)?|rock(?:ed|s)?|roll(?:ed|s)?)\s+up\b/gi, (all: string, _at: number, whole: string) => (/\bhow\s+many\b/i.test(whole) ? 'turned out' : all))
    // "how many ppl were at the harbour gate in jan 2031": people there, as a crowd gathered (a count with no verb of its
    // own, dated, had found no deed to date).
    // (Only at a place: "were at the Lindau rally" names the occasion, whose own reports tell its crowd in their words.)
    .replace(/^((?:and\s+|so\s+)?how\s+many\s+(?:people|persons|protesters|demonstrators|supporters|exiles|[a-z]+(?:ians|ans|ese|is))\s+)(?:were|was)\s+(?=(?:at|outside|in\s+front\s+of|near|on)\s)/i, (all: string, lead: string, _at: number, whole: string) =>
      OCCASION_WORD.test(whole) ? all : `${lead}gathered `,
    )
    // "whats vosk's quote from the rally", "what was the quote from Lena Vosk at the vigil": what that person said.
    .replace(WORDS_OF_SOMEONE, (all: string, owner: string | undefined, from: string | undefined, rest: string) => {
      const who = (owner ?? from ?? '').trim();
      return /^(?:the|a|an|this|that|his|her|their|its)$/i.test(who) ? all : `what did ${who} say ${rest.replace(/^from\s+(?=the\b)/i, 'at ')}`.trim();
    })
    // "what did vosk post on her channel", "what has the mayor posted online": words put online, asked as "write" (as a
    // noun, "what post did X hold", the word asks an office; here it follows the one whose words are asked).
    .replace(POSTED_WORDS, '$1write')
    .replace(/\bcops\b/gi, 'police officers')
    .replace(/\bcop\b/gi, 'police officer')
    // "the us delegation", "the un envoy": after an article, "us" and "un" typed in lower case are the country and the
    // organisation (the pronoun never follows "the").
    .replace(/\b(the|an?)\s+(us|un)(?=\s+\p{Ll}{3,})/giu, (_, article: string, initials: string) => `${article} ${initials.toUpperCase()}`)
    // "algeria ex-PM", "the PM": a prime minister as chat writes it (in capitals only: "5 pm" is an hour).
    .replace(/\b[Ee]x[- ]PM\b/g, 'former prime minister')
    .replace(/(?<!\d\s?)\bPM\b/g, 'prime minister')
    // "who ran the Lindenplatz rally?": who organised it (not "who ran for office", "who ran away").
    .replace(/^((?:and\s+)?who\s+)ran\s+(?=(?:the|this|that)\s+(?:[\p{L}\d'’.-]+\s+){0,4}?(?:rally|protest|demonstration|gathering|march|vigil|event|demo|sit-in|conference|summit)\b)/iu, '$1organised ')
    // "ok and how many …", "hmm, who spoke": a chat opener says nothing a report must hold.
    .replace(/^(?:ok|okay|alright|hmm+|um+|hey)\b[,.!]?\s+(?=\S)/i, '')
    // "combien de personnes au rassemblement de X", "wie viele Menschen …", "quand …", "wer sprach …": a question asked in
    // French or German, its question words put in English (the rest is read by the French and German word families).
    // ("Selon l'ONU, combien de …", "D'après la police, combien …": the source asked first is read where English puts it,
    // "how many … according to the ONU".)
    .replace(/^(?:et\s+)?(?:selon|d['’]après)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?([^,?]{2,60}?)\s*,\s*((?:(?:dans|en|sur|parmi)\s+)?(?:environ\s+)?combien\b[^?]*?)\s*(\?*)\s*$/iu, '$2 according to the $1$3')
    // ("Lyon, 29 octobre 2030 : combien de manifestants …": the occasion named ahead of the question is read after it.)
    .replace(/^(?:et\s+)?([^?:]{3,80}?)\s*:\s*(combien\s[^?]*?)\s*(\?*)\s*$/iu, '$2, $1$3')
    // ("Dans le rapport de l'ONG, combien de morts …", "Lors de la marche de Varenne, combien …": an occasion or a paper
    // opening the question with a preposition is read after it, as the colon's.)
    .replace(/^(?:et\s+)?((?:dans|lors|pendant|durant|parmi|sur)\s[^?,:]{3,100}?)\s*,\s*(combien\s[^?]*?)\s*(\?*)\s*$/iu, '$2, $1$3')
    .replace(/^(?:et\s+|und\s+)?(?:combien\s+(?:de\s+|d['’]\s*)|wie\s*viele\s+)/i, 'how many ')
    // ("dans combien de provinces …", "dans environ combien de villes …": the places counted, as English asks it.)
    .replace(/^(?:et\s+)?(?:dans|en)\s+(?:environ\s+)?combien\s+(?:de\s+|d['’]\s*)/iu, 'in how many ')
    // ("how many … selon l'ONU": the source a count is asked of, as English asks it.)
    .replace(/^((?:in\s+)?how many\b[^?]*?\s)(?:selon|d['’]après)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?(?=\p{L})/iu, '$1according to the ')
    // ("yves marlin c'est qui", "c'est qui yves marlin": the French of "who is X" as chat writes it.)
    // ("Roberta X, c'est qui ? elle était à la manif": what follows the question mark tells where she was seen.)
    .replace(/^(?:et\s+)?(?!c['’]est\b)(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}?)\s*[,-]?\s+c['’]est\s+qui\s*(?:\?\s*(\p{L}.*))?\??\s*$/iu, (_m: string, who: string, more: string | undefined) => `qui est ${who}${more ? ` ? ${more}` : ''}`)
    .replace(/^(?:et\s+)?c['’]est\s+qui\s+/i, 'qui est ')
    .replace(/^(?:et\s+)?qui\s+(?:est|était|etait)\s+/i, 'who is ')
    .replace(/^(?:und\s+)?wer\s+(?:ist|war)\s+/i, 'who is ')
    // ("à quelle heure commence la marche", "vers quelle heure …": the time of day asked, as "what time" asks it.)
    .replace(/^(?:et\s+)?(?:(?:à|a|vers|dès)\s+)?quelle\s+heure\s+(?:est-ce\s+qu(?:e\s+|['’]\s*))?/i, 'what time ')
    // ("c'était quand la manif …", "c'est quand le rassemblement": when it was, as chat writes it.)
    .replace(/^(?:et\s+)?c['’](?:était|etait|est)\s+quand\s+(?:le\s+|la\s+|l['’]\s*|les\s+)?/i, 'when was the ')
    .replace(/^(?:et\s+)?quand\s+(?:a\s+eu\s+lieu|(?:s['’]est|se\s+sont)\s+tenue?s?|(?:était|etait|était-il|était-elle))\s+(?:le\s+|la\s+|l['’]\s*|les\s+)?/i, 'when was the ')
    .replace(/^(?:et\s+)?quand\s+|^(?:und\s+)?wann\s+/i, 'when ')
    // ("le 21 janvier 2023", "en février 2019", "le 1er juillet": a French month beside its day or year, in the English
    // words the question's dates are read in.)
    .replace(FRENCH_MONTH_DATED, (all: string, day: string | undefined, month: string) => `${day ? `${day} ` : ''}${FRENCH_MONTHS[fold(month)] ?? month}`)
    .replace(/^(?:et\s+)?où\s+|^(?:und\s+)?wo\s+/i, 'where ')
    // ("Dans quelle ville … ?", "… était en poste dans quelle ville portuaire ?", "quelle province …": the place asked,
    // as English asks it.)
    .replace(FRENCH_WHICH_PLACE, (_all: string, prep: string | undefined, noun: string) => `${prep ? 'in ' : ''}which ${FRENCH_PLACE_NOUNS[fold(noun)] ?? noun}`)
    .replace(ASKED_OF_SOMEONE, (_, asked: string) => inDirectOrder(asked))
    .replace(PRESUPPOSED, presupposedAsked)
    // "the 2017-18 protests": a span of two years written short, read as both years ("18" is no figure).
    .replace(/\b((?:19|20)(\d{2}))[-–/](\d{2})\b(?![-–/.,]?\d)/g, (all: string, first: string, yy: string, next: string) => (Number(next) === Number(yy) + 1 ? `${first}-${first.slice(0, 2)}${next}` : all))
    // "when did the strikes begin, according to CHRI's January 2018 report?": the date dates the report, which tells
    // of days before it; read as a date of the thing asked it would bound the day asked to the report's month. (Asked
    // anything else, "the March 2021 statement" tells which statement.)
    .replace(DATED_DOCUMENT, (all: string, lead: string, _at: number, whole: string) => (DAY_ASKED.test(whole) ? lead : all))
    // "in rural Idlib": the countryside of the place, as reports write it ("the countryside of Idlib").
    .replace(/\brural (\p{Lu}[\p{L}-]+)/gu, 'the countryside of $1')
    // "the downing st rally", "Parliament Sq": a street's or square's name shortened after it (not "St Paul's").
    .replace(/(\p{L}{3,}) (st|sq|ave|rd)\.?(?= (?:rally|protest|march|demonstration|vigil|gathering|on|in|at|to|near|outside|and|during|for|after|before|was|were|is|where|when|who)\b|[?,.!]|$)/giu, (_, name: string, abbr: string) => `${name} ${FULL_STREET[abbr.toLowerCase()] ?? abbr}`)
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}

/** French months, folded, to the English month. */
const FRENCH_MONTHS: Record<string, string> = {
  janvier: 'January', fevrier: 'February', mars: 'March', avril: 'April', mai: 'May', juin: 'June', juillet: 'July',
  aout: 'August', septembre: 'September', octobre: 'October', novembre: 'November', decembre: 'December',
};
/** A French month after its day ("21 janvier", "1er juillet") or before a year ("janvier 2023"). */
const FRENCH_MONTH_DATED =
  /(?:(?<![\p{L}\d])(\d{1,2})(?:er)?\s+)?(?<![\p{L}])(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?![\p{L}])(?=(?<=\d(?:er)?\s+\p{L}+)|\s+(?:19|20)\d{2}\b)/giu;

/** "what did X post on …": "post" as the verb of words put online, after up to four words naming who wrote them. */
const POSTED_WORDS =
  /^((?:and\s+|so\s+)?what\s+(?:did|does|do|has|have|had)\s+(?:[\p{L}.'’-]+\s+){1,4}?)(?<!\b(?:his|her|their|its|the|a|an|my|your|our|latest|last|new|in|say|write)\s+)post(?:ed)?(?=\s+(?:on|to|in|online|about|abt|after|regarding|when)\b|\s*[?.!]*\s*$)/iu;

/** Nouns of an occasion a question can name. */
const OCCASION_WORD = /\b(?:rally|rallies|demo|demos|demonstration|demonstrations|protest|protests|march|marches|vigil|gathering|sit-in|event|conference|summit|meeting|commemoration|ceremony)\b/i;
/** "X what did he say …": a person named ahead of a question asking their words by a pronoun. */
const FRONTED_SPEAKER = /^((?:[\p{L}][\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}.'’-]*)\s*[-–—,:]?\s+what\s+(did|does|has|had)\s+(?:he|she|they)\s+(say|said|tell|told|stress|stressed|add|added|declare|declared)\b/iu;
/** Words before "what did he say" that name no one: a place or time first, a request, a filler. */
const NOT_SOMEONE_FIRST = /^(?:in|at|on|from|during|after|before|near|outside|tell|hmm+|um+|uh+|well|hey|pls|please|ok|okay|so)\b/i;
/** Words that open a question rather than name someone. */
const QUESTION_WORD = /^(?:and|so|ok|okay|what|who|when|where|which|how|why|did|does|do|is|was|the|a|an|this|that)\b/i;

/** Up to four words naming someone. */
const SOMEONE = String.raw`[\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,3}?`;
/** The nouns for someone's words. */
const WORDS_NOUN = String.raw`(?:quote|quotes|words|line|comment|comments|remarks?)`;

/** "whats X's quote …", "what was the quote from X at …": someone's words asked by the noun for them. */
const WORDS_OF_SOMEONE = new RegExp(
  String.raw`^(?:and\s+|so\s+)?(?:what|which)(?:['’]s|s|\s+(?:is|was|were|are))\s+(?:(?!the\s)(${SOMEONE})['’]s?\s+(?:exact\s+|famous\s+|main\s+)?${WORDS_NOUN}|the\s+(?:exact\s+)?${WORDS_NOUN}\s+(?:from|by|of)\s+(${SOMEONE}))\s+((?:at|from|in|during|on|about|to)\b.*)$`,
  'iu',
);

/** "what about Kessia - how many marched there?": a topic named ahead of the question it is asked of. */
const WHAT_ABOUT = /^(?:and\s+|so\s+)?(?:what|how)\s+about\s+(?:the\s+(?=\p{Lu}))?([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?)\s*[,;:–—-]\s*(\p{L}.*)$/iu;

/**
 * The question after "what about X -" with X put where the question points to it: "there" is "in X", "he" or "she"
 * is X, and a question pointing nowhere ("how many marched?") is asked of X's place ("… in X?"); one pointing at
 * something else ("who is that?") is left as it was written.
 */
function whatAboutAsked(all: string, topic: string, rest: string): string {
  if (/\bthere\b/i.test(rest)) return rest.replace(/\bthere\b/i, `in ${topic}`);
  if (/\b(?:he|she|him)\b/i.test(rest)) return rest.replace(/\b(?:he|she|him)\b/i, topic);
  if (/\b(?:her|his|they|them|their|it|its|that|this|those|these)\b/i.test(rest)) return all;
  return `${rest.replace(/\s*\?+\s*$/, '')} in ${topic}?`;
}

/**
 * "any idea where the summit was held", "anyone know when the Orvel vigil was", "remind me what Vosk said about the
 * court": a question asked of the reader as chat asks it, the asking words then the question in the order of a clause.
 * ("do you know if …" asks yes or no, and is left.)
 */
const ASKED_OF_SOMEONE =
  /^(?:(?:so|and|hi|yo)\s*,?\s+)?(?:any\s*(?:one|body)\s+(?:know|remember)s?|does\s+any\s*(?:one|body)\s+(?:know|remember)|do\s+(?:you|u|ya)\s+(?:know|remember)|any\s+idea|(?:can|could)\s+(?:you|u|some\s*one|some\s*body)\s+(?:tell|remind)\s+me|(?:tell|remind)\s+me)\s*,?\s+((?:who|whom|whose|what|when|where|which|how)\b.*)$/i;

/**
 * An asked clause put in the order of a question: "who Lena Vosk is" is "who is Lena Vosk", "when the vigil was" is
 * "when was the vigil", "where the summit was held" is "where was the summit held", "what Vosk said" is "what did Vosk
 * say". A clause already in that order ("how many came", "who spoke at …") is left.
 */
function inDirectOrder(asked: string): string {
  const q = asked.trim();
  const held = /^(where|when)\s+(.+?)\s+(was|were|is|are)\s+((?:being\s+)?(?:held|staged|organi[sz]ed|located|founded|created|based|headquartered))(\s*(?:[,?].*)?)$/i.exec(q);
  if (held) return `${held[1]} ${held[3]} ${held[2]} ${held[4]}${held[5]}`;
  const said = /^what\s+(?!(?:did|does|do|was|were|is|are|had|has)\b)(.+?)\s+(said|says|told|wrote|tweeted|called\s+for)\b(.*)$/i.exec(q);
  if (said) return `what did ${said[1]} ${({ said: 'say', says: 'say', told: 'tell', wrote: 'write', tweeted: 'tweet' } as Record<string, string>)[said[2]!.toLowerCase()] ?? 'call for'}${said[3]}`;
  const is = /^(who|what|where|when)\s+(?!(?:is|was|are|were|did|does|do|had|has|have)\b)(.+?)\s+(is|was|are|were)(\s*(?:[,?].*)?)$/i.exec(q);
  if (is) return `${is[1]} ${is[3]} ${is[2]}${is[4]}`;
  return q;
}

/**
 * "wasn't there a vigil in Orvel last May? who organised it", "remember the Kastel march - how many came?": an
 * occasion recalled first, then the question asked of it. The recall asks nothing of its own (answering it alone
 * says only that the archive holds no answer to "wasn't there …"); it is what the question after it is about.
 */
const PRESUPPOSED =
  /^(?:(?:so|and|also)\s+)?(?:(?:wasn['’]?t|wasnt|weren['’]?t|werent|isn['’]?t|isnt|was|were)\s+there|there\s+was|(?:do\s+you\s+|you\s+)?remember)\s+(?:an?|the|that|this|some)\s+(.{3,}?)\s*(?:\?+|[,;:–—.-])\s*(?:(?:right|yeah|no)\b[?,.!]*\s*)?((?:who|whom|whose|what|whats|what['’]s|when|where|which|how)\b.*)$/i;

/** Words of an occasion a recalled phrase must name to be what the next question is about. */
const RECALLED_OCCASION = /\b(?:rall(?:y|ies)|demos?|demonstrations?|march(?:es)?|protests?|gatherings?|vigils?|sit-ins?|conferences?|summits?|meetings?|events?|uprisings?|attacks?|strikes?|commemorations?|ceremon(?:y|ies))\b/i;

/** The question after a recalled occasion, asked of it: "it" and "there" are the occasion, else it is added. */
function presupposedAsked(all: string, recalled: string, asked: string): string {
  if (!RECALLED_OCCASION.test(recalled)) return all;
  const occasion = `the ${recalled.trim()}`;
  const q = asked.trim().replace(/\s*\?*$/, '');
  if (/\bit\b/i.test(q) && !/\bit\s+(?:said|says|reported|claims?)\b/i.test(q)) return `${q.replace(/\bit\b/i, occasion)}?`;
  if (/\bthere\b/i.test(q)) return `${q.replace(/\bthere\b/i, `at ${occasion}`)}?`;
  return `${q} at ${occasion}?`;
}

/** What a terse question's last word asks to count ("… protests – arrests?"), as the question it stands for. */
const TERSE_COUNTS: Array<[RegExp, string]> = [
  [/^(?:arrests|arrested|detentions|detained|detainees)$/i, 'how many people were arrested in'],
  [/^(?:dead|deaths|killed|death toll|toll|fatalities|casualties)$/i, 'how many people were killed in'],
  [/^(?:injured|wounded|injuries)$/i, 'how many people were injured in'],
  [/^(?:executions|executed)$/i, 'how many people were executed in'],
  [/^(?:participants|turnout|attendance|crowd|crowd size)$/i, 'how many people attended'],
];

/** A terse question for an hour: "… - start time?", "…, end time". */
const TERSE_CLOCK = /^(.{4,}?)\s*[,;:–—-]\s*(start(?:ing)?|begin(?:ning)?|end(?:ing)?|finish(?:ing)?|kick-?off)\s+time\s*\??$/i;

/** Words of an occasion or a body, which no person's name holds ("kastel summit role?"). */
const OCCASION_NAMED = /\b(?:summits?|conferences?|meetings?|events?|congress|ceremony|uprising|protests?|strikes?|council|committee|police|government|army|court)\b/i;

/** A topic that names a gathering, whose crowd a terse question may ask ("…rally 2023, lapd number?"). */
const GATHERING_TOPIC = /\b(?:rall(?:y|ies)|demos?|demonstrations?|march(?:es)?|protests?|gatherings?|vigils?|sit-ins?)\b/i;

/** A topic or a word naming something counted other than a crowd ("executions", "dead", "arrests"). */
const COUNTED_TOPIC = /\b(?:execut\w*|kill\w*|dead|deaths?|toll|arrest\w*|detain\w*|detention\w*|injur\w*|wounded|casualt\w*|fatalit\w*|death)\b/i;

/** Whether a folded word or name is a place the archive writes as such (a lexicon's places, cities, place words). */
type PlaceLexicon = { places: Map<string, string>; cities: Set<string>; placeWords: Set<string> };

/** Whether a folded word is a place the archive names (one judge per lexicon, so `cleanQuestion` can keep its last). */
function placeOfArchive(lex: PlaceLexicon): (folded: string) => boolean {
  let judge = PLACE_JUDGES.get(lex);
  if (!judge) PLACE_JUDGES.set(lex, (judge = (w) => lex.places.has(w) || lex.cities.has(w) || lex.placeWords.has(w)));
  return judge;
}

const PLACE_JUDGES = new WeakMap<PlaceLexicon, (folded: string) => boolean>();

/** "(and) (what was) the police estimate for (that) X?": the police's or the organisers' count of an occasion. */
/** "how many X did <body> count among the dead …": head, body, "among the dead", the words after it. */
const BODY_COUNTED =
  /^(how many\s+[^?]*?)\s+did\s+((?:the\s+)?[\p{L}][\p{L}\d'’.&-]*(?:\s+[\p{L}][\p{L}\d'’.&-]*){0,4}?)\s+(?:count|record|register|document|tally|confirm|verify|list)\s+(among\s+(?:the\s+)?(?:dead|killed|victims|fatalities))\s*([^?]*?)\s*\??$/iu;
const COUNT_OF_GATHERING = /^(?:and\s+|so\s+)?(?:(?:what|which)\s+(?:was|is|were)\s+)?(?:the\s+)?(police|organi[sz]ers)(?:['’]s?)?\s+(?:estimates?|counts?|figures?|numbers?|tally)\s+(?:for|of)\s+(?:that\s+|the\s+|this\s+)?(.{4,}?)\s*\??$/i;

/** A word for a crowd's size ("crowd estimate", "turnout figure"): what is counted, not who counts. */
const CROWD_WORD = /^(?:crowd|turnout|attendance)$/i;

/** A word that asks, anywhere in a question. */
const ASKING_WORD = /\b(?:who|whom|whose|what|whats|when|where|which|how|why)\b/i;

/** A question that starts the way a sentence asking something does ("who", "how many", "did …", "list …"). */
const ASKS_PLAINLY = /^(?:who|whom|whose|what|what's|whats|when|where|which|how|why|did|does|do|is|was|were|are|can|could|tell|list|show|name|give|according|per)\b/i;

/**
 * Terse questions as chat users type them, read as the question they stand for: "munich protest - arrests?" is
 * "how many people were arrested in munich protest?", "children killed in the protests per hrana" is "how many
 * children were killed …", and "the vigil in Lund, who organised it?" is "who organised it at the vigil in Lund?".
 * A question already asked plainly is left as it is.
 */
export function plainQuestion(q: string, isPlace: (folded: string) => boolean = () => false): string {
  // "and the police estimate for that march against the executions?", "what was the organisers' count of the rally?":
  // the crowd, by whose count is named (a gathering named before any toll: not "the police figure for the dead").
  const countOf = COUNT_OF_GATHERING.exec(q);
  const gatheringAt = countOf ? (countOf[2] as string).search(GATHERING_TOPIC) : -1;
  const tollAt = countOf ? (countOf[2] as string).search(COUNTED_TOPIC) : -1;
  if (countOf && gatheringAt >= 0 && (tollAt < 0 || gatheringAt < tollAt)) return `how many people attended the ${countOf[2] as string}, according to the ${(countOf[1] as string).toLowerCase()}?`;
  if (ASKS_PLAINLY.test(q)) return q;
  // "orrin's lawyer name?", "the mayor's spokesman - name?": who stands in that part to the one named.
  const nameOf = /^(.{3,}?)\s*(?:[,;:–—-]\s*)?(?:(?:his|her|their|the)\s+)?names?\s*\??$/i.exec(q);
  if (nameOf && asksPartOfNamed(nameOf[1] as string)) return `who is ${nameOf[1] as string}?`;
  const wh = /^(.{4,}?)\s*[,;:–—-]\s*(who|when|where)\b\s*(.*?)\s*\??$/i.exec(q);
  // "… - who was the spokesman?": who held that part at the occasion (not "… - who's that?").
  const part = wh && (wh[2] as string).toLowerCase() === 'who' ? /^(?:was|is|were|are)\s+(?:the|its|their)\s+([a-z]+(?:\s+[a-z]+)?)$/i.exec(wh[3] as string) : null;
  if (wh && part && !ASKING_WORD.test(wh[1] as string)) return `who ${(wh[3] as string).toLowerCase()} for the ${(wh[1] as string).replace(/^the\s+/i, '')}?`;
  if (wh && !ASKING_WORD.test(wh[1] as string) && !/^(?:['’]s|is|was|are|were|['’]re)\b/i.test(wh[3] as string)) {
    const [, topic, asks, rest] = wh as unknown as [string, string, string, string];
    if (asks.toLowerCase() === 'who') {
      if (!rest) return `who was at the ${topic}?`;
      // "…, who put it on?", "…, who ran it?": who organised it.
      if (/^(?:put\s+(?:it\s+)?on|put\s+(?:it\s+)?together|set\s+(?:it\s+)?up|ran\s+it|was\s+behind\s+it)$/i.test(rest)) return `who organised the ${topic.replace(/^the\s+/i, '')}?`;
      // "…, who organised?" asks who organised the occasion itself; "…, who spoke as mayor?" who did so at it.
      // ("…truce, who drafted it?": "it" is the occasion or thing named before, what the deed was done to.)
      return /^(?:organi[sz]ed|hosted|led|called|convened|ran)(?:\s+it)?$/i.test(rest) || /^\p{L}+ed\s+it$/iu.test(rest) ? `who ${rest.replace(/\s+it$/i, '')} the ${topic}?` : `who ${rest} at the ${topic}?`;
    }
    if (!rest) return `${asks.toLowerCase()} was ${topic}?`;
    // "… - where did it start": the occasion named before the dash is what "it" stands for.
    if (/^(?:did|does|was|is)\s+it\b/i.test(rest)) return `${asks.toLowerCase()} ${rest.replace(/\bit\b/i, `the ${topic.replace(/^the\s+/i, '')}`)}?`;
    return q;
  }
  // "…demo Paris, police estimate?": the crowd by the estimate of the one named (however long the occasion's name:
  // "Vancouver rally for regime change at Lam Park - police estimate?").
  const estimate = ASKING_WORD.test(q) ? null : /^(.{4,}?)\s*[,;:–—-]\s*(?:the\s+)?(police|organi[sz]ers?)(?:['’]s?)?\s+(?:estimates?|counts?|figures?|numbers?)\s*\??$/i.exec(q);
  if (estimate && !COUNTED_TOPIC.test(estimate[1] as string)) return `how many people attended the ${(estimate[1] as string).replace(/^the\s+/i, '')}, according to the ${(estimate[2] as string).toLowerCase()}?`;
  // Past this point a question with a word that asks anywhere ("On what date …, the ones with 304 dead?") is plain,
  // and so is one that asks for a day or is longer than a few words ("date of the march with X among the speakers?").
  // "…rally - start time?": the hour the occasion named before the dash began (or ended) at.
  const clock = ASKING_WORD.test(q) ? null : TERSE_CLOCK.exec(q);
  if (clock) return `what time did the ${(clock[1] as string).replace(/^the\s+/i, '')} ${/^(?:end|finish)/i.test(clock[2] as string) ? 'end' : 'start'}?`;
  if (ASKING_WORD.test(q) || /\b(?:date|day|year|month|time)\b/i.test(q) || q.split(/\s+/).length > 10) return q;
  const lead = /^(children|kids|minors|women|men|people|protesters|demonstrators|civilians|journalists|prisoners|students)\s+(killed|arrested|executed|injured|wounded|detained|dead)\b\s*(.*?)\s*\??$/i.exec(q);
  if (lead) return `how many ${lead[1]} ${lead[2] === 'dead' ? 'died' : `were ${lead[2]}`} ${lead[3]}?`.replace(/\s+\?$/, '?');
  // "executions since may per the rights group?", "arrests in kessel after the vigil": the count of what is named first.
  if (/^(?:executions|arrests|detentions|deaths|killings|casualties|fatalities|injuries)\s+(?:since|in|during|at|after|before|per|across|over|from)\b[^,;:–—-]*$/i.test(q)) return `how many ${q.replace(/\s*\?+\s*$/, '')}?`;
  // "…rally 2009 - crowd size per organisers?", "…rally 2023, lapd number?": the crowd by whoever is named; the last
  // word is then whose count, not the thing asked ("organisers" would read "who organised"). A body other than the
  // police or the organisers counts a crowd only when the topic is a gathering ("…executions, amnesty number?" is not).
  const per = /^(.{4,}?)\s*[,;:–—-]\s*(?:the\s+)?(?:crowd size|crowd|turnout|attendance|head ?count|numbers?|count|estimate)\s+(?:per|according to|by|from)\s+(?:the\s+)?(\p{L}[\p{L}-]*)\s*\??$/iu.exec(q);
  // ("…, fars crowd estimate?": the crowd's word may stand between whose count and the count's own word.)
  const whose = /^(.{4,}?)\s*[,;:–—-]\s*(?:the\s+)?(\p{L}[\p{L}-]*?)(?:['’]s?)?\s+(?:(?:crowd|turnout|attendance)\s+)?(?:estimates?|counts?|figures?|numbers?)\s*\??$/iu.exec(q);
  const crowdOf = per ?? (whose && GATHERING_TOPIC.test(whose[1] as string) && !COUNTED_TOPIC.test(whose[1] as string) && !COUNTED_TOPIC.test(whose[2] as string) ? whose : null);
  // ("…, crowd estimate?" names no one whose estimate it is: the crowd is what is counted.)
  if (crowdOf && !COUNTED_TOPIC.test(crowdOf[1] as string) && CROWD_WORD.test(crowdOf[2] as string)) return `how many people attended the ${(crowdOf[1] as string).replace(/^the\s+/i, '')}?`;
  if (crowdOf && !COUNTED_TOPIC.test(crowdOf[1] as string)) return `how many people attended the ${(crowdOf[1] as string).replace(/^the\s+/i, '')}, according to the ${(crowdOf[2] as string).toLowerCase()}?`;
  const tail = /^(.{4,}?)\s*(?:[,;:–—-]\s*)?\b(death toll|crowd size|[a-z]+)\s*\??$/i.exec(q);
  if (tail) {
    const [, topic, word] = tail as unknown as [string, string, string];
    // Whose count or which estimate ("Montazeri estimate 1988 executions?") is more than a terse question can say.
    const ask = /\b(?:how many|estimates?|figures?|count|number|according|per|claims?)\b/i.test(topic) ? undefined : TERSE_COUNTS.find(([re]) => re.test(word))?.[1];
    // "ncri nov 2019 - kessel dead?": a word or two after the dash, before the count's word, is the place counted.
    const where = ask && /^[^,;:]+?\s+[–—-]\s+(\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+)?)$/u.exec(topic);
    const place = where?.[1];
    if (ask && place && /\bin$/.test(ask) && isPlace(fold(place))) {
      return `${ask} ${place}, ${topic.slice(0, topic.length - place.length).replace(/\s+[–—-]\s+$/, '').replace(/^the\s+/i, '')}?`;
    }
    if (ask) return `${ask} the ${topic.replace(/^the\s+/i, '')}?`;
    if (/^(?:organi[sz]ers?|hosts?)$/i.test(word)) return `who organised the ${topic.replace(/^the\s+/i, '')}?`;
    if (/^(?:speakers|speeches)$/i.test(word)) return `who spoke at the ${topic.replace(/^the\s+/i, '')}?`;
    // "michael mukasey role?", "ana lind's job": a person's role, when the topic is a name of two or three words.
    const person = /^\p{L}[\p{L}'’.-]+(?:\s+\p{L}[\p{L}'’.-]+){1,2}$/u.exec(topic.trim().replace(/['’]s$/, ''))?.[0];
    if (person && /^(?:role|job|title|position|post|office)$/i.test(word) && !GATHERING_TOPIC.test(person) && !OCCASION_NAMED.test(person) && !person.split(/\s+/).some((w) => isFunctionWord(w.toLowerCase()))) return `who is ${person}?`;
  }
  return q;
}

const KIND_WORDS: Array<[EventKind, RegExp]> = [
  ['rally', /^(rally|rallies|rallied|rallying)$/],
  ['demonstration', /^(demonstrations?|demonstrators?|demonstrated|march|marches|marched)$/],
  ['protest', /^(protests?|protested|protesters?)$/],
  ['gathering', /^(gatherings?|gathered|vigils?|sit ins?)$/],
  ['conference', /^(conferences?|summits?|convention|seminars?|forums?|panels?)$/],
  ['meeting', /^(meetings?|met)$/],
  ['commemoration', /^(commemorations?|commemorated?|memorials?|anniversary|ceremony|ceremonies)$/],
  ['attack', /^(attacks?|attacked|raids?|raided|assaults?|shootings?|massacres?)$/],
  ['bombardment', /^(bombardments?|bombed|bombings?|bombs?|shelling|shelled|airstrikes?|strikes?)$/],
  ['uprising', /^(uprisings?|revolts?|revolution|unrest|insurrection)$/],
];

function eventKindsOf(ws: string[]): EventKind[] {
  const kinds: EventKind[] = [];
  for (const w of ws) for (const [k, re] of KIND_WORDS) if (re.test(w) && !kinds.includes(k)) kinds.push(k);
  return kinds;
}

const QUOTE_VERBS =
  'say|said|says|saying|call|called|calls|urge|urged|urges|tell|told|tells|state|stated|stress|stressed|announce|announced|' +
  'demand|demanded|ask|asked|write|wrote|written|tweet|tweeted|declare|declared|argue|argued|claim|claimed|warn|warned|' +
  'describe|described|think|thinks|mean|want|wanted|propose|proposed|express|expressed|affirm|affirmed|add|added|comment|' +
  'commented|condemn|condemned|chant|chanted|shout|shouted|read|insist|insisted|promise|promised|pledge|pledged|appeal|appealed|' +
  'believe|believed|suggest|suggested|mention|mentioned|speak about|talk about|praise|praised|criticize|criticise|blame|blamed|recommend';

/** Drops conversational lead-ins ("anyone know", "can you tell me") so the question word comes first. */
export function stripLeadIn(q: string): string {
  let s = q;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s
      .replace(/^(hey|hi|hello|yo|so|ok|okay|please|pls|plz|quick question|question|um|uh|btw|also)\b[\s,:!.-]*/i, '')
      .replace(/^(does |do )?(anyone|anybody|someone|somebody|you|u|ya) (know|remember|recall)( if| whether)?[\s,:]*/i, '')
      .replace(/^(can|could|would) (you|u|someone|anyone) (please )?(tell|show|give|remind) (me|us)[\s,:]*/i, '')
      .replace(/^(i (want|need|would like|d like) to know|i wonder|wondering|curious)[\s,:]*/i, '')
      .trim();
    if (s === before) break;
  }
  return s;
}

function classify(raw: string, hasPerson: boolean, pronounPerson: boolean): IntentKind {
  const q = stripLeadIn(raw);
  if (!q) return 'search';
  if (/\b(which|what) (articles?|reports?|stories|sources|pieces|documents|files|news)\b/.test(q) ||
      /\b(articles|reports|stories|sources) (that )?(mention|mentions|mentioning|cover|covers|covering|discuss|discussing|about|on|naming|name)\b/.test(q) ||
      /\b(where|in which) (is|are|was|were) .+ mentioned\b/.test(q)) {
    return 'mentions';
  }
  if (/\b(timeline|chronology|chronological)\b/.test(q) ||
      /\b(list|show|name)( me)? (all |the |of )*(events|rallies|protests|demonstrations|gatherings|conferences|meetings|commemorations|attacks)\b/.test(q) ||
      /^(what|which) (other )?(events|rallies|protests|demonstrations|gatherings|conferences|meetings|commemorations)\b/.test(q) ||
      /^(events|rallies|demonstrations|gatherings)\b/.test(q) ||
      /\b(all|every) (the )?(events|rallies|demonstrations|gatherings)\b/.test(q)) {
    return 'timeline';
  }
  // "Why did the mayor call the turnout a success?", "what did the mayor say about the turnout?": a turnout talked of
  // is the topic of a reason or of words asked, not the count asked.
  const talkedOf = countOnlyTalkedOf(q);
  if (!talkedOf && /\b(crowd size|size of the (crowd|rally|demonstration|protest|gathering)|turn ?out|how big|how large)\b/.test(q)) return 'howmany';
  // ("What participation rate did the monitors give for the vote?": a vote's turnout by its other name.)
  if (!talkedOf && /\b(?:what|which) (?:[\w-]+ ){0,2}?participation\b/.test(q)) return 'howmany';
  // "total executions in the December report?", "overall number of displaced": a count asked without "how many".
  if (asksTotal(q)) return 'howmany';
  // "From which city did X announce the death toll?", "when was the toll first given?": a toll named in a question
  // that opens by asking a place or a day is what was announced, not what is asked.
  const placeOrDay = /^(?:where|when|(?:from |in |at |on )?(?:which|what) (?:city|town|place|country|venue|location|date|day|year|month))\b/.test(q);
  if (!talkedOf && (/\bhow (many|much)\b|\bnumber of\b|\bcount of\b|\bhow big\b|\bhow large\b/.test(q) || (!placeOrDay && /\b(death )?toll\b|\bcasualt(y|ies) (figure|count|number)s?\b|\bfigures? (for|on)\b/.test(q)))) {
    return 'howmany';
  }
  // "What date was the rally where Rajavi said …": the date is asked; what was said only says which rally.
  // "date of the London rally?", "the day of the march": the date asked in a noun phrase.
  if (/^(when|what (date|day|year|month)|on (what|which) (date|day)|in (what|which) (year|month)|(the )?(exact )?(date|day) of)\b/.test(q)) return 'when';
  // "How long was her speech?", "how long did the sit-in last?": a duration, never a quote or a head count.
  // ("How long a prison term did X get?": a term is counted in years.)
  if (/^(and )?how long\b(?! ago)/.test(q)) return PRISON_TERM.test(q) ? 'howmany' : 'search';
  // ("What sentences did the two get?": the term asked as "what" is asked as "how long" is.)
  if (TERM_ASKED.test(q)) return 'howmany';
  const quoteVerb = new RegExp(`\\b(${QUOTE_VERBS})\\b`);
  // ("what sentence did X get on appeal": a court's sentence is asked, not words, whatever "appeal" says.)
  const sentenceAsked = /\bwhat (?:prison |jail )?(?:sentence|term|verdict|penalty|punishment)s? (?:did|does|has|had|was|were|is)\b/.test(q);
  if ((hasPerson || pronounPerson) && /^(what|wat|wht|and what|so what)\b/.test(q) && quoteVerb.test(q) && !sentenceAsked && !/^what (is|was) (the )?(role|title|job|position)\b/.test(q)) return 'quote';
  if (/\b(quotes?|statements?|words|remarks|message|speech|tweets?|banners?|slogans?|chants?)\b/.test(q) && (hasPerson || pronounPerson || /\b(banners?|slogans?|chants?|chanted|shouted)\b/.test(q))) {
    if (!/^(who|when|where)\b/.test(q)) return 'quote';
  }
  if (/^(what|which) (did|do|does) (the )?(protesters|demonstrators|crowd|participants|banners?|placards?|signs?)\b/.test(q) && quoteVerb.test(q)) return 'quote';
  // "what were people chanting", "what was she saying": the words said, asked in the progressive.
  if (/\bwhat (?:was|were|is|are) (?:\w+ ){1,6}?(?:saying|chanting|shouting|singing|demanding|tweeting|writing|calling for)\b/.test(q)) return 'quote';
  // "What did the NCRI say / report…": a statement by a named body.
  if (/^(and )?what (did|does|has|have) (the )?(\w+ ){1,6}(say|said|report|reported|announce|state|claim|declare|warn|demand|condemn|write|call for|urge)\b/.test(q)) return 'quote';
  if (/^(did|has|have) .+ (say|said|speak|talk|comment|mention)\b/.test(q) && (hasPerson || pronounPerson)) return 'quote';
  // "Who did Rajavi call on?": the answer is in what the person said.
  if (hasPerson && /^(who|whom) (did|does|has|had) .+ (call|urge|ask|appeal|thank|praise|condemn|criticize|criticise|blame|accuse|warn|address|invite)\w*\b/.test(q)) return 'quote';
  // "Tim Wilson who spoke to the crowd - who is he": the question closing on "who is he" asks who the person named is.
  if (hasPerson && /\bwho (?:is|was) (?:he|she)(?: (?:exactly|really|again|then))?$/.test(q)) return 'role';
  // "X, who spoke at …, what office did he hold?": likewise the post of the person named, whatever the clause tells.
  if (hasPerson && /\bwhat (?:role|title|job|position|post|office)s? (?:did|does|do|has|had) (?:he|she) (?:hold|holds|held|have|has|play|plays|fill|occupy)\b/.test(q)) return 'role';
  // "What is X known for? she spoke at …": who the person named is, whatever the sentence after it tells.
  if (hasPerson && /^what (?:is|was|s) .+ (?:best |most |mainly )?(?:known|famous|noted|renowned) for\b/.test(q)) return 'role';
  // ("who is organising the march", "who was hosting the summit": the doer of a deed under way.)
  if (/^(who|whos|who s) (is|was|are|were)? ?(the |a |an )?(\w+ ){0,6}(speakers?|organi[sz]ers?|organi[sz]ed|behind)\b/.test(q) || /^(who|whos|who s) (is|was|are|were) (organi[sz]ing|staging|hosting|holding|convening)\b/.test(q)) return 'who';
  // "Who was the spokesman for the rally with X?": the holder of a part at the occasion is asked, not who X is.
  if (/^(who|whos|who s) (is|was|are|were) (the|a|an) (\w+ ){1,2}(for|at) (the|a|an|this|that) /.test(q)) return 'who';
  // "Who was the judge who jailed Ana Roth?": the holder of a part known by a deed is asked, not who Ana Roth is.
  if (/^(who|whos|who s) (is|was|are|were) (the|a|an) (\w+ ){1,3}(who|that) [a-z]+/.test(q)) return 'who';
  // ("Who was the first witness to testify at Vell's trial?", "who was the last to leave": one known by a rank or by
  // a deed in the infinitive is asked, not who the person named is.)
  if (/^(who|whos|who s) (is|was|are|were) the (first|second|third|fourth|fifth|last|next|final|only|latest) /.test(q)) return 'who';
  if (/^(who|whos|who s) (is|was|are|were) the (\w+ ){1,3}to (?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+/.test(q)) return 'who';
  // ("Who was the presiding judge at Vell's trial?", "who was the co-defendant tried alongside Vell?": the holder of a
  // part beside the person named is asked, not who that person is.)
  if (/^(who|whos|who s) (is|was|are|were) the (\w+ ){1,3}(at|alongside|beside|next to|together with) /.test(q)) return 'who';
  // ("Who was named to succeed Ana Roth as envoy?", "who will replace her": the one chosen is asked, not who Ana Roth is.)
  if (SUCCESSOR_ASKED.test(q)) return 'who';
  if (/^(who|whos)( (is|was)) /.test(q) || /^whos /.test(q) || (hasPerson && /^who [a-z]/.test(q) && !/^who (did|does|do|has|had|were|are|will|would|can|could)\b/.test(q)) || (hasPerson && /^(tell me about|what do you know about)\b/.test(q)) || /^(what (is|was) the (role|title|job|position) of|what (role|title|job|position))\b/.test(q) ||
      (/\b(role|title|job|position|occupation|profession)\b/.test(q) && hasPerson) || (hasPerson && /^what (?:does|did|do) .+ do for (?:a )?(?:living|work)$/.test(q))) {
    // "Who interviewed Maryam Rajavi?": someone who did something to the person, not who the person is.
    // ("What position did X hold, the one who spoke at …": a who-clause after a role question describes the person.)
    const asked = /^what (?:role|title|job|position|post|office)\b/.test(q) ? q.replace(/\bwho\b.*$/, '') : q;
    if (!/\b(spoke|speak|speaks|speaking|addressed|attended|attend|organi[sz]ed|organi[sz]es|led|lead|killed|died|arrested|injured|executed|participated|joined|took part|was there|were there|present|invited|hosted|called for|chanted)\b/.test(asked) && !/^who [a-z]{3,}ed\b/.test(q) && !PAST_DEED.test(q)) {
      return 'role';
    }
  }
  if (/^(who|whom|whos|whose)\b/.test(q) || /\bwho (spoke|speaks|addressed|attended|organi[sz]ed|was there|were there|led|was killed|were killed|died)\b/.test(q) || /\b(which|what) ((\w+ ){0,4})(spoke|speakers?|addressed|attended|organi[sz]ed|organi[sz]ers?|leaders?|members?|officials?|people|persons?|figures?|politicians?|mps?|meps?|senators?|mayors?|ministers?|lawmakers?|legislators?|congress(?:wo)?m[ae]n|diplomats?|ambassadors?|chancellors?|governors?|killed|died|arrested|participants?)\b/.test(q) || /\bnames? of\b/.test(q)) {
    return 'who';
  }
  // "From which city did X speak when she announced …": a question opening on a place asks it; "when" only says which time.
  if (placeOrDay && !/^(?:when|(?:on |in |at )?(?:which|what) (?:date|day|year|month))\b/.test(q)) return 'where';
  if (/\bwhen\b|\bwhat (date|day|time|year|month)\b|\bon which (date|day)\b|\bwhat happened\b|\bwhat took place\b|\bwhat went on\b|\bhow long ago\b/.test(q)) return 'when';
  if (/\bwhere\b|\b(what|which) (place|venue|city|town|country|location|square|street|building|hall|room|chamber|auditorium|landmark|monument)\b|\bin (what|which) (city|place|country|town)\b/.test(q)) return 'where';
  if (/^(what|wat|wht)\b/.test(q) && (hasPerson || pronounPerson) && quoteVerb.test(q)) return 'quote';
  return 'search';
}

/** Words in the question that stand for a person mentioned before ("she", "her", "him"). */
function hasPersonPronoun(q: string): boolean {
  return /\b(she|he|her|him|his|hers|they|them|their)\b/.test(q);
}

/** Words that mark a question as continuing the previous one. */
function isFollowUp(q: string): boolean {
  return /^(and|also|what about|how about|and what about|same|then|so)\b/.test(q) || /\b(that|this|the same) (rally|event|protest|demonstration|gathering|uprising|day|one|attack|place)\b/.test(q) || /\b(there|then)\b\??$/.test(q) || hasPersonPronoun(q);
}

/**
 * The archive's places as a question's place slot shows them, worked out once per lexicon: the words the question
 * used ("Trocadero"), not one venue's full name, so that every venue spelled with them ("Place de Trocadero",
 * "Trocadero Square") still matches.
 */
type ShownPlace = { f: string; spaced: string; shown: string; typos: boolean };

const SHOWN_PLACES = new WeakMap<Map<string, string>, ShownPlace[]>();

function shownPlaces(places: Map<string, string>): ShownPlace[] {
  let out = SHOWN_PLACES.get(places);
  if (!out) {
    const titled = (f: string) => f.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    out = [...places].map(([f, written]) => ({ f, spaced: ` ${f} `, shown: fold(written) === f ? written : titled(f), typos: !f.includes(' ') && f.length >= 6 }));
    SHOWN_PLACES.set(places, out);
  }
  return out;
}

/**
 * The one-word place names a word of a question may be a typo of (at most two letters off, so of a length within two),
 * found once per word and list of places: questions repeat their words ("protests", "rally"), and every place is tried.
 */
function placesTypoedAs(places: ShownPlace[], w: string): readonly string[] {
  if (w.length < 4) return [];
  let byWord = TYPOED.get(places);
  if (!byWord) TYPOED.set(places, (byWord = new Map()));
  let got = byWord.get(w);
  if (!got) {
    got = places.filter((p) => p.typos && Math.abs(w.length - p.f.length) <= 2 && similarWord(w, p.f)).map((p) => p.f);
    // (Emptied when large: users type words without end.)
    if (byWord.size >= 20_000) byWord.clear();
    byWord.set(w, got);
  }
  return got;
}

const TYPOED = new WeakMap<ShownPlace[], Map<string, readonly string[]>>();

/** The places of the archive a question names (venues, cities, countries learned from events and datelines). */
function placesIn(q: string, index: ArchiveIndex): string[] {
  const lex = lexiconOf(index);
  const places = shownPlaces(lex.places);
  const typoed = new Set(q.split(' ').flatMap((w) => placesTypoedAs(places, w)));
  const found: Array<[string, number]> = [];
  const padded = ` ${q} `;
  // (Every place the archive names is tested: its name between spaces is built once, not per question.)
  for (const { f, spaced, shown, typos } of places) {
    if (padded.includes(spaced)) found.push([shown, f.length]);
    else if (typos && typoed.has(f)) found.push([shown, f.length - 1]);
  }
  found.sort((a, b) => b[1] - a[1]);
  const out: string[] = [];
  for (const [w] of found) if (!out.some((o) => fold(o).includes(fold(w)) || fold(w).includes(fold(o)))) out.push(w);
  return out;
}

// ("at least 19 children", "at most": a bound on a number, asked of an archive in French that never writes "least".)
const GENERIC_AFTER_PREP = new Set(
  ('least most total general particular detail details person fact support front place order response solidarity addition public favor favour ' +
  'charge power office town city country capital center centre downtown street square streets years year months month days day week weeks ' +
  'recent past future time times morning evening night afternoon early late mid middle beginning end start last first ' +
  'january february march april may june july august september october november december sept').split(' '),
);

const CALENDAR_WORDS =
  /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|noon|midday|midnight|dawn|dusk|sunset|sunrise|lunchtime|nightfall|daybreak)$/;

/**
 * Words of the question that the archive never uses and that name something specific: capitalised words
 * ("Berlin", "Australia") and words right after "in/at/near" ("in berlin"). A typo of an archive word is not unknown.
 */
export function unknownTerms(question: string, index: ArchiveIndex): string[] {
  const lex = lexiconOf(index);
  const clean = cleanQuestion(question, placeOfArchive(lex));
  const out: string[] = [];
  const tokens = [...clean.matchAll(/[\p{L}][\p{L}\p{M}'’.-]*/gu)];
  let lastIndex = -2;
  let lowerRun = false;
  tokens.forEach((m, i) => {
    const raw = (m[0] ?? '').replace(/[.'’-]+$/, '');
    const f = fold(raw);
    if (!f || STOP.has(f) || f.length < 3) return;
    // (The word right before: "in 2029 according" puts no "in" before "according".)
    const before = tokens[i - 1];
    const prev = before && /^\s+$/.test(clean.slice((before.index ?? 0) + before[0].length, m.index)) ? fold(before[0]) : '';
    const capital = i > 0 && /^\p{Lu}/u.test(raw) && !/^\p{Lu}+$/u.test(raw.slice(0, 3)) ? true : i > 0 && /^\p{Lu}{3,}$/u.test(raw);
    const place = (w: string) => !GENERIC_AFTER_PREP.has(w) && !STOP.has(w) && !CALENDAR_WORDS.test(w);
    // ("in los angeles": a name of two words typed in lower case after "in", neither word the archive's, is one name,
    // its first word however short; the word after it joins the run.)
    const next = tokens[i + 1];
    const nextF = next && /^\s+$/.test(clean.slice((m.index ?? 0) + m[0].length, next.index)) ? fold(next[0]) : '';
    const twoWords = f.length >= 3 && nextF.length >= 3 && place(nextF) && !inVocab(lex, f) && !inVocab(lex, nextF) && !/[\p{Lu}\d]/u.test(raw + (next?.[0] ?? ''));
    const afterPrep = /^(in|at|near|outside|from)$/.test(prev) && place(f) && (f.length >= 4 || twoWords);
    const runOn = lastIndex === i - 1 && lowerRun && place(f) && f.length >= 3 && !/\p{Lu}/u.test(raw);
    if (!capital && !afterPrep && !runOn) return;
    if (CALENDAR_WORDS.test(f)) return;
    const parts = f.split(' ');
    if (parts.every((p) => inVocab(lex, p))) return;
    // "Donald Trump": consecutive unknown words are one name.
    if (lastIndex === i - 1 && out.length) out[out.length - 1] = `${out[out.length - 1]} ${raw}`;
    else if (!out.includes(raw)) out.push(raw);
    lastIndex = i;
    lowerRun = afterPrep && twoWords;
  });
  return out;
}

/** The phrase a "who is X" / "what did X say" question is about, as written. */
function subjectPhrase(clean: string): string | undefined {
  const c = clean.replace(/[?!.]+$/, '').trim();
  const m =
    /^(?:who|who's|whos)\s+(?:is|was)\s+(.+)$/i.exec(c) ??
    /^(?:tell me about|what is the (?:role|title|job|position) of|what was the (?:role|title|job|position) of)\s+(.+)$/i.exec(c) ??
    /^(?:and\s+)?what\s+(?:did|does|do|has|had)\s+(.+?)\s+(?:say|said|call|urge|tell|state|stress|announce|demand|ask|write|tweet|declare|argue|claim|warn|describe|think|want|propose|express|affirm|add|comment|condemn|chant|shout|insist|promise|pledge|appeal|believe|suggest|mention|speak|talk|praise|criticize|criticise|blame|recommend)\b/i.exec(c) ??
    /^(?:did|has|have)\s+(.+?)\s+(?:say|said|speak|talk|comment|mention)\b/i.exec(c);
  const s = m?.[1]?.trim();
  if (!s) return undefined;
  return s.replace(/^(mr|mrs|ms|dr|miss)\.?\s+/i, '');
}

/** Whether a phrase looks like a person's name rather than a description ("the mayor of…", "she"). */
function looksLikeName(phrase: string): boolean {
  if (/^(the|a|an|this|that|these|those|he|she|they|it|him|her|them|his|their)\b/i.test(phrase)) return false;
  const ws = phrase.split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 5) return false;
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps >= 1 && caps >= ws.length - 2;
}


/**
 * "Who heads the Kessa Rights Desk?", "who runs the Orla Watch": the head of a body asked with a verb, read as "who is
 * the head of …", the words its reports write ("X, director of the Kessa Rights Desk"). Only of a body named with
 * capitals: "who leads the march" asks no office.
 */
function headOfBodyAsked(q: string): string {
  return q.replace(/^(\s*)(?:who|who's|whos)\s+(?:heads|leads|runs|directs|chairs)\s+(?:the\s+)?(?=\p{Lu})/iu, (_m, lead: string) => `${lead}Who is the head of the `);
}
/**
 * Reads a question into an intent and its slots: the people (matched against the index's speakers),
 * places, date range, event kinds, measure, topic and the content words left for passage search.
 * A follow-up ("what did she say?", "and how many were arrested?") takes what it lacks from `context`.
 */
export function understand(asked: string, index: ArchiveIndex, context?: ConversationContext): Intent {
  // (A question asked in French is read in the English words the analysis knows: "Qu'a dit X" is "What did X say".)
  const question = officesWrittenOut(respelledNames(headOfBodyAsked(frenchQuestionInEnglish(asked)), index), index);
  const clean = sourceAsWritten(cleanQuestion(question, placeOfArchive(lexiconOf(index))), index);
  const q = fold(clean);
  const ws = q ? q.split(' ') : [];
  const people = matchPeople(clean, index);
  const pronoun = hasPersonPronoun(q) && people.length === 0 && (context?.people?.length ?? 0) > 0;
  const subject = subjectPhrase(stripLeadIn(clean));
  // "What did John Whitfield say?" is a quote question even when nobody of that name is in the archive.
  const namedSubject = !!subject && looksLikeName(subject);
  // "What's X's role? Spoke at the London rally": what follows the question mark places it, it does not ask.
  const asking = /^[^?]{8,}\?\s+\S/.test(clean) ? fold(clean.slice(0, clean.indexOf('?') + 1)) : q;
  let kind = classify(asking, people.length > 0 || namedSubject, pronoun);
  // "Who is Sacha Vell, a speaker at the rally?", "who is Ana Roth, who attended …": a name right after "who is" and
  // a comma, then what the asker knows of the person, asks who the person is (not who spoke or attended).
  if (kind === 'who' && /^[Ww]ho(?:['’]s|\s+is|\s+was)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*,\s*(?:a|an|the|one|who|whose)\s/u.test(clean)) kind = 'role';
  // ("who is ana roth (speaker at the rally)", "who is Ana Roth - a speaker at …": what the asker knows of the person,
  // set apart in brackets or after a dash, describes a person the archive names; it asks no speaker.)
  if (kind === 'who' && people.length > 0 && /^who(?:['’]s|\s+is|\s+was)\s+(?!(?:the|a|an|one|some|all)\b)[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,3}\s*(?:\(|\s[-–—]\s)/iu.test(question)) kind = 'role';
  // "Who is Orrin's lawyer?": the person standing in that part to the one named is asked, not who Orrin is.
  if (kind === 'role' && /^who(?:['’]s|\s+(?:is|was|are|were))\s/i.test(clean) && asksPartOfNamed(clean)) kind = 'who';
  // "Who was the Varn ministry spokesman who condemned the ruling against Dunn?": a post with a clause of what its
  // holder did asks who held it; the one named in the clause is part of the deed, not the one asked about.
  if (kind === 'role' && /^[Ww]ho(?:['’]s|\s+(?:is|was|are|were))\s+the\s+[^,?]*?\s(?:who|that)\s+(?!(?:is|was|are|were)\b)\p{Ll}{3,}/u.test(clean)) kind = 'who';
  const slots: Intent['slots'] = { keywords: [] };
  // "Who is the head of the Rescue Corps?", "who is Lantern Aid's field director?": the holder of a body's post is
  // asked, and the body the question names (which the archive may quote as a speaker) is not the one asked about.
  // ("What did the head of the Rescue Corps tell the radio?": the holder's words, not the body's.)
  const post = kind === 'role' ? postOfBodyAsked(clean) : kind === 'quote' && subject ? postOfBody(subject) : undefined;

  let peopleIds = people.map((p) => p.speakerId);
  // (Whether the one person asked was found by the post the question gives them: see below.)
  let postHeld = false;
  // Keep only the clear winners: a second person must match about as well as the first.
  if (people.length > 1) {
    const top = people[0]?.score ?? 0;
    peopleIds = people.filter((p) => p.score >= top - 2.5).map((p) => p.speakerId);
  }
  const unknownPeople: string[] = [];
  if (subject && (kind === 'role' || kind === 'quote')) {
    const subjectMatches = matchPeople(subject, index);
    // A name the archive never uses is unknown; one it does use (an organisation, "NCRI") is left to the text.
    const inArchive = words(subject).every((w) => STOP.has(w) || inVocab(lexiconOf(index), w));
    if (subjectMatches.length === 0 && looksLikeName(subject) && !inArchive) unknownPeople.push(subject);
    else if (subjectMatches.length > 0) {
      const top = subjectMatches[0]?.score ?? 0;
      peopleIds = subjectMatches.filter((p) => p.score >= top - 2.5).map((p) => p.speakerId);
    }
  }
  if (post) {
    const inPost = new Set(words(post));
    peopleIds = peopleIds.filter((id) => !words(index.speaker(id)?.name ?? '').every((w) => inPost.has(w)));
  }
  // "What did Dunn's lawyer tell the paper?": the one holding that part to Dunn, not Dunn.
  if (kind === 'quote' && subject && asksPartOfNamed(subject) && peopleIds.length) {
    const holders = partHolders(subject, peopleIds, index);
    if (holders.length) peopleIds = holders;
  }
  if (kind === 'quote' && peopleIds.length === 0 && subject && (/^the\s/i.test(subject) || post)) {
    // "What did the UN coordinator say…": the people whose stated role fits the description.
    peopleIds = peopleByRole(subject, index);
  } else if (kind === 'quote' && subject && /^[\p{L}-]+['’]s\s+(?:\p{Ll}+\s+)*\p{Ll}+$/u.test(subject) && matchPeople(subject, index).length === 0) {
    // "What did Norway's prime minister say Morvay used Ulvang as?": a post of a country or body is the one asked,
    // not the people named after the verb (when the archive gives that post to someone).
    const holders = peopleByRole(subject, index);
    if (holders.length) {
      peopleIds = holders;
      postHeld = holders.length === 1;
      if (unknownPeople.at(-1) === subject) unknownPeople.pop();
    }
  }
  const placeNames = placesIn(q, index);
  const range = parseQuestionRange(clean);
  let measure: Measure | undefined = kind === 'howmany' || kind === 'search' ? measureOf(clean) : undefined;
  // "the Trocadéro rally in support of the November 2019 uprising": the gathering is asked about, the uprising it
  // supports is its purpose.
  const supported = /\b(?:rally|rallies|march|marches|demo|demonstration|vigil|gathering|conference)\b.*?\b(?:in support of|in solidarity with|supporting|marking|commemorating)\s+(?:the\s+)?((?:[\p{L}\d'’-]+\s*){1,4})/iu.exec(clean)?.[1];
  const purposeKinds = supported ? eventKindsOf(supported.toLowerCase().split(/\s+/)) : [];
  const allKinds = eventKindsOf(ws);
  const kinds = allKinds.some((k) => !purposeKinds.includes(k)) ? allKinds.filter((k) => !purposeKinds.includes(k)) : allKinds;

  const followUp = context && isFollowUp(q);
  let aboutTopic: string | undefined;
  if (context && followUp) {
    if (peopleIds.length === 0 && unknownPeople.length === 0 && hasPersonPronoun(q) && context.people?.length) peopleIds = [...context.people];
    const ownScope = placeNames.length > 0 || range !== undefined || kinds.length > 0 || peopleIds.length > 0;
    if (!ownScope) {
      if (context.places?.length) slots.places = [...context.places];
      if (context.range) slots.range = { ...context.range };
      for (const id of context.eventIds ?? []) {
        const e = index.event(id);
        if (!e) continue;
        const ps = [e.venue, e.city].filter((x): x is string => !!x);
        slots.places = [...new Set([...(slots.places ?? []), ...ps])];
        if (!slots.eventKinds) slots.eventKinds = [e.kind];
        if (!slots.range && e.date?.iso && /^\d{4}-\d{2}-\d{2}$/.test(e.date.iso)) slots.range = { from: e.date.iso, to: e.date.iso, text: e.date.text };
      }
    }
    if (kind === 'search' && measure === undefined && context.measure && /\b(arrest|kill|injur|wound|dead|detain)/.test(q) === false && /\b(and|what about|how about)\b/.test(q)) {
      measure = context.measure;
      kind = 'howmany';
    }
    if (kind === 'search' && measure !== undefined) kind = 'howmany';
    if (kind === 'search' && peopleIds.length > 0 && hasPersonPronoun(q)) kind = /\b(who|role)\b/.test(q) ? 'role' : 'quote';
    const aboutMatch = /^(?:and |so )?(?:what |how )?about (.+)$/.exec(q);
    if (kind === 'search' && aboutMatch) {
      if (people.length > 0) kind = 'role';
      else if (context.people?.length) {
        // "and about the EU?" after a question about what someone said: the same person, on a new topic.
        kind = 'quote';
        peopleIds = [...context.people];
        aboutTopic = aboutMatch[1];
      }
    }
  } else if (kind === 'search' && measure !== undefined && /^(and|what about|how about)\b/.test(q)) {
    kind = 'howmany';
  }
  if (kind !== 'howmany' && kind !== 'search') measure = undefined;

  if (peopleIds.length) slots.people = peopleIds;
  if (unknownPeople.length) slots.unknownPeople = unknownPeople;
  if (placeNames.length) slots.places = [...new Set([...placeNames, ...(slots.places ?? [])])];
  if (range) slots.range = range;
  if (kinds.length) slots.eventKinds = kinds;
  if (measure) slots.measure = measure;

  const topic = aboutTopic ?? topicOf(stripLeadIn(clean), kind) ?? (kind === 'role' ? post : undefined);
  if (topic) slots.topic = topic;
  slots.keywords = ws.filter((w) => !STOP.has(w) && (w.length > 1 || /\d/.test(w)));
  let analysis = analyseQuestionFor(clean, lexiconOf(index));
  // A follow-up about the person asked about before: "what did she say?", "and about markets?".
  const person = slots.people?.length ? index.speaker(slots.people[0] as string) : undefined;
  const pronounSubject = !analysis.subject || /^(he|she|they|him|her|them|his|hers|their)$/i.test(analysis.subject.text);
  // "David Zimmer spoke at the rally, what's his job?": the remark names the person the question then asks about.
  if (person && kind === 'search' && pronounSubject && (analysis.expects === 'role' || analysis.expects === 'statement')) kind = analysis.expects === 'role' ? 'role' : 'quote';
  // "what is amir ali hajizade's position": a word of the name the archive never writes, a letter or two from the
  // name of the person it matched, is that person's name as the archive writes it.
  if (person && kind === 'role' && !pronounSubject) {
    const lex = lexiconOf(index);
    const own = words(person.name);
    const misspelt = analysis.terms.filter((t) => t.sort !== 'number' && !lex.vocab.has(t.fold) && own.some((w) => w !== t.fold && similarWord(w, t.fold)));
    if (misspelt.length) analysis = withSubject({ ...analysis, terms: analysis.terms.filter((t) => !misspelt.includes(t)) }, person.name);
  }
  // ("What did Norway's prime minister say …": the words looked for are the holder's, named as the archive names them.)
  if (person && kind === 'quote' && postHeld) analysis = withSubject({ ...analysis, expects: 'statement' }, person.name);
  else if (person && (kind === 'quote' || kind === 'role') && pronounSubject) {
    analysis = withSubject({ ...analysis, expects: kind === 'quote' ? 'statement' : 'role' }, nameAsAsked(analysis.terms, person.name));
    if (kind === 'quote' && aboutTopic) analysis.topic = tokenize(aboutTopic).filter((t) => !isFunctionWord(t.fold)).map((t) => t.key);
  }
  return { kind, question: clean, slots, analysis };
}

/**
 * The person's name as the question writes it when it writes more of it than the archive's record ("lincoln
 * bloomfield … who is he?" for a record named "Bloomfield"): the name words of the question ending in the surname.
 */
function nameAsAsked(terms: QuestionTerm[], name: string): string {
  const last = words(name).at(-1);
  const end = terms.find((t) => t.sort === 'name' && t.fold === last);
  if (!end) return name;
  const run = [end];
  for (let at = end.at - 1; ; at--) {
    const t = terms.find((x) => x.at === at);
    if (!t || t.sort !== 'name' || run.length >= 4) break;
    run.unshift(t);
  }
  return run.length > words(name).length ? run.map((t) => t.text).join(' ') : name;
}

/** Initials of capitalised word runs ("United Nations" → "un"), so that a role can be asked for by its acronym. */
export function withAcronyms(text: string): string {
  const runs = text.match(/(?:\b\p{Lu}[\p{L}]+(?:\s+(?:of|for|and|the)?\s*\p{Lu}[\p{L}]+)+)/gu) ?? [];
  const initials = runs.map((r) => r.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase());
  return `${text} ${initials.join(' ')}`;
}

/**
 * Speakers a report naming one of `named` gives the part a possessive asks ("Dunn's lawyer" → whoever "his lawyer,
 * Piet Saarn" names in a report on Dunn).
 */
function partHolders(subject: string, named: readonly string[], index: ArchiveIndex): string[] {
  const part = stem(words(subject).at(-1) ?? '');
  const reports = new Set(index.data.speakers.filter((sp) => named.includes(sp.id)).flatMap((sp) => sp.mentions.map((m) => m.articleId)));
  // A role told as someone's ("his lawyer", "Dunn's lawyer") before a bare one ("Lawyer X", of whom the report may say
  // nothing more).
  const fit = (sp: Speaker): number =>
    Math.max(0, ...sp.roles.filter((r) => reports.has(r.source.articleId) && words(r.text).map(stem).includes(part)).map((r) => (/^(?:his|her|their|its)\s|['’]s\s/i.test(r.text) ? 2 : 1)));
  const scored = index.data.speakers.filter((sp) => !named.includes(sp.id)).map((sp): [string, number] => [sp.id, fit(sp)]);
  const top = Math.max(0, ...scored.map(([, v]) => v));
  return top > 0 ? scored.filter(([, v]) => v === top).map(([id]) => id) : [];
}

/** Nouns of a post a body gives someone ("head", "country director", "envoy"). */
export const POST_NOUNS =
  'head|director|chief|spokes(?:person|man|woman)|coordinator|representative|envoy|chair(?:man|woman|person)?|president|secretary|commissioner|ambassador|leader|founder|commander|manager|rapporteur';

/** A post followed by what it belongs to: "head of the Rescue Corps", "the MSF head of mission for Kessland". */
const POST_OF = new RegExp(`^(?:[\\p{L}\\d.&-]+\\s+){0,3}?(?:${POST_NOUNS})s?\\s+(?:of|for|at|in)\\s`, 'iu');

/** A post after a body's possessive, with up to two words of its own: "Lantern Aid's Kessland country director". */
const POST_AFTER_POSSESSIVE = new RegExp(
  `^(?:[\\p{L}\\d.&-]+\\s+){0,4}?[\\p{L}\\d.&-]+(?:['’]s|s['’])\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${POST_NOUNS})s?(?:\\s+(?:general|for|of|in|on)\\b.*)?$`,
  'iu',
);

/**
 * The post a "who is …" question asks the holder of ("the head of the Rescue Corps in Marrow", "Lantern Aid's field
 * director"), without its article; undefined when the question asks who someone named is.
 */
export function postOfBodyAsked(clean: string): string | undefined {
  const rest = /^\s*who(?:['’]s|\s+(?:is|was|are|were))\s+(.+?)[\s?!.]*$/i.exec(clean)?.[1];
  return rest ? postOfBody(rest) : undefined;
}

/** A phrase naming a body's post ("the head of the Rescue Corps"), without its article; undefined for anything else. */
function postOfBody(phrase: string): string | undefined {
  const post = phrase.trim().replace(/^(?:the|a|an)\s+/i, '');
  return POST_OF.test(post) || POST_AFTER_POSSESSIVE.test(post) ? post : undefined;
}

/** Stems of nouns naming a body, not a person ("ministry", "office", "embassy"). */
const BODY_NOUNS = new Set(['ministry', 'ministries', 'office', 'department', 'government', 'embassy', 'council', 'committee', 'agency', 'court', 'police', 'army', 'judiciary', 'parliament'].map(stem));

/** Speakers whose stated role fits a description ("the UN coordinator"), best first. */
function peopleByRole(description: string, index: ArchiveIndex): string[] {
  const wantWords = words(description).filter((w) => !STOP.has(w));
  const want = wantWords.map(stem);
  if (!want.length) return [];
  // A body asked ("the foreign ministry") is none of the people whose role merely shares its other words ("former
  // foreign minister"): a role must name that body.
  const head = want.at(-1) as string;
  const bodyAsked = BODY_NOUNS.has(head);
  const scored: Array<[string, number]> = [];
  for (const sp of index.data.speakers) {
    let best = 0;
    for (const r of sp.roles) {
      const roleWords = words(withAcronyms(r.text));
      const have = new Set(roleWords.map(stem));
      if (bodyAsked && !have.has(head)) continue;
      // (A country's word meets its people's: "Norway's" is told as "Norwegian".)
      const keys = new Set(roleWords.map((w) => keyOf(w)));
      const hit = want.filter((w, i) => have.has(w) || keys.has(keyOf(wantWords[i] as string))).length / want.length;
      if (hit > best) best = hit;
    }
    if (best >= 0.5) scored.push([sp.id, best]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  const top = scored[0]?.[1] ?? 0;
  return scored.filter(([, v]) => v === top).slice(0, 4).map(([id]) => id);
}

/** The topic of a quote question ("about Aleppo") or the role asked for ("the mayor of the 1st district of Paris"). */
function topicOf(clean: string, kind: IntentKind): string | undefined {
  const c = clean.replace(/[?!.]+$/, '').trim();
  if (kind === 'quote') {
    const m = /\b(?:about|regarding|concerning|on the subject of|on the topic of|on)\s+(.+)$/i.exec(c);
    const t = m?.[1]?.trim();
    if (t && words(t).some((w) => !STOP.has(w)) && !PLACE_OR_TIME_AFTER_ABOUT.test(t)) return t;
    return undefined;
  }
  if (kind === 'role') {
    const m = /^(?:who|who's|whos)\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(.+)$/i.exec(c);
    return m?.[1]?.trim();
  }
  return undefined;
}
