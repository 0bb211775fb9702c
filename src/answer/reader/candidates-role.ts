/**
 * Role candidates: how a report describes the person asked about — an apposition after the name ("X, Mayor of the
 * 17th arrondissement,"), a title run before it ("Oslo Police District Operations Manager X", "UN high commissioner
 * for human rights X"), a description before a comma ("then-Supreme Leader Khomeini's deputy, X"), "X is director of
 * …", or a pronoun sentence right after ("He is a former vice president of …"). Every description found is kept.
 */
import { COUNTRIES, type Token } from '../../understand/vocabulary.ts';
import { fold } from '../../understand/text.ts';
import type { EvidenceWindow } from './evidence-windows.ts';
import { sentenceText, type Candidate, type ExtractContext } from './candidate.ts';
import { judgeSpan, nameSpans, ORG_WORDS, TITLES } from './spans.ts';
import { continuesWithPronoun, findSubject } from './subject.ts';
import { FIRST_NAMES } from '../../extract/first-names.ts';
import { HONORIFICS, singularTitle, TITLE_WORDS } from '../../extract/names-lexicon.ts';
import { respectiveRole } from './respectively.ts';

/**
 * Whether a phrase ends with a person's name — a common given name and a capitalised word ("… of the Brisk Assembly
 * Karin Valde", "… included Norvania MP Hedda Lorne"): in a list of "title Name, title Name" such a phrase is the
 * next or the previous person's, never a role of the name beside it.
 */
function endsWithPersonName(phrase: string): boolean {
  const m = /(?:(\S+)\s+)?(?:(\S+)\s+)?(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}[\p{L}'’-]+\s*$/u.exec(phrase);
  if (!m?.[3]) return false;
  if (FIRST_NAMES.has(fold(m[3].split('-')[0] ?? ''))) return true;
  // "… MP Hedda Lorne": a title right before the pair; "… of Kestavia Hedda Lorne": a place after "of" before it.
  const prev = m[2] ?? '';
  // ("… Member of the Norvish Parliament Hedda Lorne": a body's name ends on its noun, and the pair after it is a person.)
  const pair = phrase.trim().split(/\s+/).slice(-2);
  const bodyEnds = /^\p{Lu}/u.test(prev) && BODY_NOUN.test(fold(prev)) && !pair.some((w) => BODY_NOUN.test(fold(w)));
  // ("director of the Kessian Civil Guard": capitalised words right after "the" name a body, not a title and a person.)
  return bodyEnds || TITLES.has(fold(prev).replace(/\.$/, '')) || (/^\p{Lu}/u.test(prev) && /^of$/i.test(m[1] ?? ''));
}

/** Whether a phrase is a role held towards a titled person ("the personal lawyer of US President Donald Tramm"). */
function roleTowardsPerson(phrase: string): boolean {
  const m = /\b(?:of|to|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}(\p{L}+)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*$/u.exec(phrase);
  // (An honorific is no office held: "the former Army Chief Lord Karl Dessau" is the next person's title.)
  return !!m?.[1] && TITLES.has(fold(m[1])) && !/^(?:lord|lady|sir|dame|baron|baroness|earl|count|countess|mr|mrs|ms|dr)$/.test(fold(m[1]));
}

/** French nouns of office that the English-led word lists miss ("le Haut-Commissaire de l'Onu", "l'émissaire"). */
const FRENCH_OFFICE = /^(?:haut-commissaire|haute-commissaire|commissaire|émissaire|envoyé|envoyée|secrétaire|coordinateur|coordinatrice|représentant|représentante)$/u;

/** Whether a phrase holds a word of office, not only a linking word of one ("of", "for": "In part of his remarks"). */
function holdsOffice(words: string[]): boolean {
  return words.some((w, i) => {
    const f = w.toLowerCase().replace(/[’']s$/, '');
    // ("un porte-parole du HCR": the spokesperson's hyphenated noun is one word of office.)
    if (/^porte-paroles?$/.test(f) || FRENCH_OFFICE.test(f)) return true;
    // ("prendront la parole", "prise de parole": speaking, not the spokesperson's "porte-parole".)
    if (f === 'parole' && !/porte$/i.test(words[i - 1] ?? '')) return false;
    return TITLES.has(f) || (LOWER_ROLE.test(f) && f !== 'of' && f !== 'for');
  });
}

/**
 * Whether the lower-case token at `i` is part of a body's French name inside a title: an adjective right after the
 * body's capital ("Parlement lorrain"), or a common noun after its "de" ("Chambre des pairs").
 */
function frenchBodyWordAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  if (!t || t.cap || !p) return false;
  if (p.cap && /(?:ois|oise|ain|aine|ais|aise|ien|ienne|and|ande|al|ale|ique)$/.test(t.fold)) return true;
  const body = tokens[i - 2];
  return /^(?:de|des|du)$/.test(p.fold) && !!body?.cap && t.fold.length >= 3;
}

/** A French political leaning after a title ("député centriste", "sénatrice écologiste"), folded. */
const PARTY_ADJECTIVE = /^(?:centriste|centristes|liberal|liberale|liberaux|socialiste|socialistes|ecologiste|ecologistes|conservateur|conservatrice|conservateurs|communiste|communistes|republicain|republicaine|democrate|democrates|gaulliste|insoumis|insoumise|independant|independante|souverainiste|chretien|chretienne|travailliste|travaillistes|vert|verte|verts)$/;

/** Whether the token at `i` is a political leaning right after a word of a title ("député centriste"). */
function partyAfterTitleAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return !!t && !t.cap && !!before && PARTY_ADJECTIVE.test(t.fold) && LOWER_ROLE.test(before.fold);
}

/** Words that end a role phrase read backwards from a name (verbs, conjunctions, sentence openers). */
const ROLE_STOP = /^(said|says|told|and|but|while|when|as|that|which|who|the|a|an|in|on|at|by|with|from|according|to|also|including|was|were|is|are|joined|et|und|sowie|mit|von|between|after|before|during)$/;

const LOWER_ROLE = /^(former|then|ex|deputy|sec|gen|vice|high|chief|head|director|spokesman|spokeswoman|commissioner|secretary|minister|mayor|senator|president|leader|member|representative|ambassador|general|coordinator|manager|officer|chairman|chairwoman|for|of|human|rights|regional|research|advocacy|assistant|state|foreign|affairs|based|police|district|operations|prime|supreme|lawyer|engineer|student|activist|journalist|founder|candidate|chair|judge|governor|adviser|advisor|prisoner|political|poet|writer|moderator|board|depute|deputee|eurodepute|eurodeputee|conseiller|conseillere|maire|ministre|senateur|senatrice|presidente|porte|parole|avocat|avocate|militante?|journaliste|ambassadeur|ambassadrice|directeur|directrice|fondateur|fondatrice|parlementaire|politicien|politicienne|figure|ancien|ancienne|francaise|francais|belge|suisse|americain|americaine|britannique|italien|italienne|allemand|allemande|europeen|europeenne|bruxellois|bruxelloise|genevois|genevoise|etrangeres|adjoint|adjointe|communes|honoraire|poetesse|poete|ecrivaine|ecrivain|batonnier|batonniere)$/;

/**
 * A phrase after a name's comma that is a clause of its own, not an apposition: a subject and its finite verb
 * ("X, les manifestants ont chanté", "X, the crowd has marched", "X, die Menge hat gesungen"); French "a" only before a
 * past participle ("X, le maire a dit"), never the English article ("X, head of a rights group").
 */
/**
 * What was done to a person, not what the person is: "was brutally beaten to force …", "was tortured", "was shot
 * dead" (a passive deed, maybe after an adverb). Words of appointment give a role and are kept: "was named …".
 */
const PASSIVE_DEED = /^(?:\p{Ll}+ly\s+)?(?!(?:appointed|named|elected|nominated|promoted|designated|reelected|re-elected)\b)(?:\p{Ll}+ed|beaten|shot|hung|held|taken|given|hidden|thrown|driven|bound|caught|struck|stabbed|seen|found)\b/u;

const CLAUSE_AFTER_NAME = /^(?:(?!who\b|which\b|that\b|qui\b|que\b|dont\b|der\b|die\b|das\b)\S+\s+){1,3}(?:(?:ont|sont|est|avaient|avait|have|has|had|are|were|is|was|haben|hat|sind|ist|war|waren)\s+\p{Ll}|a\s+\p{Ll}+(?:é|ée|és|ées|i|is|it|u|ue|us)(?![\p{L}]))/u;

/**
 * "Son président, X, a été longuement applaudi …", "X, hat die Kundgebung eröffnet": in French and German the name
 * is often set off by commas before its verb; the clause after it is what the person did, not what they are.
 */
const VERB_AFTER_NAME_ABROAD = /^(?:(?:a|ont|avait|avaient)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:é|ée|és|ées)(?![\p{L}])|(?:ont|sont|est|était|étaient|hat|haben|ist|sind|war|waren|wurde|wurden)\s)/u;

