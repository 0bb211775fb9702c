/**
 * Questions that ask two or three things at once ("who spoke at the Velmar rally and when was it?", "when and where
 * was the march against the envoy?", "Who organised the vigil? How many came?"), read as the questions they join, each
 * able to stand alone: an answer to each is better than an answer to the last one only.
 */
import { cleanQuestion } from './understand.ts';

/** The words a part must open with to be asked on its own. */
const WH = String.raw`(?:who|whom|whose|what|when|where|which|how\s+(?:many|much|long))`;
const WH_ONLY = new RegExp(`^${WH}$`, 'i');

/** "when and where was …": the asking words, then what they all ask of. */
const WH_LIST = new RegExp(String.raw`^(${WH}(?:\s*,\s*${WH})*)\s*,?\s*(?:and|&)\s+(${WH})\s+(\S.*)$`, 'i');

/**
 * The words a list of asking words may hold: a time and a place are asked of the same occasion ("who and when
 * was …" asks nothing whole).
 */
const LISTED = /^(?:when|where)$/;

/** "Velmar rally - when and where?": an occasion named first, then the asking words alone. */
const TOPIC_THEN_WH = new RegExp(String.raw`^(.{4,}?)\s*[,;:–—-]\s*(${WH}(?:\s*,\s*${WH})*)\s*,?\s*(?:and|&)\s+(${WH})\s*\??$`, 'i');

/**
 * "… and when was it?", "…; where did she speak?", "… and how many came?": a second question joined by "and" or a
 * semicolon. A word that asks after "and" opens a question of its own only when it is followed the way a question is
 * ("when was", "who spoke", "how many …", "which city …") or stands alone at the end ("… and when?"); "… and where
 * they were held" is a clause of the first question, not a second one.
 */
// ("… and on what date was it held?": a preposition may lead "what" or "which".)
const JOINED = new RegExp(String.raw`^(.{6,}?)(?:\s*,?\s+and\s+(?:also\s+)?|\s*;\s*(?:and\s+)?)((?:(?:on|in|at|from|since|until|by|for|to)\s+(?=(?:what|which)\s))?${WH})(\s+.*)?$`, 'i');
const ASKS_FIRST = new RegExp(`^${WH}\\b`, 'i');
const ASKS_AFTER_WH: Record<string, RegExp> = {
  // "and who spoke", "and who else was there" (not "and who they were": a clause).
  who: /^\s+(?:(?:else|also)\s+)?(?!(?:they|he|she|it|we|i|you|the|a|an|his|her|their|its)\b)\p{Ll}+/u,
  whom: /^\s+(?:did|does|do|was|were|is|are|had|has|have)\b/,
  whose: /^\s+\p{Ll}+\s+(?:was|were|is|are|did|does|had|has)\b/u,
  what: /^\s+(?:(?:else\s+)?(?:did|does|do|was|were|is|are|had|has|have|will|would|could|can)\b|\p{Ll}+\s+(?:did|does|do|was|were|is|are|had|has|have)\b)/u,
  when: /^\s+(?:did|does|do|was|were|is|are|had|has|have|will|would)\b/,
  where: /^\s+(?:did|does|do|was|were|is|are|had|has|have|will|would)\b/,
  which: /^\s+\p{Ll}+/u,
  how: /^\s+\S/,
};

/**
 * A second question, after a first asking for someone's words, about that person's post: "…, and what was his old
 * job?", "… and what job did she hold?" (the question is answered whole: the words, then the post).
 */
const POST_ALSO_ASKED =
  /\band\s+(?:what|which)\s+(?:(?:was|is|were|are)\s+)?(?:(?:his|her|their|the)\s+)?(?:(?:old|former|previous|past|earlier|current)\s+)?(?:job|post|role|title|position|office|occupation|profession)\b|\band\s+(?:what|which)\s+(?:job|post|role|title|position|office)\s+(?:had|has|did|does|do)\b/i;

export function asksPostToo(question: string): boolean {
  return POST_ALSO_ASKED.test(question);
}

/** "Who organised the vigil? How many came?": a question mark, then another question. */
const NEXT_QUESTION = new RegExp(String.raw`(?<=\?)\s+(?=${WH}\b)`, 'i');

/**
 * A part that names no occasion, person, place or time of its own ("how many came", "when was it"). A person the part
 * refers back to ("what was his old job?") is its scope: the conversation carries who.
 */
