/**
 * Question analysis, done once: what kind of answer is expected (a count, a person or organisation, a place, a date,
 * someone's words, a role), its focus (the counted noun, the kind of agent, whose words), the constraints that place
 * the event (years, a date range, names) and every content term with the key it is compared by.
 * Every later step (report selection, passages, candidates, the evidence check) reads this value and nothing else
 * of the raw question.
 */
import type { AgentFocus, AnswerType, QuestionAnalysis, QuestionTerm } from '../domain/types.ts';

export type { AgentFocus, AnswerType, QuestionAnalysis, QuestionTerm } from '../domain/types.ts';
import { parseQuestionRange, questionYears } from './question-dates.ts';
import { fold } from './text.ts';
import { FIRST_NAMES } from '../extract/first-names.ts';
import { COUNTRIES, familyOf, isFunctionWord, keyOf as keyOfWord, MONTH_WORDS, sameBodyForms, tokenize, WEEKDAY_WORDS, type Token } from './vocabulary.ts';

/** A question opened in English ("when did", "how did", "who …"). */
const ENGLISH_OPENING = /^\s*(?:when|where|how|who|what|which|why|did|does|do)\b/i;

/** Words a question uses to ask, never content to match. */
const ASKING = new Set(
  (
    'who whom whose what which when where why how many much whats tell know anyone archive please info information ' +
    'exactly roughly approximately apparently actually really number figure figures give gave say show find ' +
    'happened happen go went come came one ones time times date dates day days year according piece story account coverage roundup article'
  ).split(' '),
);

/** Words that say who reported something: the outlet named next to them is a source, not a fact about the event. */
const SOURCE_NOUNS = /^(piece|report|reports|story|article|account|coverage|roundup|round|update|tally|report's|piece's)$/;

/** Heads of "which X" that ask for an organisation rather than a person. */
const ORG_HEADS = new Set(
  'group groups organisation organisations organization organizations body bodies office offices agency agencies website websites site sites outlet outlets newspaper newspapers media ngo ngos channel channels monitor monitors party parties coalition association associations institution institutions authority authorities government governments country countries force forces army militia ministry'.split(
    ' ',
  ),
);
/** Heads of "which X" that ask for people. */
const PERSON_HEADS = new Set(
  'people person persons politicians politician officials official mayors mayor mps mp senators senator speakers speaker leaders leader guests guest figures figure members member ministers minister activists activist lawmakers lawmaker delegates journalists journalist dignitaries women men ex-detainees detainees detainee prisoners prisoner diplomats diplomat representatives representative president presidents vice candidates lawyers lawyer royals royal spokesperson spokesman spokeswoman spokespeople congressman congresswoman congressmen congresswomen congressperson councilmember councilman councilwoman councillor councilor mep meps mpp mpps protester protesters demonstrator demonstrators defendant defendants inmate inmates judge judges prosecutor prosecutors magistrate magistrates attorney attorneys depute deputee eurodepute eurodeputee senateur senatrice maire ministre'.split(
    ' ',
  ),
);
/** Heads of "which X" that ask for a place. */
const PLACE_HEADS = new Set(
  'place places venue venues city cities town towns village country location square squares street streets building hall halls station stations hospital hospitals district districts province provinces part area areas neighbourhood neighborhood neighbourhoods neighborhoods suburb suburbs outskirts countryside arrondissement base camp region regions park palace site spot market markets embassy room rooms chamber chambers auditorium theatre theater stadium arena plaza avenue landmark landmarks monument monuments'.split(
    ' ',
  ),
);
/** A French adjective of nationality, folded ("francais", "norvegiennes", "belges", "suedois", "allemands"). */
const FRENCH_NATION_ADJECTIVE = /^[a-z]{3,}(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|ain|aine|ains|aines|and|ande|ands|andes|ol|ole|ols|oles|ique|iques|ge|ges|sse|sses|ecs?|en|enne|ens|ennes)$/;
/** French words asking where a march ends ("où se termine", "jusqu'où", "où arrive le cortège"). */
const FRENCH_ROUTE_END = /(?<![\p{L}])(?:termin(?:e|era|ait|ée?)|s['’]ach[eè]v\p{L}*|finit|finira|arrive|arrivera|aboutit|aboutira|rejoint|rejoindra|jusqu['’]\s*où)(?![\p{L}])/iu;
/** French words asking where a march starts ("où commence", "d'où part", "point de départ", "rendez-vous"). */
const FRENCH_ROUTE_START = /(?<![\p{L}])(?:commenc(?:e|era|ait|ée?)|d[ée]but(?:e|era|ait|ée?)|part|partira|partait|d[ée]part|rendez-vous)(?![\p{L}])/iu;
/**
 * The head noun of "which/what …" ("which politicians from the French left spoke" → "politicians", "which ex-detainees
 * of Iran" → "detainees"): the first word of the phrase that is a known head or a plural noun, else its last word.
 */