/** Bodies a title may belong to, written in lower case before it ("university Vice President", "party leader"). */
const BODY_NOUN = /^(?:university|college|school|party|council|parliament|assembly|committee|foundation|association|institute|hospital|union|court|ministry|movement|coalition|network|campaign|observatory|organisation|organization|group|church|mosque)$/;

/** A phrase ending on two capitalised words that are no title, role word or body: a person ("…, Ambassador Sam Brook"). */
function endsOnPlainName(phrase: string): boolean {
  const last = (phrase.split(/\s+/).at(-1) ?? '').toLowerCase();
  return /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+$/u.test(phrase) && !TITLES.has(last) && !LOWER_ROLE.test(last) && !BODY_NOUN.test(last);
}

/** The role phrases a sentence gives for the name at tokens [from, to). */
/** The post a person holds, named by the verb of a relative clause ("who heads …" → "head of …"). */
const HEAD_OF: Record<string, string> = { heads: 'head', leads: 'leader', chairs: 'chair', directs: 'director', founded: 'founder', 'co-founded': 'co-founder' };

/** A name given the words that go on the sentence before's: "», a ajouté X", "», ajoute X", "…,” added X". */
const ADDED_BEFORE_NAME = /(?:[,»”"]\s*(?:a\s+ajouté|ajoute|a-t-(?:il|elle)\s+ajouté|added|adds))\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;
/** A sentence closed by an office saying it, with no name: "…, a déclaré le ministre de la Santé.", "…, said the envoy." */
const OFFICE_SAID_AT_END = /[,»”"]\s*(?:(?:a|ont)\s+(?:déclaré|indiqué|affirmé|averti|précisé|souligné|estimé|annoncé|expliqué)|said|warned|stated)\s+(?:le|la|l['’]|the)\s*([^,;:.«»“”"]{3,120}?)\s*\.?\s*$/u;

/**
 * The office of the sayer of the sentence before, when this sentence gives the name that "added" to those words and
 * the sentence before names none ("…, a déclaré le Haut-Commissaire. « … », a ajouté X"): X holds that office.
 */
function officeOfTheSayerBefore(text: string, nameStart: number, before: string | undefined): string | undefined {
  if (!before || !ADDED_BEFORE_NAME.test(text.slice(0, nameStart))) return undefined;
  const office = OFFICE_SAID_AT_END.exec(before)?.[1]?.trim();
  if (!office || !holdsOffice(office.split(/\s+/)) || /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(office)) return undefined;
  return office;
}

/** A French verb of saying opening a phrase, and whom it was said to: "a déclaré à la presse ", "déclarait ", "a indiqué à l'AFP ". */
const FRENCH_SAYING_LEAD = /^(?:(?:a|ont|avait|avaient)\s+)?(?:déclar|affirm|indiqu|précis|expliqu|ajout|soulign|estim|annonc)\p{Ll}*\s+(?:(?:à|au|aux)\s+(?:la\s+|l['’]\s*)?[\p{L}-]+\s+)?/u;

/** A French clause opening after a name's comma ("…, ce qui fixe le bilan à …", "…, qui a fui", "…, dont le fils …"): no apposition. */
const FRENCH_CLAUSE_OPENER = /^(?:ce\s+qu(?:i|e)\b|ce\s+qu['’]|qui\s|que\s|qu['’]|dont\s|où\s|lequel\s|laquelle\s|lesquels\s|lesquelles\s)/iu;

/** A title in the plural: "Senators", "MEPs". */
const pluralTitle = (t: Token): boolean => t.cap && t.fold.length >= 3 && t.fold.endsWith('s') && TITLE_WORDS.has(t.fold.slice(0, -1));

/**
 * "Senators Ana Vell, Rudy Vane and Piet Saarn": a name further down a list opened by a title in the plural holds that
 * title too (in the singular). The list is capitalised names joined by commas and "and".
 */
function titleOfAList(text: string, tokens: Token[], nameStart: number): string | undefined {
  let i = nameStart - 1;
  let joins = 0;
  while (i >= 0 && nameStart - i <= 16) {
    const t = tokens[i] as Token;
    const gap = text.slice(t.end, (tokens[i + 1] as Token).start);
    if (!/^\s*,?\s*$/.test(gap)) return undefined;
    if (t.fold === 'and' && !t.cap) {
      joins++;
    } else if (!t.cap) return undefined;
    else if (gap.includes(',')) joins++;
    else if (/^\s+$/.test(gap) && pluralTitle(t) && joins > 0) {
      return singularTitle(text.slice(t.start, t.end));
    }
    i--;
  }
  return undefined;
}

export function rolesAround(text: string, tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  // "A, B et C, respectivement maires de X, de Y et de Z": the name holds only its own item of the list (none when the
  // two lists do not pair up).
  const respective = respectiveRole(text, first.start, last.end);
  if (respective !== undefined) return respective ? [respective.role] : [];
  // "X, 58, a former political prisoner …": the age between the name and its apposition is no part of either.
  const after = text.slice(last.end).replace(/^\s*,\s*\d{1,3}(?=\s*,\s*(?:a|an|the|former)\s)/i, '');
  // "X, Mayor of the 17th arrondissement," / "X, a 22-year-old young woman from Saqqez, Kurdistan was …"
  // (A quote is read whole, "member of the “Free Courts” collective"; a verb ends the role where its comma is lost,
  // "X, director of research at Open Watch calls on "the world" to …", "X, le maire de Y a rendu public …".)
  let ownApposition = false;
  const app = /^\s*,\s*((?:[^,;:«».()"“”–—]|"[^",]*"|“[^”,]*”){3,160}?)(?=\s*(?:,|;|\.|\)|:|[–—]|$|\s(?:was|were|is|has|had|said|says|told|called|calls|urged|urges|warned|warns|demanded|demands|noted|notes|stated|added|adds|addressed|spoke|also|a déclaré)\b|\s(?:a|ont|avait|est)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:é|ée|és|u|ue|i|is|it)\s))/u.exec(after);
  const roleLike = (r: string) =>
    /^(?:a|an|the|former|then|ex|de|du|\p{Ll}|\p{Lu}[\p{Ll}]+\s+(?:of|for|de|du|vom|von|der|des)\b|[\p{Lu}][\p{L}-]*\s+\p{Ll})/u.test(r) ||
    r.split(/\s+/).some((w) => TITLES.has(w.toLowerCase().replace(/[’']s$/, '')) || LOWER_ROLE.test(w.toLowerCase()));
  // "…, en exil en France", "…, in exile in London": where the person lives, not what they are ("in charge of …" is).
  const whereabouts = /^(?:(?:en|in)\s+(?!charge\b)|(?:from|à|au|aux|aus|im|living|based in|now in|currently in)\s)/i;
  // "According to Ostrov Police chief X, the march was peaceful": after a name that closes an "according to" opener,
  // words running into a verb are the sentence's own clause, not an apposition ("According to X, a spokesman for
  // the group, …" is one).
  const opener = /(?:^|[.;:!?]\s*)(?:according to|per|selon|laut)\s[^,;.:“”"]*$/i.test(text.slice(0, first.start)) && !!app && !/^\s*[,;.)]/.test(after.slice(app[0].length));
  // ("…, former president of Kestavia Ingrid Talmer, former speaker of the Brisk Assembly Karin Valde, …": the phrase
  // after the comma ends with the next person's name, so it is that person's title.)
  if (app?.[1] && !opener && roleLike(app[1].trim()) && !whereabouts.test(app[1].trim()) && (!endsWithPersonName(app[1]) || roleTowardsPerson(app[1]))) {
    let role = app[1].trim();
    const more = /^\s*,\s*([A-Z][\p{L}-]+)(?=\s+(?:was|is|has|had)\b)/u.exec(after.slice(app[0].length));
    if (more?.[1]) role = `${role}, ${more[1]}`;
    // A verb after the comma ends a list the name stood in ("…, including X and Y, were given"): no role.
    // Nor is a clause of what the person did next ("…, adding that …", "…, urging the …"); "leading member" and
    // "acting director" are roles.
    const nextDeed = /^\p{Ll}+ing\s+(?:that|to|the|a|an|his|her|their|its|it|he|she|they|we|how|what|why|whether|this|these|those|him|them|us|on|for|with)\b/u.test(role);
    // Nor is the next item of a list of people ("…, Rudy Vane, Ambassador Sam Brook, and several members of …"): a
    // title and a name, or the words after "and".
    const nextPerson = /^(?:and|or|as well as|along with|plus|et|ou|ainsi que|und|sowie)\b/i.test(role) || (role.split(/\s+/).length <= 5 && endsOnPlainName(role) && !/\b(?:of|for|at|in|to)\b/.test(role));
    // ("former U" is a phrase cut at the dot of "U.S.": no role read whole.)
    const cutAtDot = /(?:^|\s)\p{Lu}$/u.test(role) && /^\.\p{Lu}/u.test(after.slice(app[0].length).replace(/^\s*/, ''));
    // Nor is a clause with its own subject after a name called out ("“Ana Holm, I would like to thank you …”", "X,
    // we are honoured …"): the name is addressed, the words are the speaker's.
    const ownSubject = /^(?:I|we|you|he|she|they|it|there)\s+\p{Ll}/u.test(role);
    // Nor is a deed of the person's own, a past verb and its object ("X, saluted the guests and …"), nor a clause about
    // someone of theirs ("X, whose father was …").
    const ownDeed = /^\p{Ll}+ed\s+(?:the|a|an|his|her|their|its|this|these|those|him|them|us|it|all|every)\b/u.test(role) || /^whose\b/i.test(role);
    if (!nextDeed && !nextPerson && !cutAtDot && !ownSubject && !ownDeed && !/^(?:who|which|that|for instance|however|meanwhile|too|also|said|says|told|added|noted|stated|called|urged|warned|spoke|addressed|was|were|is|are|has|had|have|will|would|did|do|does|can|could)\b/i.test(role) && !FRENCH_CLAUSE_OPENER.test(role) && !CLAUSE_AFTER_NAME.test(role) && !VERB_AFTER_NAME_ABROAD.test(role)) {
      // ("X, députée, présidente du Comité … (CPID), Y, …": a second apposition opening in lower case with a word of
      // office is X's too; the next person opens with a capital.)
      let rest = after.slice(app[0].length);
      for (let k = 0; k < 2; k++) {
        const next = /^\s*,\s*(\p{Ll}[^,;:«».()"“”]{2,140}?(?:\s*\([^()]{2,30}\))?)(?=\s*(?:,|;|\.|$))/u.exec(rest);
        const words = next?.[1]?.split(/\s+/) ?? [];
        if (!next?.[1] || !holdsOffice(words.map((w) => fold(w))) || CLAUSE_AFTER_NAME.test(next[1]) || VERB_AFTER_NAME_ABROAD.test(next[1]) || /^(?:and|or|et|ou|und|who|which|qui|que|dont)\b/i.test(next[1])) break;
        role = `${role}, ${next[1].trim()}`;
        rest = rest.slice(next[0].length);
      }
      out.push(role);
      ownApposition = true;
    }
  }
  // "X, who is a journalist and host of "The Hour."": a relative clause that says what the person is.
  // ("Ambassador X who served as the envoy for Y (2028-2031) and was governor of Z": the office served, its years with it.)
  const who = /^\s*,\s*who\s+(?:is|was)\s+((?:a|an|the)\s+(?:[^,;:.()"“”]|"[^"]*"|“[^”]*”){3,160}?)(?=\s*(?:,|;|\.|\)|:|$))/u.exec(after) ??
    /^\s*,?\s*who\s+(?:has\s+|had\s+)?(?:served|serves)\s+as\s+((?:a|an|the)\s+(?:[^,;:.()"“”]|\(\d{4}\s*[-–]\s*\d{2,4}\)){3,160}?)(?=\s*(?:,|;|\.|:|$|\s+and\s+(?:was|is|has|had)\b))/u.exec(after);
  if (who?.[1] && roleLike(who[1])) out.push(who[1].trim());
  // "X, who heads the Lantern Party of Varn, …": the body a person heads, leads or chairs, told by a relative clause.
  const heads = /^\s*,\s*who\s+(heads|leads|chairs|directs|founded|co-founded)\s+((?:the|a|an)\s+[^,;:.()"“”]{3,120}?)(?=\s*(?:,|;|\.|\)|:|$))/u.exec(after);
  if (heads?.[1] && heads[2]) out.push(`${HEAD_OF[heads[1]] ?? heads[1]} of ${heads[2].trim().replace(/^(?:a|an)\s+/, 'a ')}`);
  // "Mr. Ahmed Drickznla General Coordinator of the Syrian community in Paris, talked …": a title right after the name.
  const titled = /^\s+((?:Former\s+|Deputy\s+|Vice\s+|Chief\s+|Senior\s+)?(?:General\s+)?[A-Z][a-z]+(?:\s+(?:of|for|the|and|de|du)\s+[^,;:.“”"]{2,100}?|\s+[A-Z][a-z]+){0,1}(?:\s+(?:of|for)\s+[^,;:.“”"]{2,100}?)?)(?=\s*[,;:.])/u.exec(after);
  if (titled?.[1] && titled[1].split(/\s+/).some((w) => TITLES.has(w.toLowerCase()) || LOWER_ROLE.test(w.toLowerCase()))) out.push(titled[1].trim());
  // "Martin Patzelt (CDU/MdB)": the party or office in brackets.
  const paren = /^\s*\(([^)]{2,100})\)/.exec(after);
  // ("Ryszard Nowak (Poland)": a country in brackets says where the person is from, not what they are.)
  if (paren?.[1] && !/^\d{4}$/.test(paren[1]) && !/^@/.test(paren[1].trim()) && !COUNTRIES.has(fold(paren[1]))) {
    // "Hep Adler (Blaue) Landtagsabgeordneter aus Nordmark,": a title right after the brackets, up to the comma, goes
    // with the party.
    const titleAfter = /^\s+([^,;:.()“”"]{3,80}?)(?=\s*[,;:.]|$)/u.exec(after.slice(paren[0].length));
    const titleWords = titleAfter?.[1]?.split(/\s+/) ?? [];
    const titled = titleWords.length > 0 && titleWords.length <= 6 && TITLES.has(fold(titleWords[0] as string));
    out.push(titled ? `${paren[1].trim()} ${titleAfter?.[1]?.trim()}` : paren[1].trim());
  }
  // "Mr. X - Kessel Law Professor, writer and author": a title after a spaced dash, up to the comma, when it holds a
  // title's word (a dash before a clause, "X - who spoke first -", or a place, is no role).
  const dashed = /^\s+[-–—]\s+([^,;:.()"“”–—]{3,100}?)(?=\s*(?:,|;|\.|\)|$))/u.exec(after);
  if (!ownApposition && dashed?.[1] && !/^(?:who|which|that|and|but|said|says|told)\b/i.test(dashed[1].trim()) && dashed[1].split(/\s+/).some((w) => TITLES.has(w.toLowerCase()) || LOWER_ROLE.test(w.toLowerCase()))) {
    out.push(dashed[1].trim());
  }
  // "X is director of the … (ICWAF), the group that organized the rally."
  // ("Gen. X was the commander of … and said that …": the role ends where the next verb of saying begins.)
  const is = /^\s+(?:is|was|est|ist|war)\s+((?:a|an|the|now|currently|also)?\s*[^.;:“”"]{3,200}?)(?=\s*(?:\.|;|$|,\s*(?:the|who|which)\b|\s(?:and|but)\s+(?:has\s+|had\s+)?(?:said|says|told|added|claimed|reported|announced|stated|warned|noted)\b))/u.exec(after);
  // ("as X was outside Kessland when police detained him", "X was in Varsk that week": where a person was, or when,
  // is no role; "in charge of" is one.)
  const whereWas = /^(?:outside|inside|in(?!\s+charge\b)|at|on|near|abroad|away|there|here|still|back|behind|among|under|within|without|across|around|from|into|not|never|absent|unable|due)\b/i;
  if (is?.[1] && !/^(?:visiting|arrested|taken|killed|born|released|one of)\b/i.test(is[1].trim()) && !PASSIVE_DEED.test(is[1].trim()) && !whereWas.test(is[1].trim())) out.push(is[1].trim());
  // Titles before the name, read backwards: "former U.S. Assistant Secretary of State X", "UN high commissioner for human rights X".
  // ("Secretary of State Dana R. Whitcombe" read for "Dana Whitcombe": a middle initial before the name found, and the
  // first name before it, are the name's, not the title's.)
  let nameStart = from;
  const initial = tokens[from - 1];
  const given = tokens[from - 2];
  if (initial && given && /^\p{Lu}$/u.test(text.slice(initial.start, initial.end)) && /^\.?\s+$/.test(text.slice(initial.end, first.start)) && given.cap && /^\s+$/.test(text.slice(given.end, initial.start)) && !TITLES.has(given.fold)) nameStart = from - 2;
  let i = nameStart - 1;
  while (i >= 0) {
    const t = tokens[i] as Token;
    const gap = text.slice(t.end, (tokens[i + 1] as Token).start);
    // ("Former UPF (Union) Sec-Gen X": a short name in brackets inside the title run is part of it.)
    const bracketed = /^\s*\(\s*$/.test(gap)
      ? i + 2 < nameStart && /^\)\s+$/.test(text.slice((tokens[i + 1] as Token).end, (tokens[i + 2] as Token).start))
      : i + 1 < nameStart && /^\)\s+$/.test(gap) && /^\s*\($/.test(text.slice((tokens[i - 1] as Token | undefined)?.end ?? 0, t.start));
    // ("former U.S. Assistant Secretary of State X": the dots of an initialism do not end the run.)
    // ("N.V." may be read as two letters with a dot between them.)
    const initials = /^\p{Lu}\.?$/u.test(text.slice(t.start, t.end)) && (/^(?:\p{Lu}?\.)+\s+$/u.test(gap) || (/^\.$/.test(gap) && /^\p{Lu}$/u.test(text.slice((tokens[i + 1] as Token).start, (tokens[i + 1] as Token).end))));
    if (/[,;:.()“”"—–!?]/.test(gap) && !/^[’']s?\s*$/.test(gap) && !bracketed && !initials) break;
    // ("journalist and former prisoner X": two roles joined by "and" are both the person's.)
    const joinedRoles = t.fold === 'and' && i - 1 >= 0 && i + 1 < nameStart && !(tokens[i - 1] as Token).cap && (LOWER_ROLE.test((tokens[i - 1] as Token).fold) || OCCUPATIONS.test((tokens[i - 1] as Token).fold)) && /^\s+$/.test(text.slice((tokens[i - 1] as Token).end, t.start));
    if (ROLE_STOP.test(t.fold) && !(t.fold === 'of' || t.fold === 'for') && !joinedRoles) break;
    // ("le conseiller d’État X", "la ministre de la Justice X": a French "de" between a title and its body's capital.)
    // ("l’ancien ambassadeur de Kestavie aux Nations Unies X": "aux", "à", "auprès de" between two capitalised bodies
    // of the title.)
    // ("ancien président de l'Assemblée du X", "député au Parlement bruxellois X": a body's capital or a word of
    // the title on either side.)
    const frenchOf = (/^(?:d|de|du|des)$/.test(t.fold) && i - 1 >= 0 && i + 1 < nameStart && ((tokens[i + 1] as Token).cap || LOWER_ROLE.test((tokens[i + 1] as Token).fold) || frenchBodyWordAt(tokens, i + 1)) && (LOWER_ROLE.test((tokens[i - 1] as Token).fold) || (tokens[i - 1] as Token).cap || frenchBodyWordAt(tokens, i - 1) || partyAfterTitleAt(tokens, i - 1))) ||
      (/^(?:aux|au|a|à)$/.test(t.fold) && !t.cap && i - 1 >= 0 && i + 1 < nameStart && (tokens[i + 1] as Token).cap && ((tokens[i - 1] as Token).cap || LOWER_ROLE.test((tokens[i - 1] as Token).fold))) ||
      // ("ambassadeur de la Norvanie": the article after "de" before the body's capital.)
      (/^(?:la|le|l)$/.test(t.fold) && !t.cap && i - 2 >= 0 && i + 1 < nameStart && (tokens[i + 1] as Token).cap && /^(?:de|d)$/.test((tokens[i - 1] as Token).fold) && LOWER_ROLE.test((tokens[i - 2] as Token).fold)) ||
      (/^(?:de|d)$/.test(t.fold) && i - 1 >= 0 && i + 2 < nameStart && /^(?:la|le|l)$/.test((tokens[i + 1] as Token).fold) && (tokens[i + 2] as Token).cap && LOWER_ROLE.test((tokens[i - 1] as Token).fold));
    // ("le député au Parlement lorrain X", "la Chambre des pairs du Norland": an adjective after a body's capital, a
    // common noun after its "de", are the body's name.)
    const frenchBodyWord = !t.cap && frenchBodyWordAt(tokens, i);
    // ("Mayor of Kessa’ 3rd District X": an ordinal before a capitalised word of the title is part of it.)
    const ordinal = /^\d{1,3}(?:st|nd|rd|th)$/i.test(text.slice(t.start, t.end)) && i + 1 < nameStart && (tokens[i + 1] as Token).cap;
    if (!t.cap && !LOWER_ROLE.test(t.fold) && !/[’']s$/.test(text.slice(t.start, t.end + 2)) && t.fold !== 's' && !joinedRoles && !frenchOf && !frenchBodyWord && !ordinal && !partyAfterTitleAt(tokens, i)) break;
    i--;
  }
  // "university Vice President X": the body a title belongs to may stand before it in lower case, named in full
  // elsewhere in the sentence ("Tehran University has set up …").
  if (i >= 0 && BODY_NOUN.test((tokens[i] as Token).fold) && !(tokens[i] as Token).cap && i + 1 < nameStart && /^\s+$/.test(text.slice((tokens[i] as Token).end, (tokens[i + 1] as Token).start))) i--;
  if (i + 1 < nameStart) {
    const words = tokens.slice(i + 1, nameStart);
    // ("read the verdict for X": "for" or "of" alone before a name joins no title to it.)
    if (words.some((t) => TITLES.has(t.fold) || pluralTitle(t) || (LOWER_ROLE.test(t.fold) && t.fold !== 'of' && t.fold !== 'for'))) {
      // (A sentence's opening article, "Le conseiller d’État X", is no part of the title.)
      let role = text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end).replace(/[’']s$/, '').trim().replace(/^(?:Le|La|Les)\s+(?=\p{Ll})/u, '');
      const body = words[0] as Token;
      if (!body.cap && BODY_NOUN.test(body.fold)) {
        const noun = body.raw.charAt(0).toUpperCase() + body.raw.slice(1);
        const named = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}${noun}\\b`, 'u').exec(text.slice(0, body.start));
        if (named) role = `${role} (${named[0].trim()})`;
      }
      out.push(singularTitle(role));
    }
  } else {
    const shared = titleOfAList(text, tokens, nameStart);
    if (shared) out.push(shared);
  }
  // "a déclaré la poétesse X", "said the poet X": after a verb of saying, the noun between the article and the name.
  const said = /\b(?:said|says|told|declared|added|a déclaré|a dit|a ajouté|déclare|sagte|erklärte)\s+(?:the|le|la|l[’']|der|die)\s*(\p{Ll}[\p{Ll}\p{M}-]+(?:\s+\p{Ll}[\p{Ll}\p{M}-]+){0,2})\s+$/u.exec(text.slice(0, first.start));
  if (said?.[1]) out.push(said[1]);
  // "said her piano teacher and close friend X": a description owned by someone named before, after a verb of saying,
  // is what X is to them (kept with its possessive, which says whose).
  const saidOwn = said ? null : /\b(?:said|says|told|added|recalled|explained)\s+((?:his|her|their|its|our)\s+\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,5})\s+$/u.exec(text.slice(0, first.start));
  const ownDesc = saidOwn?.[1];
  if (ownDesc && (holdsOffice(ownDesc.split(/\s+/)) || ownDesc.split(/\s+/).some((w) => OCCUPATIONS.test(w) || ROLE_NOUN_WORDS.test(w)))) out.push(ownDesc);
  // "then-Supreme Leader Ruhollah Khomeini's deputy, X" / "Observatory head, UK based Syrian X": the phrase before a comma.
  const beforeText = text.slice(0, first.start);
  // ("the event moderator and Board member, Dr. X said": an honorific before the name is no part of it.)
  // ("Kessa's deputy fire chief, Col. X": a military or civil rank before the name is no part of it either.)
  const lead = /(?:^|[,;:]\s|\band\s)([^,;:.“”"]{3,120}?),\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Col|Lt|Maj|Capt|Brig|Adm|Cmdr|Sgt|Gov|Supt|Insp)\.\s*)?(?:\p{L}[\p{L}\s-]{0,40})?$/u.exec(beforeText);
  // ("Tor Berrin, a member of the Assembly, Ansa Kulle": a phrase right after another person's name and a comma is
  // that person's apposition; "…included MP Hedda Lorne, former president of X Ingrid Talmer": a phrase ending with a
  // name is that person's, and only the title after it is the one asked about.)
  const leadOwner = lead?.[1] ? beforeText.slice(0, (lead.index ?? 0) + lead[0].indexOf(lead[1])).replace(/[,;:]\s*$/, '') : '';
  const leadNamesAnother = !!lead?.[1] && (endsWithPersonName(lead[1]) || (leadOwner !== '' && (endsWithPersonName(leadOwner) || /(?:^|,\s+|\band\s+)\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.test(leadOwner))));
  // ("A, députée, présidente du Comité X, Karim Dellal, ancien premier ministre, …": in a list where each name has its
  // own apposition, the phrase between two commas before the name is the person before's second role.)
  const inList = !!lead && /^[,;:]\s/.test(lead[0]) && ownApposition;
  if (inList) {
    // (Nothing from before the name.)
  } else if (lead?.[1] && leadNamesAnother) {
    const tail = beforeText.slice(beforeText.lastIndexOf(',') + 1).trim();
    if (tail && endsWithPersonName(lead[1]) && holdsOffice(tail.split(/\s+/))) out.push(tail);
  } else if (lead?.[1] && lead[1].split(/\s+/).length <= 14) {
    // ("…, said the head of the Oslo bureau at Nordic Watch, Lars Vik": the verb is no part of the role.)
    // ("…, according to his lawyer, Pol Verre": the words crediting the claim are no part of the role either.)
    // ("…, a dit aux journalistes une porte-parole de la Ligue, X": a French verb of saying and whom it was said to, too.)
    const phrase = lead[1].trim().replace(/^(?:said|says|told|added|declared|stated|noted|explained|warned)\s+(?:the\s+)?/i, '').replace(/^(?:according to|as told by|per|selon|d[’']après|laut)\s+/i, '').replace(FRENCH_SAYING_LEAD, '');
    const words = phrase.split(/\s+/);
    // ("…, Hep Adler (Blues) state MP, Ivo Lanner, …": a phrase holding a name with its party in brackets is the
    // person before in a list, with that person's role.)
    // (Nor is "Other speakers included Representative Ivo Sarn (D-BR), former Ostrov Mayor X": a list with its verb.)
    // (Nor is "…, former Ostrov Mayor Rudy Vane, Ambassador X": a phrase ending on a name is the item before.)
    const listedPerson = /(?:^|\s)\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*\(/u.test(phrase) || /\b(?:included|includes|including|were|are)\b/i.test(phrase) || endsOnPlainName(phrase);
    // ("For his part, X": "for" and "of" join a role's words, they make none.)
    // ("Son porte-parole, X", "its spokesman, X": an office of a body told before, which the phrase does not name. Not
    // "his lawyer, X", "her spokesman, X": what one is to a person is a role a report gives.)
    if (!listedPerson && holdsOffice(words) && !/^(?:son|sa|ses|leur|leurs|its)\s/i.test(phrase)) {
      const tail = beforeText.slice(beforeText.lastIndexOf(',') + 1).replace(/^\s*(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Col|Lt|Maj|Capt|Brig|Adm|Cmdr|Sgt|Gov|Supt|Insp)\.\s*/, '').trim();
      out.push(tail ? `${phrase}, ${tail}` : phrase);
    }
  }
  // ("Lord", "Dr.", "Rt. Hon. Lord": an honorific alone says how a person is addressed, not what they are.)
  const honorificOnly = (r: string) => r.split(/\s+/).every((w) => HONORIFICS.has(fold(w)) || HONORIFICS.has(`${fold(w)}.`));
  // "The FWA's X said": with no other role written, the body whose X is — an acronym, or a name ending on a body's
  // word ("Kessa Rights Network's X") — says where X belongs.
  if (!out.length) {
    const owner = POSSESSIVE_BODY.exec(beforeText);
    if (owner?.[2] && isBodyName(owner[2])) out.push(`of ${owner[1] ? 'the ' : ''}${owner[2]}`);
  }
  // ("X, a Varnian cameraman who was filming …": the apposition cut before the relative clause's verb ends on "who".)
  return [...new Set(out.map((r) => r.replace(/\s+/g, ' ').trim().replace(/\s+(?:who|which|that)$/i, '')).filter((r) => r.length >= 3 && !honorificOnly(r)))];
}

/** A capitalised run with a possessive right before a name: "The FWA's ", "Kessa Rights Network's " (the run in [2]). */
const POSSESSIVE_BODY = /(?:^|[.;:!?]\s+|\s)(?:(The|the)\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*)[’']s\s+$/u;

/** Words of a person's kind or occupation ("neighbour", "friend" are not). */
const ROLE_NOUN_WORDS = /^(?:director|chairman|chairwoman|manager|coach|colleague|spokesman|spokeswoman|spokesperson|editor|captain|commander|mentor|supervisor|pastor|priest|imam|rabbi|tutor|boss|employer|trainer|conductor)$/;

/**
 * Whether a capitalised run names a body a person may belong to: an acronym ("FWA", "IRC") or a name whose last word
 * is a body's ("Flood Watch Alliance"); never a country or a person's name.
 */
export function isBodyName(run: string): boolean {
  const words = run.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (COUNTRIES.has(fold(run))) return false;
  return (/^\p{Lu}{2,8}$/u.test(last) && words.length === 1) || ORG_WORDS.has(fold(last));
}

/** A role that is only a body the person belongs to ("of the FWA", "of the Kessa Rights Network"). */
export function bodyOnlyRole(r: string): boolean {
  const m = /^of (?:the )?(.+)$/.exec(r.trim());
  return !!m?.[1] && /^\p{Lu}/u.test(m[1]) && isBodyName(m[1]);
}

/** Occupations a report may take a person up by ("the math teacher said"); not kin, whose "the mother" is someone else's. */
export const OCCUPATIONS =
  /^(?:teacher|producer|cameraman|camerawoman|reporter|editor|driver|engineer|doctor|nurse|student|lawyer|journalist|farmer|worker|physician|professor|activist|artist|singer|writer|poet|economist|researcher|architect|mechanic|shopkeeper|pharmacist|dentist|accountant|programmer|businessman|businesswoman|retiree|pensioner|surgeon|photographer|filmmaker|musician|actor|actress|chef|baker|tailor|electrician|carpenter|plumber|clerk|banker|translator|entrepreneur|scientist|designer|painter)$/;

/** "… while working as an assistant to the deputy prosecutor at …": the job a person's own clause says they held. */
const WORKED_AS = /^[^.;:“”"]{0,120}?\b(?:working|worked|serving|served|employed)\s+as\s+((?:an?|the)\s+[^,;:.“”"()]{3,80}?)(?=\s+(?:at|in|for|with|from|during|until|between|under)\b|\s*[,;.)]|\s*$)/;

/**
 * "X, whose role was to guide the couple, …", "X had “the role of assistant to the prosecutor” at …", "in his role as
 * envoy": the part a sentence says in so many words a person played.
 */
const ROLE_TOLD = [
  /^\s*,\s*whose\s+(?:role|job|task|mission|duty|part)\s+(?:was|is|had been|would be)\s+(to\s+[^,;:.“”"()]{3,100}?)(?=\s*[,;.)”"]|\s*$)/i,
  /^[^.;:]{0,120}?\b(?:had|has|held|holds|played|plays|took|filled|with|in)\s+[“"]?(?:the|a|an|his|her|their)\s+(?:role|post|function)\s+(?:of|as)\s+((?:an?\s+|the\s+)?[^,;:.“”"()]{3,80}?)(?=\s*[,;.)”"]|\s+(?:at|in|for|with|from|during|until|between|under)\b|\s*$)/i,
];

/** "What was X's role", "what part did X play": the role asked in that word. */
const ROLE_WORD_ASKED = /\b(?:role|part did|part was|task|function)\b/i;

/** "What was X's job", "what did X work as", "X's position at the prison". */
const JOB_ASKED = /\b(?:job|work(?:ed)? as|occupation|profession|position|post)\b/i;

/** Whether the subject is the only person the window's sentence names. */
function onlyOnePersonNamed(ctx: ExtractContext, w: EvidenceWindow, at: { from: number; to: number }): boolean {
  const text = sentenceText(w);
  return nameSpans(w.tokens, text).every((n) => (n.from < at.to && n.to > at.from) || judgeSpan(n, w.tokens, text, ctx.judge) !== 'person');
}

/** Role candidates of one window: the sentence names the subject (or continues it with "He is …"). */
export function roleCandidates(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  const a = ctx.analysis;
  if (!a.subject) return [];
  const text = sentenceText(w);
  const p = w.report.profile;
  const at = findSubject(a, w.tokens, p);
  const roles: string[] = [];
  const sentences = [w.si];
  if (at) roles.push(...rolesAround(text, w.tokens, at.from, at.to));
  else {
    const prev = p.tokens[w.si - 1];
    if (!prev || !findSubject(a, prev, p) || !continuesWithPronoun(text)) return [];
    // ("a fourth defendant, X, was sentenced … They were prosecuted for …": "they" after a sentence naming several
    // people tells of them all, not the one person asked.)
    const m = (a.subject?.group ? /^\s*(?:she|he|they)\s+(?:is|was|are|were)\s+([^.;]{3,200})/i : /^\s*(?:she|he)\s+(?:is|was)\s+([^.;]{3,200})/i).exec(text);
    if (m?.[1] && !PASSIVE_DEED.test(m[1].trim())) roles.push(m[1].trim());
  }
  // "…, a déclaré le Haut-Commissaire aux réfugiés." then "« … », a ajouté X": the one who "added" is the titled
  // sayer of the sentence before, named there only by the office.
  if (at && !roles.length) {
    const office = officeOfTheSayerBefore(text, (w.tokens[at.from] as Token).start, p.sentences[w.si - 1]?.text);
    if (office) {
      roles.push(office);
      sentences.unshift(w.si - 1);
    }
  }
  // "… stood out. He is a former vice president of the European Parliament": the pronoun sentence after it ("He was
  // followed by …", "She was injured …" tell what was done, not what the person is).
  const next = p.sentences[w.si + 1];
  if (at && next && continuesWithPronoun(next.text)) {
    const m = /^\s*(?:she|he|they)\s+(?:is|was)\s+([^.;]{3,200})/i.exec(next.text);
    if (m?.[1] && !PASSIVE_DEED.test(m[1].trim())) {
      roles.push(m[1].trim());
      sentences.push(w.si + 1);
    }
  }
  // "X, 41, who took part in the march, said …" then "The bus driver said …": an occupation told as a definite
  // description opening the next sentence takes up the person just named, when no one else was named in between.
  const described = at && next ? /^\s*The\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}+))\s+(?:said|says|told|added|explained|recalled)\b/u.exec(next.text) : null;
  if (at && described?.[1] && OCCUPATIONS.test(described[2] ?? '') && onlyOnePersonNamed(ctx, w, at)) {
    roles.push(described[1]);
    sentences.push(w.si + 1);
  }
  // "X, 61, took part in the killings while working as an assistant to the deputy prosecutor at the Kesh prison":
  // what the person worked as, later in their own clause, is their job (and the one asked by "what was X's job").
  const workedAt = at ? WORKED_AS.exec(text.slice((w.tokens[at.to - 1] as Token).end)) : null;
  // (Not past another person's name: "X met Dana Kerr, working as a nurse there" tells Kerr's job.)
  const worked = workedAt && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(workedAt[0]) ? workedAt : null;
  const jobAsked = worked?.[1] && JOB_ASKED.test(a.question);
  if (worked?.[1] && !roles.includes(worked[1])) roles.unshift(worked[1]);
  const afterName = at ? text.slice((w.tokens[at.to - 1] as Token).end) : '';
  const toldRole = at ? ROLE_TOLD.map((re) => re.exec(afterName)).find((m) => m?.[1] && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(m[0])) : undefined;
  if (toldRole?.[1] && !roles.includes(toldRole[1].trim())) roles.unshift(toldRole[1].trim());
  const roleWordAsked = !!toldRole && ROLE_WORD_ASKED.test(a.question);
  if (!roles.length) return [];
  const c: Candidate = { type: 'role', text: roles.join('; '), items: roles, window: w, sentences, fit: jobAsked || roleWordAsked ? 0.95 : 0.9 };
  // The name as the report writes it ("david zimmer" asked, "David Zimmer" answered).
  if (at) c.attribution = text.slice((w.tokens[at.from] as Token).start, (w.tokens[at.to - 1] as Token).end);
  return [c];
}