function lacksScope(part: string): boolean {
  const rest = part.replace(/^\S+\s*/, '');
  // ("they" in "how many members were arrested in the raid, and what were they charged with?" are the people the
  // other part counts, of its occasion; no one the conversation carries.)
  return !/\p{Lu}|\d/u.test(rest) && !OCCASION.test(part) && !/\b(?:he|she|his|her|hers|him)\b/i.test(rest);
}

const OCCASION_WORDS = String.raw`rally|rallies|protests?|march|marches|demonstrations?|demo|gathering|conference|summit|vigil|sit-in|hunger strike|meeting|uprising|attack|raid|strike|event|convention|ceremony|commemoration|exhibition|briefing|hearing|trial`;
const OCCASION = new RegExp(String.raw`\b(?:${OCCASION_WORDS})\b`, 'i');

/** A word of a name: capitalised, or a number ("Velmar", "2019"). */
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d'’.-]*`;
/**
 * A word inside an occasion's name after "the" ("the Kastel freedom for Vardania rally"): not a word that joins
 * clauses ("the mayor of X say at the …").
 */
const INNER_WORD = String.raw`(?!(?:at|in|on|to|by|from|and|or|say|said|says|did|does|was|were|is|are|who|that)\b)[\p{L}\d'’.-]+`;
/**
 * The occasion a part is about, as the part names it, with the word before it that places it ("at the Velmar
 * rally", "in the 2019 uprising", "the march outside the Palace of Orvel"): what the other parts refer to by "it" or
 * "there", or leave unsaid.
 */
const OCCASION_PHRASE = new RegExp(
  String.raw`(?:\b(at|in|of|during|on|for|about|from|after|before|outside)\s+)?\b((?:(?:the|a|an|this|that|last)(?:\s+${INNER_WORD}){0,4}?|${NAME_WORD}(?:\s+${NAME_WORD}){0,4}?)\s+(?:${OCCASION_WORDS})(?:\s+(?:in|at|on|outside|near|against|of|for|by)\s+(?:the\s+)?${NAME_WORD}(?:\s+(?:of\s+(?:the\s+)?)?${NAME_WORD}){0,4})*)`,
  'u',
);

interface Scope {
  prep: string;
  phrase: string;
  /** An occasion ("the Velmar rally"), which "it" and "there" may stand for; else only a time or place ("in May 2020"). */
  occasion: boolean;
}

/** "… in November 2019", "… at Orvel Square": a time or place closing a part, shared by a part that names none. */
const TAIL_SCOPE = /\s(in|at|on|during|since|outside|near)\s+((?:the\s+)?[\p{Lu}\d][\p{L}\d'’.-]*(?:,?\s+(?:of\s+(?:the\s+)?)?[\p{Lu}\d][\p{L}\d'’.-]*)*)\s*\??$/u;

function scopeOf(part: string): Scope | undefined {
  const occasion = occasionOf(part);
  if (occasion) return { ...occasion, occasion: true };
  const tail = TAIL_SCOPE.exec(part);
  return tail ? { prep: tail[1] as string, phrase: tail[2] as string, occasion: false } : undefined;
}

function occasionOf(part: string): { prep: string; phrase: string } | undefined {
  // (Past the word that asks: "Who spoke at the Velmar rally" is about "the Velmar rally".)
  const m = OCCASION_PHRASE.exec(part.replace(/\?+\s*$/, '').replace(/^\s*\S+\s+/, ''));
  if (!m) return undefined;
  const phrase = (m[2] as string).replace(/^(?:this|that|last)\s+/i, 'the ');
  return { prep: m[1] ?? 'at', phrase };
}

/** The part made to stand alone: "it" and "there" read as the occasion, a part with no scope of its own given it. */
function standAlone(part: string, scope: Scope | undefined): string {
  const q = part.trim().replace(/\s*\?*$/, '?');
  const bare = q.replace(/\?$/, '').trim();
  if (WH_ONLY.test(bare)) {
    const wh = bare.toLowerCase().replace(/\s+/g, ' ');
    if (!scope?.occasion || !/^(?:when|where)$/.test(wh)) return '';
    return `${wh} was ${scope.phrase}?`;
  }
  if (!scope) return q;
  if (scope.occasion && /\bit\b/i.test(bare) && !/\bit\s+(?:said|says|reported|claims?)\b/i.test(bare)) return q.replace(/\bit\b/i, scope.phrase);
  if (scope.occasion && /\bthere\b/i.test(bare)) return q.replace(/\bthere\b/i, `${scope.prep} ${scope.phrase}`);
  if (lacksScope(bare)) return `${bare} ${scope.prep} ${scope.phrase}?`;
  return q;
}