function whichHead(q: string): { head?: string; modifiers: string[] } {
  const m = /\b(?:which|what)\s+((?:[\w'-]+\s+){0,5}?)(?:did|does|do|was|were|is|are|has|had|have|came|come|spoke|speak|said|say|took|joined|organi[sz]ed|claimed|presented|led|addressed|reported|gave|concluded|blamed|attended|signed|got|hosted|host|held|saw|went|sits|lies|turned|showed|from|of|in|at|on)\b/.exec(q);
  const words = (m?.[1] ?? /\b(?:which|what)\s+((?:[\w'-]+\s*){1,3})/.exec(q)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  const known = (w: string) => PERSON_HEADS.has(w) || ORG_HEADS.has(w) || PLACE_HEADS.has(w) || DATE_HEADS.has(w);
  let at = words.findIndex(known);
  if (at < 0) at = words.findIndex((w) => /[^s]s$/.test(w) && w.length > 3);
  if (at < 0) at = words.length - 1;
  const head = words[at];
  // ("which depute francais", "quelles senatrices belges": French sets an adjective of nationality after the noun, and
  // it modifies the head as one before it would.)
  const after = words[at + 1];
  // (Only one the word families know, "francais" as French: a stem alone, "belg", would be asked of every name.)
  const nationAfter = after && FRENCH_NATION_ADJECTIVE.test(after) && keyOfWord(after).startsWith('@') ? [after] : [];
  return head ? { head, modifiers: [...words.slice(0, at), ...nationAfter] } : { modifiers: [] };
}

/** Place heads that ask for no particular kind of place. */
const GENERIC_PLACE_HEADS = new Set(['place', 'places', 'part', 'area', 'areas', 'location', 'spot', 'site', 'venue', 'venues']);

/** Heads of "which/what X" that ask for a date. */
const DATE_HEADS = new Set('date dates day days year years month months time'.split(' '));

const STATEMENT_VERBS =
  'say|said|says|tell|told|report|reported|write|wrote|tweet|tweeted|promise|promised|demand|demanded|call for|called for|call on|called on|call upon|called upon|urge|urged|declare|declared|' +
  'state|stated|stress|stressed|announce|announced|warn|warned|claim|claimed|argue|argued|insist|insisted|chant|chanted|shout|shouted|' +
  'describe|described|mean|meant|ask|asked|pledge|pledged|appeal|appealed|add|added|note|noted|express|expressed|want|wanted|propose|proposed|predict|predicted|forecast|vow|vowed|suggest|suggested';

/** Words of a prison term ("how long a prison term", "how long was X jailed"): a term is counted in years. */
export const PRISON_TERM = /\b(?:prison|jail|sentenced?|term|imprisonment|imprisoned|jailed)\b/;

/**
 * "What sentences did the two get?", "what prison term was Orr given?": a prison term asked as "what", by the one
 * who got it, is asked as "how long a term" is (a length counted in years), not a thing or a person named. ("What
 * sentences did the appeal court hand them?" asks of one court's ruling, which a term from another need not be.)
 */
export const TERM_ASKED = /\b(?:what|which)\s+(?:(?:prison|jail)\s+)?(?:sentences?|terms?)\s+(?:(?:did|do|does|has|had|have)\s+(?:[\w'-]+\s+){1,6}?(?:get|got|gotten|receive|received|draw|drawn|serve|served|face)|(?:was|were|is|are|has been|have been)\s+(?:[\w'-]+\s+){1,6}?(?:given|handed))\b/;

/** "total executions in the December report?", "overall number of displaced": a count asked without "how many". */
export function asksTotal(q: string): boolean {
  // ("whats the SOHR total for people killed …": a body's total, asked the way users type.)
  return /^(?:the |(?:what (?:is|was|were)|what s|whats) the (?:[\w-]+\s+){0,2}?)?(?:total|overall)\s+(?:\w+\s+){0,2}?(?:executions|arrests|deaths|dead|killed|arrested|executed|detained|detainees|injured|wounded|displaced|casualties|victims|number|toll|count)\b/.test(q);
}

/**
 * "Why did the mayor call the turnout a success?", "what did the mayor say about the number of voters?": a count
 * talked of is the topic of a reason or of words asked, not the count asked.
 */
export function countOnlyTalkedOf(q: string): boolean {
  // ("What did the ministry say about how many were killed?" still asks the count, in the ministry's words.)
  if (/\bhow (?:many|much)\b/.test(q)) return false;
  return /^(?:why|how come)\b/.test(q) || /^what (?:did|does|do|has|had) (?:[\w'-]+ ){1,6}?(?:say|said|tell|told|state|stated|write|wrote)\b.*\babout\b/.test(q);
}

/** Whether a folded question plainly asks for a count ("how many", "number of", "what death toll", "say the crowd was"). */
function asksCount(q: string): boolean {
  if (countOnlyTalkedOf(q)) return false;
  return (
    asksTotal(q) ||
    /\bhow (many|much)\b/.test(q) ||
    // ("Who questioned the number of dead?": a person is asked; the number is what they did something about.)
    (/\bnumber of\b/.test(q) && !/^(?:who|whom|whose)\b/.test(q)) ||
    /\b(what|which)\s+(?:[\w-]+\s+){0,2}?(toll|turnout|participation|crowd size|head ?count|tally)\b/.test(q) ||
    /\bhow (big|large|long(?! ago))\b/.test(q) ||
    TERM_ASKED.test(q) ||
    /\b(estimate|figure|count|tally) (of|for) the (crowd|dead|number|protesters|demonstrators|participants|turnout)\b/.test(q) ||
    /\b(say|said|put|estimate|estimated|claim|claimed|give|gave) the (crowd|turnout|number|toll|attended) (was|were|at|to be)\b/.test(q) ||
    /^(police|official|organi[sz]ers?) (estimate|count|figure)\b/.test(q) ||
    // "what figure did X cite for the crowd?", "what number did the monitor give?": the number is what X gave.
    /\b(what|which) (figure|number|estimate|total|count) (did|does|do|has|had) .+ \b(give|gave|given|cite|cited|put|report|reported|quote|quoted|offer|offered|state|stated|announce|announced|claim|claimed|mention|mentioned)\b/.test(q)
  );
}

/** Whether a question names a count word ("toll", "turnout") without asking for it plainly. */
function mentionsCount(q: string): boolean {
  return /\b(toll|turnout|crowd size|head ?count)\b/.test(q);
}

function expectedType(q0: string, cleanRaw: string): AnswerType {
  const q = q0.replace(/\b(who|what|where|when|how) s\b/g, '$1 is');
  const s = q.replace(/^(and|so|ok|okay|hey|hi|please|also)\s+/, '');
  // "Which province had the highest number of killings?": the place is asked, the count only ranks the places.
  if (/^(?:in )?(?:which|what) (?:city|town|province|region|country|district|area|village|neighbou?rhood|prison|county)s? (?:had|has|saw|sees|recorded|registered|suffered|reported|counted|accounted for)\b.*\b(?:highest|most|largest|biggest|greatest|lowest|fewest)\b/.test(s)) return 'place';
  if (asksCount(s)) return 'count';
  // "what did X say …", "how did X describe …" (anywhere: "After Villepinte, Lord Corbett … what did he say?").
  if (new RegExp(`\\bwhat (did|does|do|has|had) (?:(?:he|she|they|it)|(?:[\\w'-]+ ){1,6}?)(${STATEMENT_VERBS})\\b`).test(s)) return 'statement';
  if (/\bhow did .+ (describe|characteri[sz]e|call|explain|justify|react|respond)\b/.test(s)) return 'statement';
  // "What did X talk about at the rally?", "what did X speak of", "what did X discuss": X's words are asked.
  if (/\bwhat (?:did|does|do|has|had) (?:(?:he|she|they|it)|(?:[\w'-]+ ){1,6}?)(?:talk|talked|speak|spoken|discuss|discussed|address|addressed|mention|mentioned)\b/.test(s)) return 'statement';
  // "what were people chanting", "what was she saying": the words said, asked in the progressive.
  if (/\bwhat (?:was|were|is|are) (?:[\w'-]+ ){1,6}?(?:saying|chanting|shouting|singing|demanding|telling|tweeting|writing|calling for)\b/.test(s)) return 'statement';
  // "What does X expect will happen to the death toll?": what someone expects or fears is what they said of it.
  if (/^what (?:does|did|do) (?:[\w'-]+ ){1,6}?(?:expect|think|believe|fear|hope)(?:s|ed)?\b/.test(s) && !/\b(?:turnout|crowd|how many)\b/.test(s)) return 'statement';
  // "…, what is X reported to have told the group?", "what was X quoted as saying?": reported speech asked.
  if (new RegExp(`\\bwhat (?:is|was|are|were) (?:[\\w'-]+ ){1,6}?(?:reported|said|alleged|believed|thought|understood|quoted) (?:to have|as) (?:${STATEMENT_VERBS}|saying|telling)\\b`).test(s)) return 'statement';
  // "What was the name of the prisoner who …": a person (or body) is asked, by name.
  if (/^what (was|is|were|are) the names? of (the|a|an|this|that|his|her|their)\b/.test(s)) return 'agent';
  if (mentionsCount(s) && !countOnlyTalkedOf(s) && !/^(who|when|where|which|what (date|day|year))\b/.test(s)) return 'count';
  // "What happened outside the embassy on November 12?": an event told, not a place or a date.
  if (/^(what|and what) (happened|took place|went on|was going on)\b/.test(s)) return 'fact';
  if (/^(when|what time|(the )?(exact )?(date|day) of)\b/.test(s) || /\b(what|which|on what|over what|on which|at what) (date|dates|day|days|year|month|time)\b/.test(s) || /\bwhat was the date\b/.test(s) || /\bwhen (did|was|were|is|does|do|had|has)\b/.test(s)) {
    return 'date';
  }
  if (/^where\b/.test(s) || /\bwhere (did|was|were|is|are|do|does|exactly|in)\b/.test(s)) return 'place';
  const { head, modifiers } = whichHead(s);
  // "which judiciary news site reported …", "which web site": a site that publishes is a body, not a place.
  const mediaSite = !!head && /^sites?$/.test(head) && /^(?:news|web|media|press|online|internet)$/.test(modifiers.at(-1) ?? '');
  if (/\bin (which|what) (city|town|place|country|district|province|square|hall|room|chamber|auditorium|part|area|neighbourhood|neighborhood|building|street|village|region)\b/.test(s)) return 'place';
  if (head && PLACE_HEADS.has(head) && !mediaSite && !/\b(which|what) (groups?|people)\b/.test(s)) return 'place';
  if (head && DATE_HEADS.has(head)) return 'date';
  // "who is X" / "who's X" / "what's X's position": a role; "who is the organiser" is an agent question.
  if (isRoleQuestion(s, cleanRaw)) return 'role';
  if (new RegExp(`^(what|wat|wht|and what|so what)\\b.*\\b(${STATEMENT_VERBS})\\b`).test(s) && !/^what (was|is) the (name|role|title|job|position)\b/.test(s)) return 'statement';
  if (/^how did .+ (describe|characteri[sz]e|call|explain|justify|react|respond)\b/.test(s)) return 'statement';
  if (/\b(what|which) (was|were) (the )?(message|slogans?|chants?|demands?|words)\b/.test(s) || /\bwhat (slogans?|chants?|banners?)\b/.test(s)) return 'statement';
  if (/^(who|whom|whose)\b/.test(s) || /\bwho (spoke|organi[sz]ed|claimed|said|reported|concluded|presented|led|called|addressed)\b/.test(s)) return 'agent';
  if (/\b(which|what)\b/.test(s) && head && (ORG_HEADS.has(head) || PERSON_HEADS.has(head) || /s$/.test(head))) return 'agent';
  // "which spokesman said 7,000 were arrested", "which official told reporters …": the one who said it is asked.
  if (/^which (?!(?:did|does|do|has|had|was|were|is|are|he|she|they|it|we|you)\b)(?:[\w'-]+ ){1,2}(said|says|told|claimed|reported|announced|stated)\b/.test(s)) return 'agent';
  if (/^(what|which)\b.*\b(say|said|says|tell|told|wrote|write)\b/.test(s)) return 'statement';
  return 'fact';
}

/** "who is X", "who's X", "who was X", "X - what's her role", "what is X's position". */
function isRoleQuestion(s: string, raw: string): boolean {
  if (/\b(roles?|positions?|jobs?|titles?|functions?|posts?|occupations?|professions?)\b/.test(s) && /\b(what|what's|whats|which)\b/.test(s)) return true;
  // ("what is X's background" asks who X is; "what is the background to the protests" does not.)
  if (/\bwhat\b.*(?:['’]s|\b(?:his|her|their))\s+backgrounds?\b/i.test(raw)) return true;
  // "what does X do for a living?": the person's occupation.
  if (/^what (?:does|did|do) .+ do for (?:a )?(?:living|work)$/.test(s)) return true;
  // "what is X known for?", "what was X famous for": who the person named is.
  // (A name written in lower case, "what is mira tolvan known for", is two to four words with no article.)
  if (/^what (?:is|was|s) (?!(?:the|a|an|this|that|it|iran|its|their)\b)(?:\S+ ){1,3}\S+ (?:best |most |mainly )?(?:known|famous|noted|renowned) for\b/.test(s)) return true;
  // "X was quoted about …, who is he exactly?": the pronoun stands for the person the question named.
  if (/\bwho (?:is|was) (?:he|she)(?: (?:exactly|really|again|then))?$/.test(s) && namedPerson(raw)) return true;
  // "X, who spoke at …, what office did he hold?": the post asked of the person the question named.
  if (/\bwhat (?:office|post)s? (?:did|does|do|has|had) (?:he|she) (?:hold|holds|held|have|has|fill|occupy)\b/.test(s) && namedPerson(raw)) return true;
  const m = /^(?:who|who's|whos|who s)\s+(?:is|was|are|were)\s+(.+)$/.exec(s) ?? /^(?:who's|whos|who s)\s+(.+)$/.exec(s);
  if (!m) return false;
  const rest = (m[1] ?? '').trim();
  // "who is the organiser of …", "who were the speakers": an agent question; "who is Rami Abdel Rahman": a role.
  if (/^(the|a|an|this|that|these|those)\b/.test(rest)) return false;
  // "who was spokesperson for the rally organisers", "who is head of the committee": the person holding the role is asked.
  if (ROLE_ASKED.test(rest)) return false;
  // "who is Orrin's lawyer", "who was the mayor's deputy": the person standing in that part to the one named is asked.
  if (asksPartOfNamed(raw)) return false;
  // "who is the Kessa League's director for the north?", "who is UNHCR's envoy": a body's post, whose holder is asked.
  if (BODYS_POST.test(rest)) return false;
  // "who was one of the organisers of …", "who were some of the speakers": one of a group is asked for, not a role.
  if (/^(?:one|some|any|two|three|each|all|both|several|many|most|none)\s+of\s+(?:the|its|their|his|her)\b/.test(rest)) return false;
  // The name must be written as one, or at least read as two words before any clause ("…, who spoke at …").
  const rawRest = /^(?:\s*(?:who|who's|whos|who’s)\s+(?:is|was|are|were)?\s*)(.+)$/i.exec(raw)?.[1] ?? rest;
  const first = cutName(rawRest.split(/[,(?.!;:–—]| - /)[0]?.trim() ?? '');
  // "who is organising the march", "who was leading the crowd": a deed under way, whose doer is asked (a name is
  // capitalised: "who is Manning").
  if (/^[a-z]+ing\b/.test(rawRest.trim())) return false;
  if (/\b(spoke|organi[sz]ed|claimed|said|killed|led|presented|concluded|behind|responsible)\b/i.test(first)) return false;
  return first.split(/\s+/).length <= 5;
}

/** "where did X talk to reporters", "where did X brief the press", "where did X hold a news conference". */
const PRESS_AT =
  /\bwhere\b.*\b(?:(?:talk|talked|speak|spoke|tell|told|brief|briefed|address|addressed)\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|press|media)|(?:hold|held|give|gave)\s+(?:a|the|his|her|their)\s+(?:news|press)\s+(?:conference|briefing))\b/i;

/** "who was named to succeed X", "who will replace X", "who took over from X": the one put in X's place is asked. */
export const SUCCESSOR_ASKED =
  /^\s*(?:who|who's|whos)\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|were)\s+(?:named|appointed|chosen|picked|tapped|nominated|elected|selected|designated)\s+(?:as\s+\w+\s+)?to\s+(?:succeed|replace|take\s+over\s+from)|succeeded|replaced|will\s+succeed|will\s+replace|took\s+over\s+from|is\s+to\s+succeed|is\s+to\s+replace|is\s+replacing|is\s+succeeding)\s+(.+)$/i;

/**
 * A role named in common words and tied to a body or an occasion ("spokesperson for the organisers", "head of …"),
 * after at most two words of the body it belongs to ("the Kessa League head of mission for …").
 */
const ROLE_ASKED =
  /^(?:(?!(?:the|a|an|one|some)\s)[\p{L}\d.&-]+\s+){0,2}?(?:(?:chief|deputy|former|acting|official|main|lead|then|current|presiding|senior|federal|public|investigating|defen[cs]e|trial|police|press)\s+)?(?:spokes(?:person|man|woman)|organi[sz]er|leader|head|director|chair(?:man|woman|person)?|president|mayor|coordinator|secretary|minister|founder|commander|host|moderator|representative|ambassador|editor|presenter|governor|judge|prosecutor|lawyer|attorney|magistrate|investigator|sponsor|co-?sponsor|author|drafter|initiator)s?\s+(?:of|for|at|to|in|on)\b/u;

/** A post of a body written before it with a possessive ("unhcr's director for …", "the league s chief envoy"). */
const BODYS_POST =
  /^(?:[\p{L}\d.&-]+\s+){0,4}?[\p{L}\d.&-]+(?:['’]s|s['’]|\ss)\s+(?:(?:chief|deputy|former|acting|regional|senior|special|country|executive|general)\s+)?(?:director|spokes(?:person|man|woman)|head|chief|envoy|representative|rapporteur|coordinator|secretary|president|chair(?:man|woman|person)?|commissioner|ambassador|leader|founder|minister)s?(?:\s+(?:general|for|of|in|on)\b.*)?$/u;

/** A part one person stands in to another, after a possessive ("orrin's lawyer", "the mayor s deputy"). */
const PART_OF_NAMED =
  /(?:['’]s|s['’]|\ss)\s+(?:(?:defen[cs]e|chief|former|personal|main|lead)\s+)?(?:lawyers?|attorneys?|counsel|advocates?|spokes(?:person|man|woman)|wife|husband|brothers?|sisters?|sons?|daughters?|father|mother|deputy|successor|predecessor|aides?|advis[eo]rs?|assistants?)$/;

/** Whether a question ends on a part one person stands in to another ("who is Orrin's lawyer?"). */
export function asksPartOfNamed(question: string): boolean {
  return PART_OF_NAMED.test(question.toLowerCase().replace(/[\s?!.]+$/, ''));
}

/** The part asked of a named person, singular ("who is Orrin's lawyers?" → "lawyer"), if the question asks one. */
export function partOfNamedAsked(question: string): string | undefined {
  const q = question.toLowerCase().replace(/[\s?!.]+$/, '');
  const m = PART_OF_NAMED.exec(q);
  if (m) return (m[0].split(/\s+/).at(-1) as string).replace(/s$/, '');
  // ("who was the lawyer of Orrin Vale", "who is the wife of …": the same part, written after it.)
  return PART_BEFORE_NAMED.exec(q)?.[1]?.replace(/s$/, '');
}

/** A part one person stands in to another, written before an "of" and the one named ("the lawyer of Orrin Vale"). */
const PART_BEFORE_NAMED =
  /^(?:and\s+|so\s+)?who(?:['’]s|s|\s+(?:is|was|are|were))\s+the\s+(?:(?:defen[cs]e|personal|main|lead)\s+)?(lawyers?|attorneys?|counsel|wife|husband|brothers?|sisters?|sons?|daughters?|father|mother)\s+of\s+\p{L}/u;

/** A name up to the first clause word ("Afchine Alavi in Voxeurop's account …", "David Zimmer spoke at …" → the name). */
function cutName(s: string): string {
  return s.split(/\s+(?:in|at|from|of|per|according|during|on|for|who|whose|one|mentioned|quoted|listed|spoke|speaks|attended|addressed|appeared|was|were)\s+/i)[0]?.trim() ?? s;
}

/** The text of the subject in "what did X say", "how did X describe", "who is X", "X - what's her role". */
function subjectOf(expects: AnswerType, raw: string): string | undefined {
  const c = raw.replace(/[?!.]+\s*$/, '').trim();
  let m: RegExpExecArray | null = null;
  if (expects === 'role') {
    m =
      /^(?:\s*(?:and\s+)?(?:who|who's|whos)\s+(?:is|was|are|were)?\s*)(?:mr\.?|mrs\.?|ms\.?|dr\.?)?\s*([^,(?.!;:–—]+?)(?:\s*[,(?.!;:–—]|\s+-\s|\s+(?:he|she|they)\b|\s+at the time\b|$)/i.exec(c) ??
      /\bwhat(?:'s| is| was|s)\s+([^,(?]+?)(?:'s|’s)\s+(?:role|position|job|title|function|post|background)\b/i.exec(c) ??
      /\bwhat\s+(?:does|did|do)\s+([^,(?]+?)\s+do\s+for\s+(?:a\s+)?(?:living|work)\b/i.exec(c) ??
      /\bwhat(?:'s|’s|\s+is|\s+was)\s+([^,(?]+?)\s+(?:best\s+|most\s+|mainly\s+)?(?:known|famous|noted|renowned)\s+for\b/i.exec(c) ??
      // "what position did X hold", "what role does X play".
      // ("what role did prosecutors say X played": the role is X's, the ones saying it only source it.)
      /\bwhat\s+(?:role|part)s?\s+(?:did|does|do)\s+[^,(?]+?\s+(?:say|said|believe|think|claim|allege)\s+([^,(?]+?)\s+(?:played|plays|play|had|has|held|holds)\b/i.exec(c) ??
      /\bwhat\s+(?:role|position|job|title|post|office|function)s?\s+(?:did|does|do|has|had)\s+([^,(?]+?)\s+(?:hold|holds|held|have|has|play|plays|fill|occupy|serve)\b/i.exec(c) ??
      /^([^,(?–—-]+?)\s*(?:-|–|—|,)\s*what(?:'s| is| was|s)\s+(?:his|her|their)\s+(?:role|position|job|title)/i.exec(c) ??
      /\b(?:role|position|job|title) of\s+([^,(?]+)/i.exec(c) ??
      /(?:^|[,;.]\s*)(?:so\s+|and\s+|but\s+)?who(?:'s|’s|\s+is|\s+was)\s+(he|she)\b/i.exec(c);
  } else if (expects === 'statement') {
    m =
      /\bwhat\s+(?:slogans?|chants?|words|banners?|placards?|signs?)\s+(?:did|do|does|were)\s+(.+?)\s+(?:chant|shout|carry|carried|sing|sang|hold|held|say|write|wave|display)\b/i.exec(c) ??
      // ("what exactly did X say": the adverb presses the question, it is no part of it.)
      new RegExp(`\\bwhat\\s+(?:(?:exactly|really|actually|precisely)\\s+)?(?:did|does|do|has|had|was it that)\\s+(.+?)\\s+(?:${STATEMENT_VERBS})\\b`, 'i').exec(c) ??
      /\bhow did\s+(.+?)\s+(?:describe|characteri[sz]e|call|explain|justify|react|respond)\b/i.exec(c) ??
      /\b(?:message|words|slogans?|chants?|demands?)\s+of\s+(.+?)(?:\s+(?:at|in|during|on)\b|$)/i.exec(c);
  }
  // "what did Khamenei reportedly tell": an adverb on the verb is no part of the speaker's name.
  const s = (expects === 'role' ? cutName(m?.[1]?.trim() ?? '') : m?.[1]?.trim())?.replace(/\s+(?:reportedly|allegedly|supposedly|apparently|actually|really|publicly|privately|later|first|then|once|also|ever)$/i, '');
  if (!s) return undefined;
  // "what did Lirra, the nurse from Selmar, say": a description set after the name between commas describes who is
  // asked; the name is who (the description's words are the question's context, not words the speaker must carry).
  const apposed = /^((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}?)\s*,\s+(?:the|a|an)\s+[^,]+,?$/u.exec(s);
  if (apposed?.[1]) return apposed[1].trim();
  // "organiser Hassan Lababidi" → "Hassan Lababidi"; "the mayor of Paris" stays a description.
  return describedName(s.replace(/^(?:[Tt]he\s+)?(?:[Oo]rgani[sz]er|[Pp]ensioner|[Ss]enator|[Aa]yatollah|[Mm]ayor|[Aa]mnesty's|[Ff]ranco-[Ii]ranian engineer)\s+(?=\p{Lu})/u, '').trim());
}

/**
 * "journalist Sara Kovin", "the Union's harbour researcher Tomas Reid": words of description written in lower case
 * before a name of two or more capitalised words describe the person; the name is who is asked. (A report writes the
 * description apart from the name, "poet and former detainee Sara Kovin", or elsewhere, and a name asked with its
 * description as one run of words was then found nowhere.) A description holding a function word, "the mayor of New
 * York", stays whole: its capitalised words may name a place, not the person.
 */
function describedName(s: string): string {
  const m = /^(.*?\s)?([\p{Ll}][\p{L}-]+)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)$/u.exec(s);
  if (!m?.[3]) return s;
  const described = tokenize(`${m[1] ?? ''}${m[2]}`).map((t) => t.fold).filter((f) => !/^(?:the|a|an|s)$/.test(f));
  if (!described.length || described.some((f) => isFunctionWord(f))) return s;
  return m[3];
}

/** Splits the question into clauses; the one holding the question word is where the focus is. */
function askingClause(tokens: Token[], raw: string): { from: number; to: number } {
  const cuts: number[] = [];
  for (const m of raw.matchAll(/[?.!;:()]|\s[-–—]\s|->/g)) cuts.push(m.index ?? 0);
  const wh = tokens.findIndex((t) => /^(who|whom|whose|what|which|when|where|how)$/.test(t.fold));
  if (wh < 0) return { from: 0, to: tokens.length };
  const whAt = tokens[wh]?.start ?? 0;
  const before = Math.max(-1, ...cuts.filter((c) => c < whAt));
  const after = Math.min(raw.length, ...cuts.filter((c) => c > whAt));
  const from = tokens.findIndex((t) => t.start > before);
  let to = tokens.findIndex((t) => t.start > after);
  if (to < 0) to = tokens.length;
  return { from: Math.max(0, from), to };
}

/** Prepositions that open a phrase placing the event (its place, time, occasion) rather than the thing asked. */
const CONTEXT_OPENERS = new Set([
  'at', 'in', 'on', 'during', 'after', 'before', 'outside', 'near', 'per', 'according', 'when', 'while', 'following', 'since', 'against', 'for', 'the', 'from', 'to', 'about', 'over',
]);

/** A verb of saying, calling or chanting and up to three words of its object, right before a quote. */
const SAYING_BEFORE = /\b(?:call(?:ed|s|ing)?|said|say|says|describ\w*|dubb\w*|label+\w*|term(?:ed|s)?|chant\w*|shout\w*|wrote|write|writes|told|tell|tells|warn\w*|brand\w*|as)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;

/**
 * The words a question quotes as said, called or chanted ("who called Iranians 'the resistance of our age'"), folded;
 * a quoted name of an event ("the 'Free Voices' rally") is not among them. Single quotes open after a space and
 * close before a space or punctuation, so "Iran's" and "members' " are no quotes.
 */
function quotedWords(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/(?:^|[\s(])(?:'([^']{4,}?)'|"([^"]{4,}?)"|‘([^’]{4,}?)’|“([^”]{4,}?)”|«\s*([^»]{4,}?)\s*»)(?=[\s?.,!;:)]|$)/gu)) {
    const words = fold(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '');
    if (words.split(' ').length < 2) continue;
    if (!SAYING_BEFORE.test(raw.slice(0, m.index + (m[0].length - m[0].trimStart().length)))) continue;
    out.push(words);
  }
  return out;
}

/** "the day before the Lindau march", "a week after the rally at Harbour Square": another occasion dating the one asked. */
// (Not "in the morning before walking to the square": a part of the same day, and a deed in "-ing", date no occasion.)
const REFERENCE_OCCASION = /\b(?:the|a|one|two|three)\s+(?:day|days|night|week|weeks|weekend)\s+(?:before|after)\s+(?!\w+ing\b)(?:the\s+)?([^?,;]+)/i;

/** A question that names where a route began ("where did the march start", "… from"): it asks no goal. */
const ROUTE_FROM = /\b(?:start|starts|started|begin|begins|began|set off|from)\b/i;
const SPOKE = String.raw`\b(?:address(?:es|ed|ing)?|speak(?:s|ing)?|spoke|join(?:s|ed|ing)?|appear(?:s|ed|ing)?|talk(?:s|ed|ing)?)\b`;
/** "from where did X address the rally", "where did she speak from": where a speaker who joined from afar was. */
const SPEAKER_FROM = new RegExp(`^\\s*from where\\b.*${SPOKE}|\\bwhere\\b.*${SPOKE}.*\\bfrom\\s*\\??\\s*$`, 'i');

/** "From which city did …", "from what town …", "from where did …": the place something set out from is asked. */
const FROM_WHICH = /^\s*(?:and\s+|so\s+)?from\s+(?:which|what|where)\b/i;

/** The name terms of the occasion a question dates the asked one by (see `QuestionAnalysis.reference`). */
function referenceOccasion(raw: string, tokens: readonly Token[], terms: readonly QuestionTerm[]): string[] {
  const m = REFERENCE_OCCASION.exec(raw);
  if (!m) return [];
  const start = m.index + m[0].length - (m[1] as string).length;
  const end = start + (m[1] as string).length;
  const from = tokens.findIndex((t) => t.start >= start);
  const to = tokens.findIndex((t) => t.start >= end);
  // (Only names: the event's noun, "march", is the asked occasion's word as well.)
  return terms.filter((t) => t.sort === 'name' && from >= 0 && t.at >= from && (to < 0 || t.at < to)).map((t) => t.fold);
}

/** "where did the march go / head", a march's goal asked without "to": the question opens with "where", names a march. */
const MARCH_GO = /^where\b[^?]*\b(?:march|marchers|procession|cortege|protest march|demonstration march)\b[^?]*\b(?:go|went|head|headed|lead|led)\b(?!\s+(?:on\s+)?(?:to|from)\b)/i;

/** Other words for a route's end ("finish", "wind up"), read as "end". */
const ROUTE_END_WORDS = /^(?:finish|finishes|finished|conclude|concludes|concluded|terminate|terminated|wind)$/;

/**
 * Reads a question once into its expected answer, focus, constraints and terms.
 * `isProperWord` says whether the archive writes a folded word only capitalised (a name), for lowercase questions.
 */
export function analyseQuestion(
  question: string,
  isProperWord: (folded: string) => boolean = () => false,
  isPlaceName: (folded: string) => boolean = () => false,
  isUnwritten: (folded: string) => boolean = () => false,
): QuestionAnalysis {
  const raw = question;
  const tokens = tokenize(raw);
  const q = tokens.map((t) => t.fold).join(' ');
  const expects = expectedType(q, raw);
  const clause = askingClause(tokens, raw);
  const years = [...new Set(questionYears(raw))];
  const range = parseQuestionRange(raw);
  const numbers: number[] = [];
  const excluded: string[] = [];
  const exclusion = /\b(?:apart from|besides|other than|except|excluding|aside from|beyond)\s+(.+?)(?=[?,.;]|$)/i.exec(raw);
  if (exclusion?.[1]) excluded.push(...tokenize(exclusion[1]).map((t) => t.fold).filter((f) => !isFunctionWord(f)));

  // The focus: from the question word to the first phrase that places the event ("at the …", "in 2019", "per …").
  const wh = tokens.findIndex((t, i) => i >= clause.from && /^(who|whom|whose|what|which|when|where|how)$/.test(t.fold));
  const focusFrom = wh >= 0 ? wh : clause.from;
  let focusTo = clause.to;
  let seenContent = 0;
  for (let i = focusFrom + 1; i < clause.to; i++) {
    const t = tokens[i] as Token;
    const atLeast = t.fold === 'at' && /^(least|most)$/.test(tokens[i + 1]?.fold ?? '');
    if (seenContent >= 1 && CONTEXT_OPENERS.has(t.fold) && !atLeast && !(t.fold === 'the' && seenContent < 2)) {
      // "how many of the deaths …", "number of protesters": "of" continues the focus.
      focusTo = i;
      break;
    }
    if (!isFunctionWord(t.fold) && !ASKING.has(t.fold)) seenContent++;
  }

  // The asking clause ends at the first comma or dash after the question word ("…, in the same report as …").
  const askFrom = wh >= 0 ? wh : clause.from;
  let askTo = clause.to;
  for (let i = askFrom + 1; i < clause.to; i++) {
    // A comma inside a date or a number ("February 8, 1982") does not end the clause.
    // Nor does one in a list of names ("When were Kazemi, Mirhashemi and Yaqoubi arrested?").
    const inNameList = (tokens[i - 1] as Token).cap && (tokens[i] as Token).cap && i - 1 > askFrom;
    if (/[,;–—]/.test(raw.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start)) && (tokens[i] as Token).value === undefined && !inNameList) {
      askTo = i;
      break;
    }
  }
  // For "which politicians … spoke", the words before the verb describe the answer.
  const focusVerbAt = expects === 'agent' ? firstVerbAfter(tokens, focusFrom) : -1;
  // "who were the royal guests …": what follows "were" describes the answer too.
  // ("who was among those sending video messages": "among those" opens the deed the answer did, no description of it.)
  const amongThose = /^(?:among|one of) (?:those|the ones|the people)$/.test(tokens.slice(focusFrom + 2, focusFrom + 5).map((t) => t.fold).join(' ').replace(/^(among (?:those|the ones|the people)).*$/, '$1').replace(/^(one of (?:those|the ones|the people)).*$/, '$1'));
  const predicateEnd = expects === 'agent' && !amongThose && focusVerbAt === focusFrom + 1 && /^(is|was|are|were)$/.test(tokens[focusVerbAt]?.fold ?? '') ? focusTo : -1;
  // For an agent, the deed after the kind asked is the focus ("which politicians from the French left spoke").
  if (expects === 'agent' && focusVerbAt > focusFrom && focusVerbAt < clause.to && focusVerbAt >= focusTo) {
    focusTo = focusVerbAt + 1;
    for (let i = focusVerbAt + 1; i < clause.to; i++) {
      if (CONTEXT_OPENERS.has((tokens[i] as Token).fold)) break;
      focusTo = i + 1;
    }
  }
  const sourceAt = new Set<number>();
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]?.fold;
    const prev2 = tokens[i - 2]?.fold;
    if ((prev === 'per' || (prev === 'to' && prev2 === 'according')) && !placedReport(tokens, i, isPlaceName)) {
      // "per Top Channel", "according to Ilaf": the name (one to three capitalised words) is the source.
      for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
        const tk = tokens[k] as Token;
        // "per Europe 1", "according to France 24": a number may end an outlet's name.
        if (k > i && !tk.cap && !(tk.value !== undefined && tokens[k - 1]?.cap && raw.slice((tokens[k - 1] as Token).end, tk.start) === ' ')) break;
        sourceAt.add(k);
        if (k > i && !tk.cap) break;
      }
    }
    // "Voxeurop's account": the possessive "s" stands between the outlet and the noun.
    const next = (tokens[i + 1]?.fold === 's' ? tokens[i + 2]?.fold : tokens[i + 1]?.fold) ?? '';
    // "the Voxeurop piece", but not "what did the Bureau report?" (a verb after "did").
    // Nor "which Kurdish watchdog reported …": the verb after the kind asked is the deed of the answer.
    const asVerb =
      (/^(report|reported)$/.test(next) && tokens.slice(Math.max(0, i - 6), i).some((x) => /^(did|does|do|has|had)$/.test(x.fold))) ||
      (/^(reported|wrote|covered)$/.test(next) && expects === 'agent' && tokens.slice(Math.max(0, i - 3), i).some((x) => /^(which|what)$/.test(x.fold)));
    // "the Geneva report": a town the archive knows, alone before the noun, tells where, not who published it
    // ("the Kurdistan 24 report" still names an outlet).
    // (Nor "the Korvik Harbour Square report": names before the noun among which a town the archive knows.)
    const townReport = (isPlaceName(t.fold) && !tokens[i - 1]?.cap && tokens[i - 1]?.value === undefined && tokens[i + 1]?.fold !== 's') || (tokens[i + 1]?.fold !== 's' && placedReport(tokens, i - 2, isPlaceName) && (tokens[i] as Token).cap);
    if ((SOURCE_NOUNS.test(next) || /^(reported|covered|wrote)$/.test(next)) && !asVerb && !townReport) {
      // "the Voxeurop piece", "Europe 1's piece", "(Channel 4 report)", "that CBC covered".
      for (let k = i; k >= Math.max(0, i - 2); k--) {
        const tk = tokens[k] as Token;
        if (isFunctionWord(tk.fold) || ASKING.has(tk.fold)) break;
        if (k < i && !tk.cap && !isProperWord(tk.fold)) break;
        // ("in its 330 tally", "the 185 count": a number alone before the paper is the count it gave, not who gave it;
        // "Channel 4 report" keeps the number that ends a name.)
        if (k === i && tk.value !== undefined && !tokens[k - 1]?.cap) break;
        sourceAt.add(k);
      }
    }
  });

  // "…the 2016 vigil for Aleppo (Europe 1)?": a name in brackets closing the question cites where the asker read it.
  for (const i of trailingOutlet(raw, tokens)) sourceAt.add(i);

  const terms: QuestionTerm[] = [];
  // "what did X say / tell / call for": the verb of saying asks; it is not a word the report must hold.
  const sayVerb = new RegExp(`^(?:${STATEMENT_VERBS}|call|calls|called|calling)$`);
  // In a question not written in capitals, a word in capitals is an acronym ("how many IS fighters").
  const shouting = tokens.filter((t) => /\p{Ll}/u.test(t.raw)).length < tokens.length / 2;
  // "…? something about it being close to the end": a hedge after the question is the asker's vague memory of the
  // words, not words a report must hold.
  const hedge = /\?\s*(?:something (?:about|like)|i think|i believe|i remember|not sure|maybe|iirc|probably)\b/i.exec(raw);
  const hedgeAt = hedge ? hedge.index : Infinity;
  // "When did Lena Varo die?": in a question asked in English, "die" is the verb, not the German article.
  const englishDie = ENGLISH_OPENING.test(raw);
  tokens.forEach((t, i) => {
    if (t.start > hedgeAt) return;
    const acronym = !shouting && /^\p{Lu}{2,6}$/u.test(t.raw);
    if ((isFunctionWord(t.fold) || ASKING.has(t.fold)) && !acronym && !(t.fold === 'die' && englishDie)) return;
    if (t.fold.length < 2 && t.value === undefined) return;
    // "how long was X sentenced to?": "long" asks the length, no word a report must hold ("to 18 years in prison").
    if (t.fold === 'long' && tokens[i - 1]?.fold === 'how') return;
    // "What position does X hold?", "What is X's job?": the words asking for a role are the answer's kind, no word a
    // report must hold.
    if (expects === 'role' && ROLE_ASKING.test(t.fold)) return;
    // "what's the SOHR total for people killed": "total" asks for a count, as "how many" does; a report's "a total of
    // 4,310 members of …" is not thereby the answer.
    if (expects === 'count' && /^(?:total|overall)$/.test(t.fold)) return;
    // "how many executions Kessia carried out", "how many raids did police conduct": the verb only does the deed its
    // noun names, which a report writes without it ("612 executions in 2030").
    if (expects === 'count' && LIGHT_VERBS.test(t.fold)) return;
    // "per Europe 1": the preposition that cites an outlet is no word a report must hold.
    if (t.fold === 'per' && sourceAt.has(i + 1)) return;
    if (expects === 'statement' && sayVerb.test(t.fold) && t.key !== '@chant' && !/^(tweet|wrote|write)/.test(t.fold)) return;
    // ("What did X talk about / speak of / discuss?": the verb asks for X's words as "say" does.)
    if (expects === 'statement' && TALK_ASKING.test(t.fold)) return;
    const isYear = t.value !== undefined && t.value >= 1900 && t.value <= 2100 && /^\d{4}$/.test(t.fold);
    const isNumber = t.value !== undefined && !isYear && !(t.value >= 1 && t.value <= 31 && ((!!tokens[i - 1] && MONTH_WORDS.has(tokens[i - 1]!.fold)) || (!!tokens[i + 1] && MONTH_WORDS.has(tokens[i + 1]!.fold))));
    if (isNumber && !sourceAt.has(i)) numbers.push(t.value as number);
    const monthWord = (x: Token | undefined) => !!x && MONTH_WORDS.has(x.fold) && x.key !== '@rally' && x.key !== 'may-verb';
    // "February 14", "14 February": the day of a date, not a figure.
    const dayOfDate = t.value !== undefined && t.value >= 1 && t.value <= 31 && (monthWord(tokens[i - 1]) || monthWord(tokens[i + 1]));
    const isDate = monthWord(t) || WEEKDAY_WORDS.has(t.fold) || dayOfDate;
    const capitalised = t.cap && i > 0 && !/[.?!:]\s*$/.test(raw.slice(0, t.start));
    // A capitalised word is a name unless it is a common word of the genre; "Syrian" is one in "the Syrian Observatory".
    const inName = (tokens[i + 1]?.cap && !isFunctionWord(tokens[i + 1]?.fold ?? '')) || (i > 0 && tokens[i - 1]?.cap && !/[.?!:]\s*$/.test(raw.slice(0, tokens[i - 1]?.start ?? 0)));
    // A lowercase word is a name when the archive only ever writes it capitalised — but not a word of the genre that
    // headlines capitalise ("bombardment", "rally").
    const lowerName = !t.cap && isProperWord(t.fold) && (!familyOf(t.fold) || PLACE_FAMILY.test(t.key)) && !EVENT_KEYS.has(t.key);
    // "combien ont manifesté à lyon": a lowercase word after the French preposition of place that
    // no report writes at all is the name of a place the archive does not hold, not a word to look past (closing the
    // question or its clause: "à la fin" is no town).
    const unheldPlace = !t.cap && t.value === undefined && t.fold.length >= 3 && isUnwritten(t.fold) && !familyOf(t.fold) && UNHELD_PLACE_BEFORE.test(tokens[i - 1]?.raw ?? '') && !FRENCH_AFTER_A.test(t.fold) && (!tokens[i + 1] || isFunctionWord(tokens[i + 1]!.fold));
    // (A body's acronym written in capitals stays a name though its forms in other languages make a family: "NCRI".)
    const bodyAcronym = t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && familyOf(t.fold) !== '@un' && sameBodyForms(t.fold).length > 0;
    const name = (capitalised && (!familyOf(t.fold) || PLACE_FAMILY.test(t.key) || !!inName || bodyAcronym)) || lowerName || unheldPlace;
    const sort: QuestionTerm['sort'] =
      sourceAt.has(i) && !isYear ? 'source' : isYear ? 'year' : isNumber ? 'number' : isDate ? 'date' : name ? 'name' : 'word';
    const inFocusClause = i >= focusFrom && i < focusTo;
    // The noun a question asks for ("which town", "which politicians", "royal guests") is the answer's type, not
    // something the evidence must repeat; for an agent the deed is the focus, and the figure a claim states.
    const isAnswerHead = (expects === 'place' && PLACE_HEADS.has(t.fold)) || (expects === 'agent' && (i < focusVerbAt || i < predicateEnd));
    const focusSort = sort === 'word' || (expects === 'agent' && sort === 'number');
    // "the Dell demonstration marking the day of the dead": a participle right after the occasion's noun tells which
    // occasion it was (its "-ing" clause describes it), no deed a sentence telling the one asked must repeat.
    const describesOccasion = /^(?:marking|commemorating|celebrating|honou?ring|remembering)$/.test(t.fold) && !!tokens[i - 1] && EVENT_KEYS.has(tokens[i - 1]!.key);
    const part: QuestionTerm['part'] = inFocusClause && focusSort && !isAnswerHead && !describesOccasion && focusWord(expects, t) ? 'focus' : 'context';
    const term: QuestionTerm = { text: t.raw, fold: t.fold, key: t.key, part, sort, at: i, inAsk: i >= askFrom && i < askTo };
    if (sort === 'name' && (isLocative(tokens, i, isPlaceName) || unheldPlace)) term.locative = true;
    if (acronym && isFunctionWord(t.fold)) term.acronym = true;
    terms.push(term);
  });

  // "where was the UN report on the toll issued?", "where were the two students arrested?": the participle closing the
  // question is the deed whose place is asked, not a word of context (a place of the deaths the report counts is not
  // where it was issued).
  const closingDeed = expects === 'place' ? /\bwhere\s+(?:was|were|is|are|has been|have been|had been)\b(?:[^?,;:]|,(?=\d))*?\b(\p{L}{3,}ed)\s*(?:\([^)]*\)\s*)?(?:\?|$)/iu.exec(raw) : null;
  if (closingDeed?.[1]) {
    const deed = terms.findLast((x) => x.fold === fold(closingDeed[1] as string) && x.sort === 'word');
    if (deed && !GENERIC_FOCUS.has(deed.fold) && !GENERIC_FOCUS.has(deed.key)) deed.part = 'focus';
  }

  // Words right before an event noun describe the event ("the april 2017 sarin attack").
  tokens.forEach((t, i) => {
    if (!EVENT_KEYS.has(t.key)) return;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const term = terms.find((x) => x.at === k);
      if (!term) {
        if (/^(the|a|an|its|their|this|that)$/.test(tokens[k]?.fold ?? '')) break;
        continue;
      }
      if (term.sort === 'word' && !PLAIN_ADJECTIVES.has(term.fold)) term.describesEvent = true;
      // ("who organised the big demo": "big" is no word a report must say of the deed asked.)
      else if (term.sort === 'word' && /^(?:big|large|huge|massive|great|biggest|largest)$/.test(term.fold)) term.part = 'context';
      // "the Brussels Free Iran march": past a word of the event's own name ("Free"), "Iran" names the cause, and
      // only what stands before it may be the place.
      if (term.sort === 'name' && !isPlaceName(term.fold) && !term.locative) {
        for (const x of terms) if (x.at > k && x.at < i && x.sort === 'name') x.locative = false;
        continue;
      }
      // "his briefing on the Idlib offensive": an event the question speaks about is its topic; where it was is not
      // where the deed asked was done.
      const opener = tokens.slice(Math.max(0, k - 3), k).map((x) => x.fold);
      const the = opener.lastIndexOf('the');
      if (expects === 'place' && the >= 1 && /^(on|about|over|regarding|concerning)$/.test(opener[the - 1] ?? '') && term.sort === 'name') {
        term.locative = false;
        continue;
      }
      // "the Villepinte rally", "the 2020 Munich rally": a place named before the event is where it was.
      if (term.sort === 'name' && isPlaceName(term.fold) && !terms.some((x) => x.at > k && x.at < i && x.sort === 'name' && !isPlaceName(x.fold))) term.locative = true;
    }
  });

  // "according to the Geneva report", "the Geneva protesters": a place the archive knows, right before a report or
  // a crowd, is where what the question asks happened.
  tokens.forEach((t, i) => {
    if (!REPORT_OR_CROWD.test(t.fold)) return;
    const term = terms.find((x) => x.at === i - 1);
    if (term?.sort === 'name' && isPlaceName(term.fold)) term.locative = true;
    // ("the Korvik Harbour Square report": the town among the names before the noun.)
    for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
      const before = terms.find((x) => x.at === k);
      if (before?.sort !== 'name') break;
      if (isPlaceName(before.fold)) before.locative = true;
    }
  });

  // "Who told the crowd that the unrest was a global conspiracy?": what was said is the deed; whom it was told to
  // is context, often worded otherwise ("told the gathering").
  if (expects === 'agent' && focusVerbAt >= 0 && tokens[focusVerbAt]?.key === '@say') {
    // "that winter" is a time, not what was said; a figure said is weighed as figures are.
    const that = tokens.findIndex((t, i) => i > focusVerbAt && t.fold === 'that' && !/^(winter|summer|spring|autumn|day|week|month|year|night|morning|evening|time)s?$/.test(tokens[i + 1]?.fold ?? ''));
    let clauseEnd = tokens.length;
    for (let i = that + 1; that > 0 && i < tokens.length; i++) {
      if (CONTEXT_OPENERS.has((tokens[i] as Token).fold) && (tokens[i] as Token).fold !== 'the') {
        clauseEnd = i;
        break;
      }
    }
    if (that > focusVerbAt + 1 && !terms.some((t) => t.at > that && t.sort === 'number')) {
      for (const t of terms) {
        if (t.at > focusVerbAt && t.at < that && t.part === 'focus') t.part = 'context';
        else if (t.at > that && t.at < clauseEnd && t.sort === 'word' && t.part === 'context') t.part = 'focus';
      }
    }
  }
  // "Who counted 158,218 dead?": the figure and what it counts are the deed; how the claim is worded ("counted",
  // "documented", "said a total of") varies from report to report.
  if (expects === 'agent' && terms.some((t) => t.part === 'focus' && t.sort === 'number')) {
    for (const t of terms) if (t.part === 'focus' && CLAIM_KEYS.has(t.key)) t.part = 'context';
  }
  const analysis: QuestionAnalysis = { question: raw, expects, years, terms, numbers, excluded };
  const reference = referenceOccasion(raw, tokens, terms);
  if (reference.length) analysis.reference = reference;
  const bodies = bodyNames(tokens, raw);
  if (bodies.length) analysis.bodies = bodies;
  if (range) analysis.range = range;
  // ("what time of year", "which time period" ask no hour.)
  if (expects === 'date' && /\b(?:what|which) time\b(?!\s+(?:of\s+(?:the\s+)?(?:year|month)|period|frame|span))|\bwhat hour\b/i.test(raw)) analysis.clock = true;
  if (expects === 'place') {
    // "where will the march end", "where did the march start": one end of a route, not where it was held.
    // "From which city did the caravan drive to the capital?": where it set out from, not where it went or was held.
    if (FROM_WHICH.test(raw) && !SPEAKER_FROM.test(raw)) analysis.route = 'start';
    else if (/\b(?:end|ends|ended|ending|finish|finishes|finished|conclude|concludes|concluded|terminate|terminated|wind up|arrive|arrived|arrives)\b/i.test(raw) || FRENCH_ROUTE_END.test(raw)) analysis.route = 'end';
    else if ((/\b(?:start|starts|started|begin|begins|began|set off|sets off|depart|departed|departs)\b/i.test(raw) || FRENCH_ROUTE_START.test(raw)) && !/\band\b.*\b(?:to|end|finish)\b/i.test(raw)) analysis.route = 'start';
    // "where did they gather before marching to city hall": where the march set off from.
    else if (/\b(?:gather|gathered|gathering|meet|met|assemble|assembled|mass|massed)\b.*\bbefore\b/i.test(raw)) analysis.route = 'start';
    // "where did protesters march to", "where did the crowd head to": the march's end ("to" asks the goal, named after it).
    else if (/\b(?:march|marched|marching|walk|walked|head|headed|go|went|move|moved|proceed|proceeded)\s+(?:on\s+)?to\b(?!\s+(?:the\s+)?\p{Lu})/u.test(raw) && !ROUTE_FROM.test(raw)) analysis.route = 'end';
    // "where did the protest march go?", "where did the procession head?": a march's goal, with no "to" written.
    else if (MARCH_GO.test(raw) && !ROUTE_FROM.test(raw)) analysis.route = 'end';
    // "where were the families heading?", "where were they going?": the goal of a flight or a march, not where it began.
    else if (/\b(?:heading|headed|going|bound)\s*(?:(?:in|on|during|after|before|last|this|that)\b[^?]*)?\??\s*$/i.test(raw) && !/\bfrom\b/i.test(raw)) analysis.route = 'end';
    // "where did the march finish?" asks what "where did the march end?" asks: the one word read alike.
    if (analysis.route === 'end') for (const t of terms) if (t.sort === 'word' && ROUTE_END_WORDS.test(t.fold)) Object.assign(t, { fold: 'end', key: 'end' });
    // ("where was she speaking from": see SPEAKER_FROM.)
    if (SPEAKER_FROM.test(raw)) analysis.speakerFrom = true;
    else if (PRESS_AT.test(raw)) analysis.pressAt = true;
  }
  const quoted = quotedWords(raw);
  if (quoted.length) analysis.quoted = quoted;

  if (expects === 'agent') {
    analysis.agent = agentFocus(q, tokens);
    // (An office asked, "which speaker of the house", names the kind of person, not a deed: "speaker" is no "spoke".)
    const office = analysis.agent.office ? analysis.agent.head : undefined;
    if (office) for (const t of terms) if (t.fold === office && t.part === 'focus') t.part = 'context';
  }
  if (expects === 'count') {
    const counted = countedNoun(q, tokens);
    if (counted.length) analysis.counted = counted;
    const owners = terms.filter((t) => t.sort === 'name' && counted.length > 0 && t.at > 0 && /^(many|of)$/.test(tokens[t.at - 1]?.fold ?? '') && t.at + 1 < tokens.length && counted.includes((tokens[t.at + 1] as Token).key));
    if (owners.length) analysis.countedOf = owners.map((t) => t.text);
    // "what death toll did the white helmets give", "how many did amnesty count": the claimant asked.
    const claim = /\b(?:did|does|do|has|have|had) (?:the )?((?:[\w'-]+ ){0,3}?[\w'-]+) (?:give|gave|say|said|report|reported|put|count|counted|record|recorded|document|documented|estimate|estimated|claim|claimed|cite|cited|tally|register|registered)\b/.exec(q);
    const claimant = claim ? terms.filter((t) => t.sort !== 'number' && claim[1]!.split(' ').includes(t.fold)) : [];
    if (claimant.length && claimant.length <= 4) analysis.claimant = claimant.map((t) => t.text);
    // "whats the lrw death toll", "the league's latest toll": the body named right before the toll is the one giving
    // it (a single name, no place: "the Kastel death toll" is the toll of Kastel).
    const own = claimant.length ? null : OWN_TOLL.exec(q);
    // ("HRANA's count on …": a body's acronym opening the question is a name though no capital marks it as one there.)
    const named = (t: QuestionTerm) => t.sort === 'name' || (t.sort === 'word' && t.at === 0 && /^\p{Lu}{2,7}$/u.test(t.text));
    const body = own ? terms.find((t) => named(t) && t.fold === (own[1] ?? own[2]) && !isPlaceName(t.fold) && !COUNTRIES.has(t.fold)) : undefined;
    if (body) analysis.claimant = [body.text];
  }
  if (expects === 'place') {
    // "which metro station", "in which town", "which hospital, in which city": the kinds of place asked for.
    // "which part of Paris" or "take place" ask for no particular kind.
    // "which Damascus suburb": the place noun may follow a name.
    const asked = whichHead(q).head;
    const heads = [...q.matchAll(/\b(?:which|what)\s+(?:[\w'-]+\s+){0,3}?([\w-]+)\b/g)].map((m) => m[1] as string).concat(asked ? [asked] : []).filter((h) => PLACE_HEADS.has(h) && !GENERIC_PLACE_HEADS.has(h));
    if (heads.length) analysis.placeHead = [...new Set(heads)];
  }
  if (expects === 'statement' || expects === 'role') {
    let subject = subjectOf(expects, raw);
    // "What slogans were chanted in London?": the crowd's words.
    if (!subject && expects === 'statement' && tokens.some((t) => t.key === '@chant')) subject = 'the protesters';
    // "Lord Corbett talked about … what did he say?": the pronoun stands for the person the question named.
    if (subject && /^(he|she|they|him|her|them|it)$/i.test(subject)) subject = namedPerson(raw) ?? subject;
    if (subject) {
      const keys = tokenize(subject)
        .filter((t) => !isFunctionWord(t.fold))
        .map((t) => t.key);
      const group = /^(the\s+)?(crowd|protesters|demonstrators|marchers|participants|people|speakers|british speakers|organi[sz]ers|un|united nations|amnesty|police)\b/i.test(subject) || /\b(speakers|protesters|demonstrators|crowd)\b/i.test(subject);
      analysis.subject = { text: subject, keys, group };
      if (/\b(?:call(?:s|ed)?\s+(?:for|on|upon)|demand(?:s|ed)?|urge[sd]?|appeal(?:s|ed)?\s+for|ask(?:s|ed)?\s+for)\b/i.test(raw)) analysis.demand = true;
      // ("tell the Associated Press": a name with its article.)
      const told = /\b(?:tell|told|telling)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u.exec(raw);
      if (told?.[1]) analysis.addressee = tokenize(told[1]).filter((t) => !isFunctionWord(t.fold)).map((t) => t.key);
      // ("about sanctions at the Lund forum on the anniversary of …": the occasion after it closes the topic.)
      const topic =
        /\b(?:about|regarding|concerning|on the subject of|describe|characteri[sz]e)\s+(.+?)(?:\s+(?:as|when|while|after|before|during|at the time|since|in (?:his|her|their) (?:speech|remarks|message)|(?:at|to) (?:the|a|an|this|that|his|her|their) (?:[\p{L}'’-]+\s+){0,4}?(?:rally|rallies|conference|meeting|summit|gathering|hearing|briefing|forum|session|demonstration|protest|march|vigil|event|debate|crowd|audience))\b|[?,.;(]|$)/iu.exec(raw) ??
        // "What did Rajavi urge France to do?": whom and what the words were addressed to.
        /\bwhat (?:did|does|do|has|had) .+? (?:urge|ask|call on|tell|want|advise|implore)\s+(.+?)(?:\s+(?:to do|at|in|during|when|after)\b|[?,.;(]|$)/i.exec(raw);
      // "What did X tell the group …": whom the words were told to, not what they were about.
      const toldTo = !!topic && /\btell\s/i.test(topic[0]);
      // ("What did X talk about at the rally?": "about" closes the verb; the place after it is no topic.)
      if (topic?.[1] && !PLACE_OR_TIME_AFTER_ABOUT.test(topic[1])) {
        const words = tokenize(topic[1]).filter((t) => !isFunctionWord(t.fold) && !TOPIC_FILLERS.has(t.fold));
        if (words.length && toldTo) analysis.addressee ??= words.map((t) => t.key);
        else if (words.length) analysis.topic = words.map((t) => t.key);
      }
      // "What did X say the regime's survival signals?": the clause after "say" is what the words are about.
      const saidClause = /\bwhat (?:did|does|do|has|had) .+? say\s+(?:that\s+)?(?:the|a|an|his|her|their|its)\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+\s+\p{Ll}+(?:s|ed))\s*[?.]?\s*$/iu.exec(raw);
      if (!analysis.topic && saidClause?.[1] && !/\s(?:would|will|was|is|were|are|had|has|could|should)\s/i.test(` ${saidClause[1]} `)) {
        const words = tokenize(saidClause[1]).filter((t) => !isFunctionWord(t.fold) && !TOPIC_FILLERS.has(t.fold));
        if (words.length >= 2) analysis.topic = words.map((t) => t.key);
      }
      // "What did X say the death toll would reach?": the words must speak of the toll.
      const saidOf = /\bwhat (?:did|does|do|has|had) .+? say\s+(?:that\s+)?(?:the|a|an|his|her|their|its)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:would|will|was|is|were|are|had|has|could|should)\b/iu.exec(raw);
      if (!topic && saidOf?.[1]) {
        const words = tokenize(saidOf[1]).filter((t) => !isFunctionWord(t.fold) && !TOPIC_FILLERS.has(t.fold));
        if (words.length) analysis.saidOf = words.map((t) => t.key);
      }
      // The subject's words are what the evidence must name, not content to cover elsewhere.
      for (const term of terms) if (keys.includes(term.key) && term.part === 'focus') term.part = 'context';
    }
  }
  return analysis;
}

/** A toll or figure with the one giving it before it: "the lrw death toll", "the league's latest toll". */
const OWN_TOLL = /(?:(?:^|\bthe\s+)([\w-]+)|\b([\w-]+)\s+s)\s+(?:(?:latest|last|final|new|updated|revised|own)\s+)?(?:death\s+toll|toll|tally|count|figures?|estimates?)\b/;
/** Keys of verbs that state a figure ("counted", "documented", "recorded", "tallied"). */
const CLAIM_KEYS = new Set(['count', 'docu', 'record', 'tally', 'regist', 'verify']);

/** Verbs a "what did X …" question asks someone's words with, as "say" does. */
const TALK_ASKING = /^(?:talk|talked|speak|spoke|discuss|discussed|address|addressed|mention|mentioned)$/;

/** "(talk about) at the rally", "(speak about) during the summit": a place or time where a topic would stand. */
export const PLACE_OR_TIME_AFTER_ABOUT = /^(?:(?:at|in|during|outside|near|before|after)\b|on\s+(?:the\s+)?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)\s*/i;

/** Words that frame a topic without being it ("the kind of Iran she wants" is about Iran; "where the shells came from" is about the shells). */
const TOPIC_FILLERS = new Set('kind kinds sort sorts type types want wants wanted wish wishes wished hope hopes hoped thing things way ways future come comes came coming went goes going happen happens happened'.split(' '));

/**
 * "according to the Korvik Harbour Square report": from token `from` ("the" allowed first), up to four capitalised
 * words before a report's noun, among them a town the archive knows: a report told by where it is, not an outlet.
 */
function placedReport(tokens: readonly Token[], from: number, isPlaceName: (folded: string) => boolean): boolean {
  let k = Math.max(0, from);
  if (tokens[k]?.fold === 'the') k++;
  let town = false;
  let n = 0;
  for (; k < tokens.length && n < 4; k++, n++) {
    const tk = tokens[k] as Token;
    if (!tk.cap) break;
    if (isPlaceName(tk.fold)) town = true;
  }
  return town && n > 0 && REPORT_OR_CROWD.test(tokens[k]?.fold ?? '');
}

/** Nouns of a report or of a crowd, which a place before them locates ("the Geneva report", "the Berlin marchers"). */
const REPORT_OR_CROWD = /^(?:report|reports|account|article|story|coverage|protesters|protestors|demonstrators|marchers|crowd|crowds|participants|exhibition)$/;
/** Keys of nouns that name an event. */
const EVENT_KEYS = new Set(['@rally', '@attack', '@uprising', '@conference', 'ceremony', 'massacr', 'crackdown', 'offensiv', 'strik', 'airstrik']);
/** Adjectives any event can take: they describe nothing a report must say. */
const PLAIN_ADJECTIVES = new Set('big large huge major small recent last first latest annual same main mass massive great latest biggest largest whole recent early late new old'.split(' '));

/** Families of verbs ("took part" → participated): a counted noun ends before them. */
const VERB_FAMILIES = new Set(['@attend', '@kill', '@injure', '@arrest', '@execute', '@flee', '@release', '@sign', '@begin', '@say', '@speak', '@organise', '@blame']);

/** Family keys of towns whose names differ between languages ("@geneva" for "Genève", "Genf"). */
export const TOWN_FAMILY = /^@(munich|cologne|vienna|geneva|brussels|hague|aleppo|damascus|tehran|london|rome|warsaw)$/;
/** Family keys of places whose names differ between languages ("@munich"): still names. */
const PLACE_FAMILY = /^@(munich|brandenburg|bavaria|cologne|vienna|geneva|brussels|hague|aleppo|damascus|syria|tehran|germany|london|rome|warsaw|poland|netherlands|switzerland|sweden|norway|denmark|russia|turkey|iraq|lebanon|egypt|putin|europe|senate|parliament)$/;

/** Words that say nothing about what is asked ("take place", "hold", "located"): never focus. */
const GENERIC_FOCUS = new Set(['take', 'tak', 'place', 'plac', 'hold', 'held', 'locat', 'located', 'going', 'go', 'come', 'came', 'happen', 'get', 'got', 'exact', 'exactly', 'give', 'gives', 'giv']);

/** Whether a word of the asking clause is part of what must stand in the evidence sentence. */
function focusWord(expects: AnswerType, t: Token): boolean {
  // "who held the briefing": asked of an agent, holding an event is the deed its doer did.
  if (expects === 'agent' && /^(?:hold|holds|held)$/.test(t.fold)) return true;
  if (GENERIC_FOCUS.has(t.fold) || GENERIC_FOCUS.has(t.key)) return false;
  // A place or a date is asked about an event: the event's noun is what the evidence must hold.
  if (expects === 'place' || expects === 'date') return EVENT_KEYS.has(t.key);
  // Whose words are asked is the subject; only a verb naming a kind of words ("chant", "tweet") must be there too.
  if (expects === 'statement') return t.key === '@chant' || /^(tweet|wrote|write|written|banner|placard)/.test(t.fold);
  if (expects === 'role') return false;
  return true;
}

/** Verbs that only do the deed a noun names ("carry out executions", "conduct raids", "perform"). */
const LIGHT_VERBS = /^(?:carr(?:y|ies|ied|ying)|out|conduct(?:s|ed|ing)?|perform(?:s|ed|ing)?)$/;

/** The last person the question names with a title or a full name ("Lord Corbett", "Maryam Rajavi"). */
function namedPerson(raw: string): string | undefined {
  const runs = [...raw.matchAll(/\b((?:(?:Lord|Lady|Sir|Mr|Mrs|Ms|Dr|Senator|Mayor|President)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)/gu)];
  const names = runs.map((m) => m[1] as string).filter((n) => !/^(What|Who|When|Where|How|Which|After|Before|In|On|At|The)\b/.test(n));
  if (names.length) return names[names.length - 1];
  // "In 1999 Rajavi sent a taped message …": a single name that does something.
  const single = /(?:^|[\s,])(\p{Lu}[\p{L}'’-]{2,})\s+(?:sent|said|told|wrote|gave|spoke|addressed|talked|made|called|urged|delivered|issued|read)\b/u.exec(raw);
  return single?.[1];
}

const VERBISH = /^(did|does|do|was|were|is|are|has|had|have|spoke|speak|said|say|took|joined|organi[sz]ed|claimed|presented|led|addressed|reported|gave|concluded|blamed|attended|signed|got|came|hosted|held|called|named|quoted|wrote|told|organi[sz]e|claim|present|lead|address|report|give|conclude|blame|attend|sign|host|call|quote|write|tell)$/;

/** Index of the first verb after the question word (the deed of an agent question), else the clause end. */
function firstVerbAfter(tokens: Token[], from: number): number {
  // "who counted …", "who documented …": the word right after "who" is its verb, whatever it is.
  const next = tokens[from + 1];
  if (tokens[from]?.fold === 'who' && next && !next.cap && /^\p{L}{3,}ed$/u.test(next.fold)) return from + 1;
  // "which group launched …", "which armed group attacked …": a past verb right after the kind asked.
  if (/^(which|what)$/.test(tokens[from]?.fold ?? '')) {
    for (let i = from + 2; i <= from + 3 && i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const prev = tokens[i - 1] as Token;
      if (!t.cap && /^\p{L}{3,}ed$/u.test(t.fold) && !prev.cap && !/ed$/.test(prev.fold) && !isFunctionWord(prev.fold)) return i;
    }
  }
  for (let i = from + 1; i < tokens.length; i++) if (VERBISH.test(tokens[i]?.fold ?? '') || tokens[i]?.key === '@speak' || tokens[i]?.key === '@organise') return i;
  return from + 1;
}

/**
 * The French preposition of place, as written, that a lowercase place name follows ("à lyon"). (Not the English
 * ones: "in person", "in late December" follow them with ordinary words a small archive may never write.)
 */
const UNHELD_PLACE_BEFORE = /^à$/i;
/** Words French writes after "à" that are no town: "à partir de", "à travers", "à propos", "à peine", "à l'issue". */
const FRENCH_AFTER_A = /^(?:partir|travers|propos|peine|cause|force|nouveau|jamais|moins|condition|savoir|droite|gauche|cote|l|la|nouveau|venir|titre|peu|tout|toutes|tous)$/;

/** A name right after a locative preposition ("in Rome", "at the Atomium", "outside Tirana"). */
function isLocative(tokens: Token[], i: number, isPlaceName: (folded: string) => boolean): boolean {
  let k = i - 1;
  // "in New York": the word before may start the same name; "at the Brussels Free Iran march": a place before it
  // ends there, and "Free" is not where.
  const startsName = (t: Token | undefined) => !!t?.cap && !(isPlaceName(t.fold) && !isPlaceName(tokens[i]?.fold ?? ''));
  while (k >= 0 && (tokens[k]?.fold === 'the' || (startsName(tokens[k]) && k === i - 1 && tokens[k]?.key !== tokens[i]?.key))) k--;
  // ("NCRI toll for Kessel?": the town a toll or a figure is "for" is where it was counted.)
  if (tokens[k]?.fold === 'for' && TOLL_NOUNS.test(tokens[k - 1]?.fold ?? '')) return true;
  // ("tués à Al-Bab": French "à" before a capitalised name is "in" after a verb or a common noun; after a name, "la
  // manif du CNRI à Paris", "chez X à Auvers", it places that name, not the deed asked.)
  return /^(in|at|near|outside|inside|from|across)$/.test(tokens[k]?.fold ?? '') || (tokens[k]?.raw === 'à' && !!tokens[i]?.cap && k > 0 && !tokens[k - 1]?.cap);
}

/** Words that ask for a role: "what position does X hold", "what was X's job", "what post did X occupy". */
const ROLE_ASKING = /^(?:role|roles|position|positions|job|jobs|title|titles|post|posts|occupation|profession|background|backgrounds|hold|holds|held|occupy|occupies|occupied|known|famous|noted|renowned)$/;

/** Nouns of a count whose "for" names the place it was counted in: "toll for", "figure for", "numbers for". */
const TOLL_NOUNS = /^(?:toll|tolls|tally|figure|figures|count|counts|number|numbers|estimate|estimates)$/;

/**
 * The tokens of an outlet named in brackets at the very end of a question ("(Europe 1)?", "(2016, Top Channel)"):
 * each part one to three capitalised words, a number possibly closing it. A year is no outlet, and neither is a
 * part written only in capitals: that is a name's short form ("the People's Mojahedin (MEK)").
 */
function trailingOutlet(raw: string, tokens: Token[]): number[] {
  const close = /\)\s*[?.!]*\s*$/.exec(raw);
  if (!close) return [];
  const open = raw.lastIndexOf('(', close.index);
  if (open < 0) return [];
  const inside = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start > open && t.end <= close.index);
  const out: number[] = [];
  let part: Array<{ t: Token; i: number }> = [];
  const flush = () => {
    const [first] = part;
    const words = part.filter(({ t }) => t.value === undefined);
    const named = first !== undefined && first.t.cap && first.t.value === undefined && words.length <= 3 && words.every(({ t }) => t.cap);
    const lastOnlyNumber = part.every(({ t }, k) => t.value === undefined || (k === part.length - 1 && !/^\d{4}$/.test(t.fold)));
    if (named && lastOnlyNumber && !words.every(({ t }) => t.raw === t.raw.toUpperCase())) out.push(...part.map(({ i }) => i));
    part = [];
  };
  inside.forEach((x, k) => {
    const prev = inside[k - 1];
    if (prev && /[,;]/.test(raw.slice(prev.t.end, x.t.start))) flush();
    part.push(x);
  });
  flush();
  return out;
}

/** "Who gave a speech", "who delivered the address": a person who spoke is asked, as with "who spoke". */
const GAVE_SPEECH = /^who (?:gave|delivered|made|held) (?:a |an |the )?(?:speech|speeches|address|remarks|talk|keynote)\b/;

/**
 * "Who did the council say died in the raid?", "who was the third man convicted in Corvel?": a deed that befalls a
 * person (dying, being killed, convicted, sentenced, kidnapped) asks for a person, never the body that reported it.
 */
const BEFELL_PERSON = /^who\b(?:(?!\b(?:killed|arrested|convicted|sentenced)\b)[^?])*?\b(?:died|dies|was (?:\w+ )?(?:killed|martyred|convicted|sentenced|executed|kidnapped|abducted|jailed|shot)|(?:was|is) the (?:\w+ )?(?:person|man|woman|defendant|victim|suspect)\b)/;

function agentFocus(q: string, tokens: Token[]): AgentFocus {
  const object = /^(?:who|whom) (?:did|does|do|has|had|will|would)\b/.test(q) && !/\b(say|said|claim|claimed|report|reported)\b/.test(q.split(' ').slice(0, 6).join(' '));
  // "which X …" names the kind asked; so does "who were the X …".
  const copula = /^who (?:is|was|are|were) (?:the )?((?:[\w-]+ ){0,2}?)([\w-]+?s)\b/.exec(q);
  // "what was the name of the prisoner who …": the prisoner is the kind asked.
  const named = /^what (?:is|was|were|are) the names? of (?:the|a|an|this|that|his|her|their) ((?:[\w-]+ ){0,2}?)([\w-]+?)(?= who| that| which| in| at| from| on| with| during|$| [a-z]+ed\b)/.exec(q);
  // "who was spokesperson for the organisers": the role asked is the kind, and must stand by the name.
  const role = /^who (?:is|was) (?:the )?(.+)$/.exec(q)?.[1];
  const roleHead = role && ROLE_ASKED.test(role) ? /(spokes\w+|organi[sz]er|[a-z]+)s?\s+(?:of|for|at|to|in|on)\b/.exec(role)?.[1] : undefined;
  const { head, modifiers: modifierWords } = roleHead
    ? { head: roleHead, modifiers: /^(?:chief|deputy|acting|main|lead|senior)\s/.test(role ?? '') ? [(role ?? '').split(' ')[0] as string] : ([] as string[]) }
    : named
    ? { head: named[2], modifiers: (named[1] ?? '').trim().split(/\s+/).filter(Boolean) }
    : /\b(which|what)\b/.test(q)
    ? whichHead(q)
    : copula
      ? { head: copula[2], modifiers: (copula[1] ?? '').trim().split(/\s+/).filter(Boolean) }
      : { head: undefined, modifiers: [] as string[] };
  const modifiers = tokens.filter((t) => modifierWords.includes(t.fold) && !isFunctionWord(t.fold)).map((t) => t.key);
  let kind: AgentFocus['kind'] = 'any';
  if (head && ORG_HEADS.has(head)) kind = 'organisation';
  else if (head && PERSON_HEADS.has(head)) kind = 'person';
  else if (/^who (spoke|speaks|addressed|attended|participated|joined|presented|led|were the (speakers|guests))\b/.test(q) || /\bwho (spoke|addressed|participated|attended)\b/.test(q) || GAVE_SPEECH.test(q)) kind = 'person';
  else if (!head && BEFELL_PERSON.test(q)) kind = 'person';
  const plural =
    (!!head && /s$/.test(head) && !/ss$/.test(head)) ||
    /\bwho (spoke|addressed|attended|participated|took part|joined|were)\b/.test(q) ||
    /\b(who|which) (else|other)\b/.test(q) ||
    /\bapart from|besides|other than\b/.test(q);
  const focus: AgentFocus = { kind, modifiers, plural, object };
  if (head && (ORG_HEADS.has(head) || PERSON_HEADS.has(head) || copula || roleHead)) focus.head = head;
  // "which former speaker of the house was at …": a head that names anyone, followed by "of" and a body, is that
  // body's office; the body's words join the modifiers.
  const office = head && !roleHead ? OFFICE_OF_BODY.exec(q) : null;
  if (office && office[1] === head) {
    const bodyWords = (office[2] ?? '').split(/\s+/).filter((w) => w && !isFunctionWord(w));
    const bodyKeys = tokens.filter((t) => bodyWords.includes(t.fold)).map((t) => t.key);
    if (bodyKeys.length) {
      focus.head = office[1] as string;
      focus.kind = 'person';
      focus.office = true;
      focus.modifiers = [...new Set([...modifiers, ...bodyKeys])];
    }
  }
  return focus;
}

/** "which (former) speaker of the house", "what member of the Senate": an office of a body after "which/what". */
const OFFICE_OF_BODY = /\b(?:which|what)\s+(?:[\w'-]+\s+){0,3}?(speakers?|members?|leaders?|heads?|presidents?|chairs?|chairm[ae]n|deput(?:y|ies)|officials?)\s+of\s+(?:the\s+)?([\w'-]+(?:\s+[\w'-]+){0,2}?)(?=\s+(?:was|were|is|are|did|does|do|has|had|spoke|attended|addressed|joined|at|in|on|who|that)\b|\s*[?,]|$)/;

/** A toll whose number the question states: "IHR's 215 toll", "the 76 death toll", "when the toll was 76". */
const STATED_TOLL = /\b\d[\d,.]*\s+(?:death\s+)?toll\b|\btoll\s+(?:of|was|is|at|hit|reached|stood at|rose to|had reached|of at least)\s+\d/i;

/** Adverbs that end the noun counted: "how many hospitals still work" counts hospitals, not something "still". */
const ADVERBS = /^(?:still|now|currently|already|ever|really|actually|reportedly|altogether|overall|just|even|also|yet|truly|exactly|roughly|approximately)$/;

/** "how many of the dead were children", "how many of those … are women": the word naming the part counted. */
const PART_OF_THOSE = /\bhow many of (?:the|those|these|them)\b.*?\b(?:were|are|was)\s+([\p{L}-]+)/u;

/** A plural noun as a question writes it ("rockets", "civilians", "women", "people"). */
const PLURAL_NOUN = /^(?:\p{L}+[^s\W]s|people|men|women|children|police)$/iu;

/** Families of deeds whose plural noun is what a bare "how many" counts ("executions", "killings", "arrests"). */
const DEEDS_COUNTED = new Set(['@kill', '@injure', '@arrest', '@execute', '@flee', '@evacuate', '@release']);

/**
 * A count whose noun the question gives before "how many" rather than after it: "how many of those executions were
 * for …" counts executions, and "… a surge in executions - how many since january?", "… left out some killings,
 * how many?" count the plural noun of the clause before, when nothing after "how many" is a verb of its own (in
 * "…, how many were killed?" the verb says what is counted, and the noun before is no answer's).
 */
function nounCountedBefore(tokens: Token[], at: number): string[] {
  const ofThose = tokens[at + 1]?.fold === 'of' && /^(?:the|those|these)$/.test(tokens[at + 2]?.fold ?? '') ? tokens[at + 3] : undefined;
  if (ofThose && PLURAL_NOUN.test(ofThose.raw) && !ofThose.cap && !isFunctionWord(ofThose.fold)) return [ofThose.key];
  const rest = tokens.slice(at + 1);
  if (rest.some((t) => VERBISH.test(t.fold) || /(ed|ing)$/.test(t.fold) || VERB_FAMILIES.has(t.key) || /^(?:were|was|are|is|did|do|does|have|has|had|got|get)$/.test(t.fold))) return [];
  for (let i = at - 2; i >= Math.max(0, at - 14); i--) {
    const t = tokens[i] as Token;
    if (t.cap || isFunctionWord(t.fold) || ASKING.has(t.fold) || t.value !== undefined) continue;
    // (Only a deed counted, "executions", "killings", "arrests": in "the rally for the protesters in Iran, how many?"
    // the crowd is asked, and the protesters named are whom it was for.)
    if (PLURAL_NOUN.test(t.raw) && DEEDS_COUNTED.has(t.key)) return [t.key];
  }
  return [];
}

/** Nouns of a gathering whose size is its crowd ("how big was the rally"). */
const GATHERING_SIZED = /^(?:crowd|rally|rallies|protests?|demonstrations?|demos?|march(?:es)?|gatherings?|vigils?|turnout|attendance|events?|procession|meetings?|sit-ins?|strikes?|audience|congress|conferences?|conventions?|assembly|walk-?outs?|turn-?out)$/;

/**
 * "How big was the fleet's fuel stock?", "how large is the refugee camp": the size asked is of the noun after the verb,
 * not of a crowd; its head noun is what the figure must count. (A gathering's size is its crowd: left to "@attend".)
 */
function sizeAskedOf(tokens: Token[]): string[] {
  const at = tokens.findIndex((t, i) => /^(?:big|large)$/.test(t.fold) && tokens[i - 1]?.fold === 'how');
  if (at < 0 || !/^(?:was|were|is|are)$/.test(tokens[at + 1]?.fold ?? '')) return [];
  let head: Token | undefined;
  for (let i = at + 2; i < Math.min(tokens.length, at + 9); i++) {
    const t = tokens[i] as Token;
    // ("Kessia's arms stock": the owner named before the noun, its possessive "s", are no size's noun.)
    if (t.cap || t.fold === 's' || /^(?:the|a|an|its|their|his|her)$/.test(t.fold)) continue;
    if (isFunctionWord(t.fold) || VERBISH.test(t.fold) || ADVERBS.test(t.fold) || /(?:ed|ing)$/.test(t.fold) || VERB_FAMILIES.has(t.key)) break;
    head = t;
  }
  return head && !GATHERING_SIZED.test(head.fold) ? [head.key] : [];
}

/** The noun a count question counts: the words between "how many" and the verb ("US states", "kids", "rallies"). */
function countedNoun(q: string, tokens: Token[]): string[] {
  // The nouns right after "how many" / "number of", up to the first verb ("how many cities took part", "how many were killed").
  const at = tokens.findIndex((t, i) => (t.fold === 'many' && tokens[i - 1]?.fold === 'how') || (t.fold === 'of' && tokens[i - 1]?.fold === 'number'));
  const keys: string[] = [];
  for (let i = at + 1; at >= 0 && i < Math.min(tokens.length, at + 4); i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    // "documented killings": a participle before a noun describes it; before "in"/"by"/nothing it is the verb.
    const adjective = /(ed|ing)$/.test(t.fold) && !!next && !isFunctionWord(next.fold) && !VERBISH.test(next.fold) && !VERB_FAMILIES.has(next.key);
    // "how many IS fighters": an acronym in capitals names whose they are, even one spelt like a verb.
    if (/^\p{Lu}{2,6}$/u.test(t.raw) && next && !isFunctionWord(next.fold)) continue;
    // "how many more bodies": "more" says the count is beyond one told, not what is counted.
    if (i === at + 1 && /^(?:more|further|additional|extra)$/.test(t.fold)) continue;
    // "how many days does X have to appeal": days counted (elsewhere "what day" asks, and "days" is no fact asked).
    if (i === at + 1 && t.fold === 'days') {
      keys.push(t.key);
      break;
    }
    if (isFunctionWord(t.fold) || ASKING.has(t.fold) || VERBISH.test(t.fold) || ADVERBS.test(t.fold) || ((/(ed|ing)$/.test(t.fold) || VERB_FAMILIES.has(t.key)) && !adjective)) break;
    // "how many shells hit the depot": after a plural noun, a lower-case word that is no plural is its verb, however
    // irregular ("hit", "fell", "went"), not a second word of the noun ("women prisoners", "rocket strikes").
    const prev = tokens[i - 1];
    if (keys.length && prev && PLURAL_NOUN.test(prev.raw) && /^\p{Ll}+$/u.test(t.raw) && !PLURAL_NOUN.test(t.raw)) break;
    keys.push(t.key);
  }
  // "how many of those 214 civilians killed were women?": the people after "were" are the part counted.
  const part = at >= 0 && !keys.length ? PART_OF_THOSE.exec(q) : null;
  const partNoun = part ? tokenize(part[1] as string)[0] : undefined;
  if (partNoun && !isFunctionWord(partNoun.fold) && !VERBISH.test(partNoun.fold) && !/(ed|ing)$/.test(partNoun.fold) && !VERB_FAMILIES.has(partNoun.key)) keys.push(partNoun.key);
  if (at >= 0 && !keys.length) keys.push(...nounCountedBefore(tokens, at));
  if (at < 0) keys.push(...sizeAskedOf(tokens));
  if (/\b(crowd|turnout|attendance|showed up|turned out)\b/.test(q) && !keys.includes('@attend')) keys.push('@attend');
  // "How long a prison term did the court give X?": a term is counted in years.
  if (((/\bhow long\b/.test(q) && PRISON_TERM.test(q)) || TERM_ASKED.test(q)) && !keys.includes('year')) keys.push('year');
  // "according to IHR's 215 toll", "when the toll was 76": a toll the question states is the occasion, not the count.
  if (/\btoll\b/.test(q) && !STATED_TOLL.test(q) && !keys.includes('@kill')) keys.push('@kill');
  return [...new Set(keys)];
}

/** Analyses a question against an archive: its names and places are the ones the archive writes as such. */
export function analyseQuestionFor(
  question: string,
  lex: { vocab: Set<string>; lowerSeen: Set<string>; places: Map<string, string>; cities: Set<string>; placeWords: Set<string> },
): QuestionAnalysis {
  return analyseQuestion(
    question,
    (w) => w.length >= 3 && lex.vocab.has(w) && !lex.lowerSeen.has(w),
    (w) => lex.places.has(w) || lex.cities.has(w) || lex.placeWords.has(w),
    (w) => !lex.vocab.has(w) && !lex.lowerSeen.has(w),
  );
}

const BODY_GLUE = new Set(['of', 'for', 'the', 'and', 'a', 'de', 'du', 'des', 'la', 'le', 'against']);
const BODY_HEADS = /^(?:initiative|network|union|council|committee|association|forum|coordination|society|group|organi[sz]ation|coalition|alliance|federation|league|movement|front|party|foundation|institute|observatory|office|agency|bureau|commission|monitor|centre|center|campaign|collective)$/;

const PLACE_BEFORE_GLUE = /^(?:square|street|avenue|road|bridge|park|plaza|place|gate|boulevard|station|airport|city|town|village|province|region|capital|house|hall|palace|embassy|tower|museum|stadium|arena|monument|memorial|hotel|cathedral|chancellery)$/;

/**
 * Names of bodies written whole in the question: capitalised words joined only by "of", "for", "the"…, of three
 * words or more or ending in a body's noun ("Association of Iranian Exiles", "Free Levant Network").
 */
function bodyNames(tokens: Token[], raw: string): string[][] {
  const out: string[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && BODY_GLUE.has((run[run.length - 1] as Token).fold)) run.pop();
    const words = run.filter((t) => !BODY_GLUE.has(t.fold));
    const head = words[words.length - 1]?.fold ?? '';
    // "Trafalgar Square for the Iran rally", "the White House for the Iran Freedom March": a place ends before the
    // glue; what follows is another name.
    const glueAt = run.findIndex((t) => BODY_GLUE.has(t.fold));
    // ("gathered in Lakeside for Ilse Marten": a name right after "in" is a place, whatever it ends in.)
    const placed = /^(?:in|at|near|outside|from)$/.test(tokens[tokens.indexOf(run[0] as Token) - 1]?.fold ?? '');
    if (glueAt > 0 && (PLACE_BEFORE_GLUE.test(run[glueAt - 1]!.fold) || placed)) {
      run = [];
      return;
    }
    // ("Ana Brook of the Tarn League": a given name and a surname before "of" are a person of that body, not part of
    // its name; the body after "of" is read on its own.)
    if (glueAt >= 2 && glueAt <= 3 && run[glueAt]!.fold === 'of' && FIRST_NAMES.has(run[0]!.fold) && !run.slice(0, glueAt).some((t) => BODY_HEADS.test(t.fold))) {
      run = run.slice(glueAt + 1);
      flush();
      return;
    }
    // "Brad Sherman and Tom McClintock": names joined by "and" alone are a list of them ("Council for Peace and
    // Justice" keeps its "for").
    const and = run.findIndex((t) => t.fold === 'and');
    // ("Valdor Rights Monitor and Hands Against the Death Penalty": two names of two words or more each, the first
    // with no glue of its own, are two bodies, whatever glue the second holds.)
    const own = (part: Token[]) => part.filter((t) => !BODY_GLUE.has(t.fold)).length;
    const twoBodies = and >= 2 && !run.slice(0, and).some((t) => BODY_GLUE.has(t.fold)) && own(run.slice(and + 1)) >= 2;
    if (and > 0 && (twoBodies || (!run.some((t) => BODY_GLUE.has(t.fold) && t.fold !== 'and') && !BODY_HEADS.test(run[and - 1]!.fold)))) {
      const rest = run.slice(and + 1);
      run = run.slice(0, and);
      flush();
      run = rest;
      flush();
      return;
    }
    if (words.length >= 2 && (BODY_HEADS.test(head) || (words.length >= 3 && run.some((t) => BODY_GLUE.has(t.fold))))) out.push(run.map((t) => t.fold));
    run = [];
  };
  tokens.forEach((t, i) => {
    // "Kazemi, Mirhashemi and Yaqoubi": a comma between names makes a list of them, not one body's name.
    if (run.length && /[,;:()]/.test(raw.slice((tokens[i - 1] as Token).end, t.start))) flush();
    if (t.cap && i > 0) run.push(t);
    else if (run.length && BODY_GLUE.has(t.fold)) run.push(t);
    else flush();
  });
  flush();
  return out;
}

/** The analysis of a follow-up whose subject is a pronoun ("what did she say?"), with the person it stands for. */
export function withSubject(a: QuestionAnalysis, name: string): QuestionAnalysis {
  const tokens = tokenize(name).filter((t) => !isFunctionWord(t.fold));
  const keys = tokens.map((t) => t.key);
  const terms = [...a.terms];
  for (const t of tokens) {
    if (!terms.some((x) => x.key === t.key)) terms.push({ text: t.raw, fold: t.fold, key: t.key, part: 'context', sort: 'name', at: terms.length, inAsk: true });
  }
  return { ...a, subject: { text: name, keys, group: false }, terms };
}

/**
 * The words of the source a count question names ("according to the organisers" → organisers), or undefined;
 * what the reader weighs counts by, and what decides between its answer and the structured one.
 */
export function sourceAskedFor(question: string | undefined): string[] | undefined {
  const named = namedSource(question);
  // ("per SOHR": an acronym cannot be told from "the Observatory" by its words; see `acronymAskedFor`.)
  if (!named || /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u.test(named)) return undefined;
  const words = fold(named).split(' ').filter((w) => w.length > 2);
  return words.length ? words : undefined;
}

/** The source a question names after "according to" / "per", as written ("according to the UN how many …" → "UN"). */
function namedSource(question: string | undefined): string | undefined {
  const named = /\b(?:according to|per|by the estimate of)\s+(?:the\s+)?([\p{L}'’ -]{2,60}?)\s*(?:[?,.;]|$)/iu.exec(question ?? '')?.[1];
  // The source opens the question: what follows it is the question ("according to the UN how many were killed").
  // ("according to the OPCW report", "per UNHCR figures": the source is the body, not its paper.)
  // ("selon les autorités iraniennes en novembre 2019": French words of time or place after the source end it.)
  return named?.split(/\s+(?=(?:how|what|which|who|whom|when|where|did|does|do|is|are|was|were|has|have|had)\b)/i)[0]?.split(/\s+(?:en|lors|pendant|dans|durant|à)\s+/u)[0]?.replace(SOURCE_PAPER, '');
}
/**
 * Words after a source's name that name what it published ("report", "figures", "final report", "latest monthly
 * figures"), not the source.
 */
const SOURCE_PAPER =
  /(?<=\S)(?:['’]s)?(?:\s+(?:final|latest|last|new|newest|updated|interim|initial|preliminary|first|second|official|own|annual|monthly|weekly|daily|yearly))*\s+(?:report|reports|figures|data|count|tally|tallies|estimate|estimates|statement|database|findings|survey)$/i;

/** Whether a claim credits the source the question names ("according to the UN" / "per Amnesty"); undefined when it names none. */
export function creditsSourceAsked(question: string | undefined, claim: string | undefined): boolean | undefined {
  const words = sourceAskedFor(question);
  const acronym = acronymAskedFor(question);
  if (!words && !acronym) return undefined;
  if (!claim) return false;
  if (words) {
    const keys = new Set(tokenize(claim).map((t) => t.key));
    return words.every((w) => ` ${fold(claim)} `.includes(` ${w} `) || keys.has(keyOfWord(w))) || writesBodyAsked(words, claim) || surnameOfAsked(words, claim);
  }
  return claimIsAcronym(claim, acronym as string) === true;
}

/**
 * "selon Lina Moravec" asked, "…, a déclaré Moravec" credited: a person's name asked whole (two or three words) is
 * credited by the last of them alone, once the report has named the person.
 */
function surnameOfAsked(askedWords: readonly string[], claim: string): boolean {
  const last = askedWords[askedWords.length - 1];
  if (askedWords.length < 2 || askedWords.length > 3 || !last || last.length < 3) return false;
  return /^\p{Lu}[\p{L}'’-]+$/u.test(claim.trim()) && fold(claim.trim()) === last;
}

/** The acronym a question names as its source ("according to the UN", "per SOHR"), or undefined. */
export function acronymAskedFor(question: string | undefined): string | undefined {
  // ("according to the NCRI in November 2019?", "per LRW during the protests?": when and where it counted follow.)
  const named = (namedSource(question) ?? ACRONYM_THEN_WHEN.exec(question ?? '')?.[1])?.trim().split(WHEN_OR_WHERE_AFTER)[0];
  return named && /^\p{Lu}{2,7}$/u.test(named) ? named : undefined;
}
// ("per HRANA as of Nov 25": the day its count stood at follows too.)
const ACRONYM_THEN_WHEN = /\b(?:according to|per)\s+(?:the\s+)?(\p{Lu}{2,7})\s+(?:in|on|during|at|for|after|before|since|from|over|as of|as at|up to|until|till|by)\s+[^?]*\??\s*$/u;
const WHEN_OR_WHERE_AFTER = /\s+(?:in|on|during|at|for|after|before|since|from|over|as of|as at|up to|until|till|by)\s+/;

/**
 * Whether a text names the body asked by its words (folded): all of them written, or the acronym their initials spell
 * ("MNCL says …" for "the Marovian Network for Civil Liberties"; three letters or more, function words left out).
 */
export function writesBodyAsked(askedWords: readonly string[], text: string): boolean {
  if (!askedWords.length) return false;
  const f = ` ${fold(text)} `;
  if (askedWords.every((w) => f.includes(` ${w} `))) return true;
  const content = askedWords.filter((w) => !isFunctionWord(w));
  if (content.length < 3 || content.length > 7) return false;
  const initials = content.map((w) => w[0] ?? '').join('').toUpperCase();
  return new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(text);
}

/** Small words an acronym leaves out ("des", "de", "l'", "of", "the"). */
const ACRONYM_SMALL_WORDS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'aux', 'au', 'of', 'the', 'for', 'and', 'on', 'in']);

/**
 * Whether a claim ("The United Nations", "the Syrian Observatory for Human Rights") is the body an acronym names:
 * true when its capitalised words' initials or its own acronym are it, false when it names another body (two
 * capitalised words or an acronym of its own), undefined when it cannot tell ("the observatory").
 */
export function claimIsAcronym(claim: string, acronym: string): boolean | undefined {
  const a = acronym.toUpperCase();
  // (Whatever its case when it is long enough, "Hrana" for HRANA; "UN" only as written, never the French "un".)
  if (new RegExp(`(?<![\\p{L}])${a}(?![\\p{L}])`, a.length >= 3 ? 'iu' : 'u').test(claim)) return true;
  // (Or as another language writes it: "CNRI" for NCRI, "ONU" or "les Nations unies" for the UN.)
  const un = a === 'UN' || a === 'ONU';
  const forms = un ? ['UN', 'ONU'] : sameBodyForms(a.toLowerCase()).map((f) => f.toUpperCase());
  if (forms.some((f) => new RegExp(`(?<![\\p{L}])${f}(?![\\p{L}])`, 'u').test(claim))) return true;
  if (un && /\b(?:United Nations|Nations\s+[Uu]nies)\b/u.test(claim)) return true;
  // ("l'Observatoire valmarien des droits de l'Homme" for OVDH: a French name's acronym takes the initials of its words
  // in lower case too, the small words left out.)
  if (a.length >= 3) {
    const words = claim.split(/[\s'’-]+/).filter((w) => /^\p{L}/u.test(w) && !ACRONYM_SMALL_WORDS.has(w.toLowerCase()));
    if (words.map((w) => w[0]).join('').toUpperCase().includes(a)) return true;
  }
  // ("l'ONG basée en Norvège", "the NGO": a kind of body, no name; it may be any body.)
  const caps = [...claim.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}’'-]*/gu)].map((m) => m[0]).filter((w) => !/^(?:NGOs?|ONGs?)$/u.test(w));
  // (Though an NGO is never the UN.)
  if (!caps.length && un && /(?<![\p{L}])(?:NGOs?|ONGs?)(?![\p{L}])/u.test(claim)) return false;
  const initials = caps.map((w) => w[0]).join('').toUpperCase();
  if (initials.includes(a)) return true;
  return caps.length >= 2 || caps.some((w) => /^\p{Lu}{2,}$/u.test(w)) ? false : undefined;
}