/** Splits one sentence at "and"/";" before a second question ("… and when was it?"), as often as it asks. */
function joinedParts(sentence: string): string[] {
  let rest = sentence.trim();
  // The first part must itself ask: "Tell me about the rally and when it was" is one request.
  if (!ASKS_FIRST.test(rest)) return [rest];
  const out: string[] = [];
  while (out.length < 2) {
    const m = JOINED.exec(rest);
    if (!m) break;
    const [, first, wh, after = ''] = m as unknown as [string, string, string, string | undefined];
    const tail = after.replace(/\?+\s*$/, '');
    const key = wh.toLowerCase().replace(/^(?:on|in|at|from|since|until|by|for|to)\s+/, '').split(/\s+/)[0] as string;
    const asks = tail.trim() === '' ? /^(?:when|where)$/i.test(wh) : (ASKS_AFTER_WH[key]?.test(tail) ?? false);
    if (!asks) break;
    out.push(first);
    rest = `${wh}${after}`;
  }
  out.push(rest);
  return out;
}

/**
 * The questions a compound question joins, each made to stand alone; undefined for a question that asks one thing.
 * At most three parts: a longer list is more likely one question with "and" in it than four questions.
 */
export function compoundParts(question: string): string[] | undefined {
  const q = cleanQuestion(question);
  if (q.length < 8) return undefined;
  const list = WH_LIST.exec(q);
  const topic = list ? null : TOPIC_THEN_WH.exec(q);
  const asked = list ?? topic;
  if (asked) {
    // "when and where was …": each asking word once, each with what they all ask of.
    const whs = [...(asked[list ? 1 : 2] as string).split(/\s*,\s*/), asked[list ? 2 : 3] as string].map((w) => w.toLowerCase().replace(/\s+/g, ' '));
    if (new Set(whs).size !== whs.length || whs.length > 3 || !whs.every((w) => LISTED.test(w))) return undefined;
    return list ? whs.map((w) => `${w} ${(list[3] as string).replace(/\s*\?*$/, '?')}`) : whs.map((w) => `${topic?.[1]} - ${w}?`);
  }
  const parts = q.split(NEXT_QUESTION).flatMap((s) => joinedParts(s));
  const distinct = [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
  if (distinct.length < 2 || distinct.length > 3) return undefined;
  // "what did X say …, and what was his old job?": the person's post is asked with the words, of the same person;
  // the question is answered whole (the words, then the post the quoting report gives).
  if (asksPostToo(q)) return undefined;
  const scopes = distinct.map(scopeOf);
  const from = Math.max(scopes.findIndex((o) => o?.occasion), 0);
  const at = scopes[from] ? from : scopes.findIndex((o) => o !== undefined);
  const scope = at >= 0 ? scopes[at] : undefined;
  // (The part the occasion is read from keeps its own words: its "there" is of an earlier question.)
  const out = distinct.map((p, i) => (i > 0 && subCountOf(distinct[0]!, p)) || (i === at ? p.trim().replace(/\s*\?*$/, '?') : standAlone(p, scope)));
  return out.every(Boolean) ? out : undefined;
}

/** "how many children at least?": a count of a group alone, with nothing but a bound after it. */
const BARE_SUB_COUNT = /^(?:and\s+)?how\s+many\s+(children|people|women|men|minors|[\p{L}-]{3,}s)(?:\s+(?:at\s+least|at\s+most|of\s+them|among\s+them|in\s+all|in\s+total))?\s*\?*\s*$/iu;
/** A first count and what it asks of it: "How many protesters | killed by the guards did the envoy count". */
const FIRST_COUNT = /^(?:and\s+)?how\s+many\s+([\p{L}-]+)\s+(.+?)\s*\?*\s*$/iu;

/**
 * "How many protesters killed … did the envoy count, and how many children at least?": a second part counting only
 * another group counts it within the first part's count, asked with the first part's words and its own noun.
 */
function subCountOf(first: string, part: string): string | undefined {
  const sub = BARE_SUB_COUNT.exec(part.trim());
  const whole = FIRST_COUNT.exec(first.trim());
  if (!sub || !whole || /(?:ed|ing)$/i.test(sub[1]!) || sub[1]!.toLowerCase() === whole[1]!.toLowerCase()) return undefined;
  return `how many ${sub[1]} ${whole[2]}?`;
}

