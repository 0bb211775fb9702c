/**
 * Agent candidates — who spoke, organised, claimed, concluded, presented; which group, office or website:
 * the names a window holds that the text treats as people or organisations, the doer of the deed asked
 * ("…, said the UN's humanitarian coordination office UNOCHA", "a report by US intelligence agencies concluded",
 * "was arranged by X"), or its object when the question asks whom ("blaming the Assad regime"). A list is gathered
 * when the question asks for several ("which mayors", "who spoke"): the names a head noun governs
 * ("officials … including A, B", "A, B and C, respectively mayors of …") or, failing that, every person named.
 */
import { COUNTRIES, isFunctionWord, tokenize, type Token } from '../../understand/vocabulary.ts';
import { fold, escapeRe } from '../../understand/text.ts';
import { heldEvent, proximity, type EvidenceWindow } from './evidence-windows.ts';
import { inQuestion, sentenceText, spanText, type Candidate, type ExtractContext } from './candidate.ts';
import { judgeSpan, nameSpans, nameWord, ORG_WORDS, PLACE_WORDS, TITLES, titleAbbreviationAt, type NameSpan, type SpanKind } from './spans.ts';
import { rolesAround } from './candidates-role.ts';
import { respectiveRole } from './respectively.ts';
import { holdsPoliticalOffice, POLITICAL_HEADS } from '../political-office.ts';
import { describedAsAttendee, tellsSpeechMade } from '../../extract/event-links.ts';
import { FOREIGN_QUOTE_VERBS } from '../../extract/names-lexicon.ts';

const GENERIC_VERBS = new Set(['be', 'is', 'was', 'were', 'have', 'has', 'had', 'do', 'did', 'make', 'made', 'get', 'go', 'come', 'came']);

/** "Who said …", "who told the crowd that …": the one who spoke is asked. */
export const WHO_SAID = /^\s*(?:and\s+|so\s+)?who\s+(?:said|says|told|tells)\b/i;

/** A quote closing at the head of a sentence, then its sayer: "…,” said activist Mira Tolvan". */
const CLOSED_THEN_SAID = /^[^“”"]*[”"]\s*,?\s*(?:said|says|told|added)\s+(?:\p{Ll}+\s+){0,2}((?:\p{Lu}[\p{L}'’-]+\s*){2,4})/u;

/** The sayer of a quote a sentence opens and does not close, named where it closes in the paragraph's next sentence. */
function sayerAfterQuote(p: EvidenceWindow['report']['profile'], si: number): { name: string; si: number } | undefined {
  const s = p.sentences[si];
  const next = p.sentences[si + 1];
  if (!s || !next || next.paragraph !== s.paragraph) return undefined;
  const open = s.text.search(/[“"]/);
  if (open < 0 || /[”"]/.test(s.text.slice(open + 1))) return undefined;
  const m = CLOSED_THEN_SAID.exec(next.text);
  return m?.[1] ? { name: m[1].trim().replace(/[.,;]+$/, ''), si: next.index } : undefined;
}

/** A short heading line ("French Officials Express Unwavering Support"): few words, no closing punctuation. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 9 && !/[.!?:;"”»]$/.test(t);
}

interface Named {
  span: NameSpan;
  kind: SpanKind;
}

/** Figures set against the one a sentence tells, up to a name: "higher than figures from …", "than those given by …". */
const COMPARED_FIGURES_BEFORE = /\bthan\s+(?:(?:the|those|that)\s+(?:of|from|given|issued|released|published|reported|put\s+forward)\b|(?:the\s+|those\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?(?:figures?|estimates?|tolls?|counts?|numbers?|tall(?:y|ies)|data|claims?)\b)[^.;:!?]{0,100}$/u;

/** The named people and organisations of a sentence. */
function namedIn(ctx: ExtractContext, tokens: Token[], text: string): Named[] {
  return nameSpans(tokens, text)
    .filter((span) => !CREDIT_BEFORE.test(text.slice(Math.max(0, (tokens[span.from] as Token).start - 24), (tokens[span.from] as Token).start)))
    .filter((span) => !(span.from === 0 && DATELINE.test(text)))
    // ("The toll is far higher than figures from rights groups and the Kessel government": bodies whose figures the
    // sentence sets against another gave those figures, not the one it tells.)
    .filter((span) => !COMPARED_FIGURES_BEFORE.test(text.slice(Math.max(0, (tokens[span.from] as Token).start - 140), (tokens[span.from] as Token).start)))
    // (Only when an office is asked: otherwise "President of the Solidarity Council for a Free Marland" is one body's
    // name, and its last two words are nobody.)
    .flatMap((span) => (ctx.analysis.agent?.office ? officeHolderSplit(tokens, text, span) : [span]).map((part, k, parts) => ({ part, holder: parts.length > 1 && k === 1 })))
    // (The holder an office's body is written before is a person, whatever their given name.)
    .map(({ part, holder }) => ({ span: part, kind: holder ? ('person' as SpanKind) : judgeSpan(part, tokens, text, ctx.judge) }))
    // ("place Jean Rey", "rue Victor Hugo", "avenue Albert Ier": a square or street named after someone is a place.)
    .map((n) => (n.kind !== 'place' && STREET_BEFORE.test(text.slice(Math.max(0, n.span.start - 30), n.span.start)) ? { ...n, kind: 'place' as SpanKind } : n));
}

/** A French word for a street or square, lower case, right before a name ("place", "rue de la", "boulevard"). */
const STREET_BEFORE = /(?<![\p{L}])(?:place|rue|avenue|boulevard|bd|quai|square|esplanade|parvis|allée|pont|cours|impasse|chaussée|rond-point|stade|gare|station)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$/u;

/** An office of a body right before a name run, or opening it ("speaker of the", "Secretary of"). */
const OFFICE_OF_BEFORE = /\b(?:speaker|secretary|minister|member|president|chair(?:man|woman|person)?|leader|head|mayor|governor|deputy)\s+of\s+(?:the\s+)?$/i;
const OFFICE_OPENING = /^(?:speaker|member|secretary|minister|president|chairman|chairwoman|leader|head|mayor|governor)$/;

/**
 * "former speaker of the House of Delegates Carl Denholm": an office's body written straight before its holder's name
 * makes one run of capitals; its last two words are the person, the rest the body.
 */
function officeHolderSplit(tokens: Token[], text: string, span: NameSpan): NameSpan[] {
  const words = tokens.slice(span.from, span.to);
  if (words.length < 4) return [span];
  const ofAt = words.findIndex((t) => t.fold === 'of');
  const holder = words.slice(-2);
  if (ofAt < 0 || ofAt >= words.length - 3 || !holder.every((t) => nameWord(t) && !ORG_WORDS.has(t.fold) && !PLACE_WORDS.has(t.fold))) return [span];
  const officeBefore = OFFICE_OF_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
  if (!officeBefore && !OFFICE_OPENING.test((words[0] as Token).fold)) return [span];
  const cut = span.to - 2;
  const body = tokens[cut - 1] as Token;
  const first = tokens[cut] as Token;
  const last = tokens[span.to - 1] as Token;
  return [
    { from: span.from, to: cut, text: text.slice(span.start, body.end), start: span.start, end: body.end },
    { from: cut, to: span.to, text: text.slice(first.start, last.end), start: first.start, end: last.end },
  ];
}

/** "ERBIL, Kurdistan Region - Iran carried out …": the place a report was filed from, not anyone who did anything. */
// ("VARN, 2 June 2020 (Tidewire) – …", "KELM, March 4, 2021 – …": with the day it was filed.)
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*\p{Lu}[\p{L} .'’]*)?(?:,\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?)\s+\d{4})?\s*(?:\([\w .-]+\)\s*)?[-–—]\s/u;

/** "Photo: ATTA KENARE - AFP", "Image by …": who took a picture is not who did the news. */
const CREDIT_BEFORE = /\b(?:photo(?:graph)?s?|images?|pictures?|credits?|photographer)\s*(?:by|:|©)?\s*$/i;

/** An office set after a name without a comma ("… the commander of", "… the head of"). */
const OFFICE_AFTER = /^\s+(?:the|a|an)\s+(?:former\s+|deputy\s+)?(?:commander|head|chief|leader|director|spokes(?:man|woman|person)|minister|president|founder|secretary|general|chairman|chairwoman|governor|mayor)\b/i;

/** Whether a name is one the question gives (or sets aside), so it cannot be the answer. */
function givenByQuestion(ctx: ExtractContext, tokens: Token[], span: NameSpan): boolean {
  const folds = tokens.slice(span.from, span.to).map((t) => t.fold);
  if (inQuestion(ctx.analysis, folds)) return true;
  // "Mahsa Amini" when the question speaks of "Amini's death": the person the question is about, not its answer.
  const last = folds[folds.length - 1] ?? '';
  // A body named after a country the question names ("… of Resistance of Iran") is not that country.
  if (last.length >= 4 && !(folds.length > 2 && COUNTRIES.has(last)) && ctx.analysis.terms.some((t) => t.sort === 'name' && t.fold === last)) return true;
  const ex = ctx.analysis.excluded;
  return ex.length > 0 && folds.filter((f) => f.length > 2).some((f) => ex.includes(f));
}

/** Verbs of reporting whose doer a report may name only by crediting the news to it ("according to X"). */
const REPORTING_DEED = /^(?:report|reported|reports|reporting|announce|announced|said|say|says|state|stated|claim|claimed)$/;

/** The name "according to" credits in a sentence ("…, according to Vessna, the news site of …" → "Vessna"). */
function creditedTo(tokens: Token[], text: string): { from: number; to: number } | undefined {
  const at = tokens.findIndex((t, i) => t.fold === 'according' && tokens[i + 1]?.fold === 'to');
  if (at < 0) return undefined;
  let from = at + 2;
  while (from < tokens.length && /^(the|a|an)$/.test((tokens[from] as Token).fold)) from++;
  let to = from;
  while (to < tokens.length && to - from < 8) {
    if (to > from && /[,;:.()“”"—–!?]/.test(text.slice((tokens[to - 1] as Token).end, (tokens[to] as Token).start))) break;
    to++;
  }
  return to > from ? { from, to } : undefined;
}

/** People of a body written before its name ("members of the", "delegates from the U.S."): the body did not speak itself. */
const MEMBERS_OF_BEFORE = /\b(?:members?|representatives|delegates|lawmakers|legislators|deputies|senators|MPs|staff|supporters|officials)\s+(?:of|from)\s+the\s+(?:[\p{L}.]+\s+)?$/iu;

/** A preposition of place or time right after a verb ("held in", "staged outside"): what follows is no doer. */
const PLACE_AFTER_VERB = /^(in|at|on|inside|outside|near|into|from|during)$/;

/** A name, then "of/from <body>" between commas, right before a verb ("Ilse Moran, of the Rescue Service, told"). */
const APPOSED_DOER = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[^,;:.“”"]{1,60},\s*$/u;

/** A place's preposition right before a name ("in the", "outside"). */
const PLACE_BEFORE_NAME = /\b(?:in|at|inside|outside|near|into)\s+(?:the\s+)?$/i;

/** The index of "which/that/who" right before the verb at `v`, active auxiliaries between ("which had organised"); else `v - 1`. */
function relativeBefore(tokens: Token[], v: number): number {
  let r = v - 1;
  while (r > 0 && r >= v - 3 && /^(?:has|have|had|also|then|later|once)$/.test((tokens[r] as Token).fold)) r--;
  return /^(?:that|which|who)$/.test(tokens[r]?.fold ?? '') ? r : v - 1;
}

/** The noun phrase that does (or undergoes) the deed at token `v`. */
function doerOf(tokens: Token[], text: string, v: number, object: boolean): { from: number; to: number } | undefined {
  const verb = tokens[v] as Token;
  const gapBefore = v > 0 ? text.slice((tokens[v - 1] as Token).end, verb.start) : '';
  const passive = v > 0 && /^(was|were|been|is|are|being|wurde|a été|ont été)$/i.test((tokens[v - 1] as Token).fold);
  const after = (start: number) => {
    let i = start;
    while (i < tokens.length && /^(the|a|an|by|le|la|les|der|die|das|von|par)$/.test((tokens[i] as Token).fold)) i++;
    // ("founded by Sen. Tomas Velder": the title's stop ends no doer; the name after it is the doer.)
    if (titleAbbreviationAt(text, tokens, i)) i++;
    const from = i;
    while (i < tokens.length && i - from < 9) {
      if (i > from && /[,;:.()“”"—–!?]/.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start))) {
        if (!/^\s*\(\s*$/.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start))) break;
      }
      if (/^(that|who|which|to|for|in|on|at|with|while|after|because|as)$/.test((tokens[i] as Token).fold) && i > from) break;
      i++;
    }
    return i > from ? { from, to: i } : undefined;
  };
  if (object) return after(v + 1);
  // "at the invitation of the “Syrian Revolution Coordination”", "organised by X": the doer follows.
  if (/^(of|by)$/.test(tokens[v + 1]?.fold ?? '') && /^(invitation|call|initiative|appeal)$/.test(verb.fold)) return after(v + 2);
  // "X (ICWAF), the group that organized the rally": the doer is the name before "the group that".
  // ("the exiles' council, which had organised the congress": the auxiliaries stand between.)
  const r = relativeBefore(tokens, v);
  const rel = tokens[r];
  if (rel && /^(that|which|who)$/.test(rel.fold)) {
    let k = r - 1;
    while (k >= 0 && !/,\s*$/.test(text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start)) && v - k < 6) k--;
    if (k < 0) return undefined;
    let from = k;
    while (from > 0 && k - from < 9 && !/[,;:.“”"]/.test(text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start))) from--;
    // "a lawyer for the exiles' council, which had organised …": the clause tells of the nearest body, after "for"/"of".
    const of = tokens.slice(from, k + 1).findLastIndex((t, i) => i > 0 && /^(?:for|of)$/.test(t.fold));
    if (of > 0 && ORG_WORDS.has((tokens[k] as Token).fold)) from += of + 1;
    return { from, to: k + 1 };
  }
  if (passive) {
    const by = tokens.findIndex((t, i) => i > v && (t.fold === 'by' || t.fold === 'par' || t.fold === 'von'));
    return by > v && by - v <= 3 ? after(by + 1) : undefined;
  }
  // "… in a march organised by the Tarn Exile League": a participle after its noun, with "by" (or one adverb and
  // "by") right after, is a passive too; the doer follows "by", not the words before the noun.
  const byAt = tokens[v + 1]?.fold === 'by' ? v + 1 : /ly$/.test(tokens[v + 1]?.fold ?? '') && tokens[v + 2]?.fold === 'by' ? v + 2 : -1;
  if (byAt > v && /(?:ed|en|t)$/.test(verb.fold) && !/[,;:.]/.test(text.slice(verb.end, (tokens[byAt] as Token).start))) return after(byAt + 1);
  // "Die Demonstration wurde vom Nationalen Widerstandsrat Iran organisiert": a German passive puts the verb last, the
  // doer after "von" / "vom" before it.
  const von = tokens.slice(Math.max(0, v - 10), v).findLastIndex((t) => /^(von|vom)$/.test(t.fold));
  if (von >= 0) {
    const at = Math.max(0, v - 10) + von;
    if (at > 0 && /^(wurde|wurden|wird|werden|worden)$/.test((tokens[at - 1] as Token).fold) && !/[,;:.]/.test(text.slice((tokens[at] as Token).end, verb.start))) {
      let from = at + 1;
      while (from < v && /^(der|den|dem)$/.test((tokens[from] as Token).fold)) from++;
      return from < v ? { from, to: v } : undefined;
    }
  }
  // "Ilse Moran, of the Kelmar Rescue Service, told the radio": a name, the body it belongs to between commas, then
  // the verb; the name before the body is the doer.
  const apposed = /,\s*$/.test(gapBefore) ? APPOSED_DOER.exec(text.slice(Math.max(0, verb.start - 140), verb.start)) : null;
  if (apposed) {
    const start = Math.max(0, verb.start - 140) + apposed.index;
    const from = tokens.findIndex((t) => t.start >= start);
    const to = tokens.findIndex((t) => t.start >= start + (apposed[1] as string).length);
    if (from >= 0 && to > from) return { from, to };
  }
  // "…, said the UN's office": the doer follows a verb of saying that comes after a comma or quote.
  // ("the 41st session of the trial, held in the Marden District Court": a participle with a place after it names
  // where, not who.)
  if (/[,"”]\s*$/.test(gapBefore) || /^\s*[”"]/.test(gapBefore)) return PLACE_AFTER_VERB.test(tokens[v + 1]?.fold ?? '') ? undefined : after(v + 1);
  // "X (OIAC) has launched": the auxiliary is no part of the doer, nor is the acronym in brackets a break.
  let end = v;
  while (end > 0 && /^(has|have|had|was|were|is|are|will|would|also)$/.test((tokens[end - 1] as Token).fold)) end--;
  let i = end - 1;
  while (i >= 0 && end - i <= 9) {
    const t = tokens[i] as Token;
    const gap = text.slice(t.end, (tokens[i + 1] as Token).start);
    const bracketed = (/^\)\s*$/.test(gap) && /^\s*\($/.test(text.slice((tokens[i - 1] as Token | undefined)?.end ?? 0, t.start))) || /^\s*\($/.test(gap);
    if (i < end - 1 && /[,;:.()“”"—–!?]/.test(gap) && !bracketed) break;
    if (/^(that|and|but|which|who|when|while|as|after|said|also)$/.test(t.fold)) break;
    // "… in Berlin gegen das iranische Mullah-Regime demonstriert": what a verb stands against is its object, and the
    // doer is elsewhere.
    if (/^(against|gegen|contre)$/.test(t.fold)) return undefined;
    i--;
  }
  const from = i + 1;
  if (from >= end) return undefined;
  // "an unclassified report by US intelligence agencies concluded": the doer is the "by" part.
  const by = tokens.findIndex((t, k) => k >= from && k < end && t.fold === 'by');
  return by >= 0 ? { from: by + 1, to: end } : { from, to: end };
}

/** Agent candidates of one window. */
/**
 * "…, selon les organisateurs", "d'après les organisateurs", "according to the organisers": the organisers, unnamed,
 * told something; the word is no deed of organising with a doer in the sentence.
 */
function organisersAsSource(tokens: readonly Token[], i: number): boolean {
  if (!/^organi[sz](?:ateur|atrice|er)s$/.test(tokens[i]?.fold ?? '')) return false;
  const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.fold).join(' ');
  return /(?:^|\s)(?:selon|d'apres|apres|according to)(?: the| les| des)?$/.test(before);
}

export function agentCandidates(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  if (nounAskedUnwritten(ctx, w)) return [];
  const ranked = rankedSubject(ctx, w) ?? ownerOfWhose(ctx, w);
  const found = withoutHeadlineWords(ctx, w, withoutBodiesOfSpeakers(ctx, w, ranked ?? ordinalTold(ctx, w, politicalOnly(ctx, w, identified(ctx, w, agentCandidatesOf(ctx, w))))));
  // "Which American politicians …": an answer read from sentences that never give that nationality is not one of them.
  const nations = (ctx.analysis.agent?.modifiers ?? []).filter((m) => m.startsWith('@'));
  if (!nations.length) return found;
  return found.filter((c) =>
    c.items ? c.sentences.some((si) => (w.report.profile.tokens[si] ?? []).some((t) => nations.includes(t.key))) : nationalityStated(w, c.text, nations),
  );
}

/** "Who was the driver of …", "who is the treasurer for …": one person asked by what they are. */
const ONE_ASKED_BY_NOUN = /^\s*who\s+(?:is|was)\s+the\s+([a-z]{4,})\s+(?:of|on|for|aboard)\b/i;

/**
 * "Who was the driver of the bus?" against a report that never writes "driver" (nor "drove", "drivers"): no name it
 * gives is the one asked ("all 40 on board, mostly Kessians and Canadians, died" names no driver). Nothing is read
 * from it.
 */
function nounAskedUnwritten(ctx: ExtractContext, w: EvidenceWindow): boolean {
  const noun = ONE_ASKED_BY_NOUN.exec(ctx.analysis.question)?.[1]?.toLowerCase();
  if (!noun || isFunctionWord(noun)) return false;
  // (A report in another language writes the noun in its own words: "maire" for the mayor asked.)
  if ((w.report.profile.article.language ?? 'en') !== 'en') return false;
  const stem = noun.slice(0, Math.max(4, noun.length - 2));
  return !w.report.profile.folded.includes(` ${stem}`);
}

/**
 * "Panel Faulted for Ignoring Old Case": a heading writes every word with a capital, so a verb of it the question
 * writes in lower case ("who was faulted for …") is capitalised there too; a run of such words read as a name
 * ("Panel Faulted for Ignoring Old") is the heading's own words, nobody's name. Dropped.
 */
function withoutHeadlineWords(ctx: ExtractContext, w: EvidenceWindow, found: Candidate[]): Candidate[] {
  const asked = new Set(tokenize(ctx.analysis.question).filter((t) => !t.cap && /(?:ed|ing)$/.test(t.fold)).map((t) => t.key));
  if (!asked.size) return found;
  const headlineWords = (name: string, si: number) =>
    isHeading(sentenceText(w, si)) && tokenize(name).some((t) => t.cap && /(?:ed|ing)$/.test(t.fold) && asked.has(t.key));
  return found.flatMap((c) => {
    const si = c.sentences[0] ?? w.si;
    if (!c.items) return headlineWords(c.text, si) ? [] : [c];
    const items = c.items.filter((i) => !headlineWords(i, si));
    return items.length === c.items.length ? [c] : items.length ? [{ ...c, items, text: items.join(', ') }] : [];
  });
}

/**
 * "Cross-party members of the House of Delegates spoke at the hearing": unnamed members spoke, not the body; asked who
 * spoke or said something, a name the sentence writes right after "members of the" is no speaker.
 */
function withoutBodiesOfSpeakers(ctx: ExtractContext, w: EvidenceWindow, found: Candidate[]): Candidate[] {
  if (!ctx.analysis.terms.some((t) => t.part === 'focus' && (t.key === '@speak' || t.key === '@say'))) return found;
  const text = sentenceText(w);
  const ofMembers = (name: string) => {
    const at = text.indexOf(name);
    return at >= 0 && MEMBERS_OF_BEFORE.test(text.slice(Math.max(0, at - 60), at));
  };
  return found.flatMap((c) => {
    if (!c.items) return ofMembers(c.text) ? [] : [c];
    const items = c.items.filter((i) => !ofMembers(i));
    return items.length === c.items.length ? [c] : items.length ? [{ ...c, items, text: items.join(', ') }] : [];
  });
}

/** "Whose brother was executed in January?": a person asked by what is theirs. */
const WHOSE_ASKED = /^\s*(?:and\s+)?whose\s+([\p{L}'’-]+)/iu;

/**
 * "Whose brother was executed in January?" told as "Speakers included A, B and C, whose brother was executed in
 * January": the name right before ", whose brother" answers, not the list it ends; a sentence that tells no one's
 * brother names no one asked (`[]`). `undefined` when no "whose" is asked.
 */
function ownerOfWhose(ctx: ExtractContext, w: EvidenceWindow): Candidate[] | undefined {
  const noun = WHOSE_ASKED.exec(ctx.analysis.question)?.[1];
  if (!noun) return undefined;
  const text = sentenceText(w);
  const told = new RegExp(`,?\\s*whose\\s+(?:own\\s+|late\\s+|younger\\s+|older\\s+|elder\\s+)?${escapeRe(noun)}\\b`, 'iu').exec(text);
  if (!told) return [];
  const named = namedIn(ctx, w.tokens, text).filter((n) => n.kind === 'person' && n.span.end <= told.index && /^[\s,]*$/.test(text.slice(n.span.end, told.index)));
  const owner = named.at(-1);
  if (!owner || inQuestion(ctx.analysis, w.tokens.slice(owner.span.from, owner.span.to).map((t) => t.fold))) return [];
  return [{ type: 'agent', text: owner.span.text, window: w, sentences: [w.si], fit: 0.95, focus: 1 }];
}

/** "Who was the millionth refugee", "who became the first …": a person asked by a rank alone. */
const RANK_OF_PERSON = /\bwho\s+(?:was|is|were|are|became|becomes)\s+the\s+(first|second|third|fourth|fifth|last|youngest|oldest|[\p{L}-]*(?:hundred|thousand|million|billion)th|\d+(?:st|nd|rd|th))\b/iu;

/**
 * "Who was the millionth refugee registered in Lorvania?" told as "Tamir, an 18-year-old from Dask, was recorded by
 * the agency as the millionth refugee": the name the sentence sets equal to the rank (its subject) answers, not the
 * body that did the recording; a sentence that never tells the rank names no one asked (`[]`). `undefined` when no
 * rank alone is asked.
 */
function rankedSubject(ctx: ExtractContext, w: EvidenceWindow): Candidate[] | undefined {
  const rank = RANK_OF_PERSON.exec(ctx.analysis.question)?.[1]?.toLowerCase();
  if (!rank || ORDINAL_PERSON.test(ctx.analysis.question)) return undefined;
  const text = sentenceText(w);
  const named = namedIn(ctx, w.tokens, text).filter((n) => n.kind !== 'place');
  // "X was the first to speak", "… recorded X as the millionth refugee" (the subject before); "The first speaker was X"
  // (the name after).
  const told = new RegExp(`\\b(?:(?:was|is|were|are|became|becomes)\\s+(?:the|its|their)|as\\s+(?:the\\s+)?)\\s*${rank}\\b`, 'i').exec(text);
  const opened = told ? null : new RegExp(`\\b(?:the|its|their)\\s+${rank}\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:was|is|were)\\s+`, 'iu').exec(text);
  if (!told && !opened) return [];
  const subject = told
    ? named.find((n) => n.span.end <= told.index && !/[.;:!?]/.test(text.slice(n.span.end, told.index)))
    : named.find((n) => n.span.start >= opened!.index + opened![0].length && n.span.start - (opened!.index + opened![0].length) < 40);
  if (!subject || inQuestion(ctx.analysis, w.tokens.slice(subject.span.from, subject.span.to).map((t) => t.fold))) return [];
  return [{ type: 'agent', text: subject.span.text, window: w, sentences: [w.si], fit: 0.95, focus: 1 }];
}

/** "the fourth person convicted", "the second man arrested": one of several people, picked by rank. */
const ORDINAL_PERSON = /\bthe (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:[a-z-]+ )?(?:person|man|woman|defendant|suspect|accused|victim|detainee|prisoner)\b/i;

/**
 * "Who was the third person convicted in Corvel?": the one asked by rank is named in a sentence giving that rank
 * ("The third defendant, Lomas Reddick, …"), not in one listing others ("Mila Kors and Tarik Boll were arrested").
 */
function ordinalTold(ctx: ExtractContext, w: EvidenceWindow, found: Candidate[]): Candidate[] {
  const rank = ORDINAL_PERSON.exec(ctx.analysis.question)?.[1]?.toLowerCase();
  if (!rank) return found;
  const at = w.tokens.find((t) => t.fold === rank);
  if (!at) return [];
  // "Two other defendants, A and B, received …, while a third defendant, C, was sentenced": the name by the rank.
  const text = sentenceText(w);
  return found.filter((c) => {
    const name = c.text.replace(/\s*\(.*$/, '');
    const from = text.indexOf(name, at.end);
    return from >= 0 && from - at.end <= 40;
  });
}

/**
 * "Which politicians addressed the crowd?": a person the sentence gives no office of politics ("X, who attended the
 * rally, says …") is none of them; a list keeps those it does.
 */
function politicalOnly(ctx: ExtractContext, w: EvidenceWindow, found: Candidate[]): Candidate[] {
  if (!POLITICAL_HEADS.test(ctx.analysis.agent?.head ?? '')) return found;
  const text = sentenceText(w);
  const spans = nameSpans(w.tokens, text);
  const political = (name: string) => {
    const bare = name.replace(/\s*\(.*$/, '');
    if (bare !== name && holdsPoliticalOffice(name.slice(bare.length))) return true;
    const span = spans.find((n) => n.text === bare || n.text.endsWith(bare) || bare.endsWith(n.text));
    return !!span && rolesAround(text, w.tokens, span.from, span.to).some(holdsPoliticalOffice);
  };
  // ("Also present were:" / "• A and B from the Harbour party": a listed name's own line may give the office.)
  const lines = (c: Candidate) => c.sentences.filter((si) => si !== w.si).map((si) => w.report.profile.sentences[si]?.text ?? '');
  const politicalLine = (c: Candidate, name: string) => {
    const bare = name.replace(/\s*\(.*$/, '');
    return lines(c).some((l) => l.includes(bare) && holdsPoliticalOffice(l.replace(bare, ' ')));
  };
  return found.flatMap((c) => {
    if (!c.items) return political(c.text) ? [c] : [];
    const items = c.items.filter((i) => political(i) || politicalLine(c, i));
    return items.length ? [{ ...c, items, text: items.join(', ') }] : [];
  });
}

/**
 * "Who was the guest speaker at …?" told as "The guest speaker was a former diplomat, X" (or "X was the guest
 * speaker"): the name the sentence sets equal to the words asked answers before names the sentence only lists.
 */
function identified(ctx: ExtractContext, w: EvidenceWindow, found: Candidate[]): Candidate[] {
  const asked = /^\s*who\s+(?:is|was|were|are)\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:at|in|of|on|for|during|who|that|when)\b/iu.exec(ctx.analysis.question)?.[1];
  if (!asked || asked.split(/\s+/).length < 2) return found;
  const text = sentenceText(w);
  const phrase = escapeRe(asked.toLowerCase()).replace(/\s+/g, '\\s+');
  // ("The chief speaker of the evening was …": a short phrase of place or occasion before the copula.)
  const subject = new RegExp(`\\b${phrase}(?:\\s+(?:at|of|in|on|for|during)(?:\\s+[\\p{L}'’-]+){1,3}?)?\\s+(?:was|is|were|are)\\b`, 'iu').exec(text);
  return found.map((c) => {
    if (c.items) return c;
    const at = text.indexOf(c.text);
    const after = subject && at > subject.index && at - subject.index < 160;
    const before = at >= 0 && new RegExp(`^\\s*,?\\s*(?:who\\s+)?(?:was|is|were|are)\\s+(?:the\\s+)?${phrase}\\b`, 'i').test(text.slice(at + c.text.length));
    // (The sentence sets the name equal to the very words asked: it answers, whatever else it shares with the question.)
    return after || before ? { ...c, fit: Math.min(1, Math.max(c.fit + 0.15, 0.9)) } : c;
  });
}

/** Words of a state's institutions: who holds an office in one is that state's official. */
const STATE_OFFICE = /^(?:parliament|parliamentary|ministry|minister|judiciary|government|governor|committee|mps?|majlis|police|prosecutor|spokes(?:man|woman|person)|embassy|ambassador|army|guards?)$/;

/**
 * Whether the one name answering "which Iranian official" is told Iranian: the nationality stands by the name (not
 * elsewhere in a long sentence, as in a foreigner's quote on "the Iranian authorities"), or the name holds an office
 * of a state and the report is about that country (its title and lead name it).
 */
function nationalityStated(w: EvidenceWindow, name: string, nations: string[]): boolean {
  const p = w.report.profile;
  const text = sentenceText(w);
  const tokens = w.tokens;
  const at = text.indexOf(name);
  if (at < 0) return tokens.some((t) => nations.includes(t.key));
  const from = tokens.findIndex((t) => t.end > at);
  const to = tokens.findIndex((t) => t.start >= at + name.length);
  const around = [...tokens.slice(Math.max(0, from - 6), from), ...tokens.slice(to < 0 ? tokens.length : to, to < 0 ? tokens.length : to + 14)];
  if (around.some((t) => nations.includes(t.key))) return true;
  // ("Kessia's Health Minister Ana Brel": an office of the country, written with its name and a possessive before
  // the holder, is held by one of that nationality.)
  const before = text.slice(Math.max(0, at - 60), at);
  if (nations.some((n) => [...before.matchAll(/([\p{L}-]+)['’]s\s+(?:(?:deputy|acting|former|new)\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}$/gu)].some((m) => countryOfAdjective(n.slice(1), fold(m[1] as string))))) return true;
  if (!around.some((t) => STATE_OFFICE.test(t.fold))) return false;
  const lead = [...tokenize(p.article.title), ...(p.tokens[0] ?? []), ...(p.tokens[1] ?? [])];
  return nations.some((n) => lead.some((t) => t.key === n || countryOfAdjective(n.slice(1), t.fold)));
}

/** Whether a folded word is the country a nationality names ("iranian" → "iran", "syrian" → "syria"). */
function countryOfAdjective(adjective: string, word: string): boolean {
  return word.length >= 4 && adjective.length > word.length && adjective.length - word.length <= 3 && adjective.startsWith(word);
}

function agentCandidatesOf(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  const a = ctx.analysis;
  const focus = a.agent ?? { kind: 'any' as const, modifiers: [], plural: false, object: false };
  const p = w.report.profile;
  const text = sentenceText(w);
  const tokens = w.tokens;
  // "Which countries drafted the resolution?": a country is a doer here, not a place ("drafted by Ostrel and Kelmark").
  const statesAsked = /^(?:countries|country|nations|nation|states|governments)$/.test(focus.head ?? '');
  const isState = (n: Named) => COUNTRIES.has(fold(n.span.text)) || /^(?:the\s+)?united\s+(?:states|kingdom|arab\s+emirates)$/i.test(n.span.text) || (n.kind !== 'person' && /\b(?:by|and)\s*$/i.test(text.slice(0, n.span.start)) && /^\s*(?:,|and\b|\.|$)/.test(text.slice(n.span.end)));
  // "Who drafted the truce?" told as "drafted by Ostrel and Kelmark": a state named as the doer after "by" did it.
  const whoAsked = focus.kind === 'any' && !focus.head && !focus.object;
  const doerState = (n: Named) => isState(n) && /\b(?:by|and)\s+(?:the\s+)?$/i.test(text.slice(0, n.span.start));
  // "Who spoke …?": a name inside the words quoted ("“As Tarvia did with Odo Brann, …,” said X") is spoken of.
  const speech = speechAsked(a);
  const named = namedIn(ctx, tokens, text)
    .filter((n) => !givenByQuestion(ctx, tokens, n.span) && !(speech && insideQuote(text, n.span.start)))
    .map((n) => ((statesAsked && n.kind !== 'person' && isState(n)) || (whoAsked && n.kind !== 'person' && doerState(n)) ? { ...n, kind: 'organisation' as SpanKind } : n));
  const wants = (k: SpanKind) => (focus.kind === 'any' ? k === 'person' || k === 'organisation' : k === focus.kind);
  const out: Candidate[] = [];
  const near = (from: number, to: number) => proximity(ctx.index, a, tokens, from, to);
  const modifierFit = (from: number, to = from) => {
    if (!focus.modifiers.length && !focus.head) return 0.5;
    // (A title read into the name's span, "Observatory Director X", stands before the name too.)
    const before = tokens.slice(Math.max(0, from - 6), Math.max(from, to - 1)).filter((t) => !hyphenJoined(text, tokens, t));
    const keys = new Set(before.map((t) => t.key));
    let hits = focus.modifiers.filter((m) => keys.has(m)).length + (focus.head && before.some((t) => t.fold.startsWith(focus.head!.replace(/s$/, '')) || t.key === focusHeadKey(ctx)) ? 1 : 0);
    // "which Iranian official" told as "X, a spokesperson for Parliament's committee" in a report on Iran: an
    // office of the state after the name is both.
    if (hits === 0 && /^officials?$/.test(focus.head ?? '') && to > from) {
      const apposition = /^\s*,/.test(text.slice((tokens[to - 1] as Token).end)) ? tokens.slice(to, to + 8) : [];
      if (apposition.some((t) => STATE_OFFICE.test(t.fold))) hits = nationalityStated(w, spanText(text, tokens, from, to), focus.modifiers.filter((m) => m.startsWith('@'))) ? 1 + focus.modifiers.length : 1;
    }
    return Math.min(1, hits / Math.max(1, Math.min(3, focus.modifiers.length + (focus.head ? 1 : 0))));
  };

  // The doers a relative clause tells of ("the council, which had organised …"): no one else in the sentence did it.
  const relDoers: Array<{ from: number; to: number }> = [];
  // The doer of the deed asked (or its object).
  const focusDeeds = a.terms.filter((t) => t.part === 'focus' && t.sort === 'word' && !GENERIC_VERBS.has(t.fold));
  // "Who said Odo Brann does not deserve the prize?": the deed asked is the saying; the verbs after it are what was
  // said, and whoever a quote makes their subject ("“Odo Brann does not deserve …”") said nothing.
  const sayingAsked = WHO_SAID.test(a.question) ? focusDeeds.find((t) => t.key === '@say') : undefined;
  const deeds = sayingAsked ? [sayingAsked] : focusDeeds;
  // "“Odo Brann does not deserve a seat. Brann is a jailer,” said student Mira Tolvan.": asked who said the first
  // sentence's words, the quote it opens closes in the next sentence of the paragraph, whose sayer said them.
  if (sayingAsked) {
    const closer = sayerAfterQuote(p, w.si);
    if (closer) return [{ type: 'agent', text: closer.name, window: w, sentences: [w.si, closer.si], fit: 0.9 }];
  }
  // ("He also said …" after a sentence naming the sayer: the one who said it, no name the sentence holds.)
  const sayer = sayerOfPronoun(ctx, w, deeds);
  if (sayer) return [sayer];
  for (const d of deeds) {
    // "who directs the Observatory" is told as "Observatory Director Jon Halvard": the doer's title.
    const agentNounOf = (t: Token) => t.fold.length - d.key.length <= 3 && t.fold.startsWith(d.key) && /(?:or|er)s?$/.test(t.fold) && !!tokens[tokens.indexOf(t) + 1]?.cap;
    const v = tokens.findIndex((t, i) => (t.key === d.key || agentNounOf(t) || (d.key === '@organise' && heldEvent(tokens, i))) && !organisersAsSource(tokens, i));
    // "which news site reported the sentence?" told as "… handed down the sentence on Sunday, according to Vessna, the
    // news site of the courts": who a report is credited to is who reported it.
    // ("According to the Watch, … families reported two deaths": the news is the Watch's, whoever told it to them.)
    const creditedFirst = v >= 0 && REPORTING_DEED.test(d.fold) ? creditedTo(tokens, text) : undefined;
    const credited = (v < 0 && REPORTING_DEED.test(d.fold)) ? creditedTo(tokens, text) : creditedFirst && creditedFirst.to <= v ? creditedFirst : undefined;
    if (credited) {
      const inside = named.filter((n) => n.span.from < credited.to && n.span.to > credited.from && (n.kind === 'organisation' || n.kind === 'person' || n.kind === 'other'));
      const best = inside.find((n) => wants(n.kind)) ?? inside[0];
      const phrase = best ? best.span.text : spanText(text, tokens, credited.from, credited.to);
      if (phrase && phrase.split(/\s+/).length <= 6 && tokens[credited.from]?.cap && !inQuestion(a, tokens.slice(credited.from, credited.to).map((t) => t.fold))) {
        // ("according to Vessna, the news site of the courts" for "which court news site": the apposition names the head.)
        const apposition = tokens.slice(credited.to, credited.to + 8);
        const described = !!focus.head && apposition.some((t) => t.fold === focus.head || t.fold === focus.head?.replace(/s$/, ''));
        // (The sentence holds no verb of reporting: "according to" is the deed asked, when the apposition says what was asked.)
        out.push({ type: 'agent', text: phrase, window: w, sentences: [w.si], fit: described ? 0.95 : 0.6 + 0.2 * modifierFit(credited.from, credited.to) + 0.2 * near(credited.from, credited.to), ...(described ? { focus: 1 } : {}) });
      }
      continue;
    }
    if (v < 0) continue;
    // "a rally was held": a noun after a determiner is no deed with a doer. ("They answered the call of the Union of
    // Former Students", "at the invitation of X": the name after "of" made the call.)
    if (v > 0 && /^(a|an|the|this|that|its|their)$/.test((tokens[v - 1] as Token).fold)) {
      // (Only a call or an invitation: "the organisers of the Free Rally" names the rally after "of", not its doer.)
      // (Asked who called or invited: asked who organised, the archive's events hold the organiser the same sentence
      // gives, and a call read from another report's sentence is no better.)
      const callOf = /^(?:call|invitation|initiative|behest|appeal|instigation)$/.test(tokens[v]?.fold ?? '') && tokens[v + 1]?.fold === 'of' && a.terms.some((t) => t.part === 'focus' && /^(?:call|invit|appeal)/.test(t.fold));
      const at = callOf ? (tokens[v + 2]?.fold === 'the' ? v + 3 : v + 2) : -1;
      const head = at >= 0 ? tokens[at] : undefined;
      if (head?.cap && !isFunctionWord(head.fold)) {
        // (The body's name runs to the clause's end: "the Circle of former teachers of Selmar and joined …".)
        const rest = text.slice(head.start);
        const name = (/^(.+?)(?=[,;:.()“”"]|\s+(?:and|who|which|that|to|in|on|at|for|with|from|after|before)\s|$)/.exec(rest)?.[1] ?? '').trim();
        const words = tokenize(name);
        if (name && words.length <= 9 && !inQuestion(a, words.map((t) => t.fold))) out.push({ type: 'agent', text: name, window: w, sentences: [w.si], fit: 0.85 });
      }
      continue;
    }
    // "singer Leila Farzad", "organiser Hassan Lababidi": the doer's title stands right before the name.
    const next = tokens[v + 1];
    const agentNoun = /(?:er|or|ers|ors)$/.test(tokens[v]?.fold ?? '') && !!next?.cap;
    // "Redner war der Vereinsvorsitzende X", "the main speaker was X": the doer's noun, a copula, then the person
    // (a title or role may stand between).
    const copula = !agentNoun && /(?:er|or|ers|ors|in|innen|eur|eurs|ant|ants)$/.test(tokens[v]?.fold ?? '') && /^(?:war|waren|ist|sind|was|were|is|are|etait|etaient|est|sont)$/.test(next?.fold ?? '');
    const named1 = copula ? named.find((n) => n.span.from > v + 1 && n.span.from <= v + 9 && n.span.to - n.span.from >= 2 && n.kind !== 'place' && n.kind !== 'organisation') : undefined;
    if (named1 && !inQuestion(a, tokens.slice(named1.span.from, named1.span.to).map((t) => t.fold))) {
      out.push({ type: 'agent', text: personWithTitle(text, tokens, named1.span), window: w, sentences: [w.si], fit: 0.85 });
      continue;
    }
    const np = agentNoun ? named.find((n) => n.span.from === v + 1)?.span : doerOf(tokens, text, v, focus.object);
    if (!np) continue;
    const relative = !agentNoun && !focus.object && /^(?:that|which|who)$/.test(tokens[relativeBefore(tokens, v)]?.fold ?? '');
    if (relative) relDoers.push(np);
    // "Lene Osk, a member of the Marsh Assembly who organized the march, said …": the clause's doer is the role set
    // after a person's name, so the person did it.
    const described = relative && /^(?:a|an)$/.test(tokens[np.from]?.fold ?? '') ? named.find((n) => n.kind === 'person' && n.span.to <= np.from && /^\s*,\s*$/.test(text.slice(n.span.end, (tokens[np.from] as Token).start))) : undefined;
    if (described) {
      relDoers.push({ from: described.span.from, to: described.span.to });
      out.push({ type: 'agent', text: personWithTitle(text, tokens, described.span), window: w, sentences: [w.si], fit: 0.9 });
      continue;
    }
    // A long name may run past the phrase's word limit ("the German wing of the National Council of Resistance of
    // Iran"): a name that starts inside it counts, and the one of the kind asked is the doer.
    // "Hossein Salami the commander of the Guards told …": a name cut at the phrase's start is its head, first.
    const inside = named.filter((n) => n.span.from < np.to && n.span.to > np.from);
    // "Pavel Stern the commander of the Guard told …": a name set before "the <office> of" is a person's, and the doer.
    const apposed = inside.find((n) => n.span.from <= np.from && OFFICE_AFTER.test(text.slice(n.span.end, n.span.end + 40)));
    const found = (apposed && wants('person') ? { ...apposed, kind: 'person' as SpanKind } : undefined) ?? inside.find((n) => wants(n.kind)) ?? inside[0];
    // "organized by the Coastal Friends of Free Ports": a name of several capitalised words standing after "by" as the
    // doer is a body, whatever its head word.
    const byName = found?.kind === 'other' && focus.kind !== 'person' && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, found.span.start - 8), found.span.start)) && found.span.to - found.span.from >= 2 && tokens.slice(found.span.from, found.span.to).every((t) => t.cap || isFunctionWord(t.fold));
    const best = byName && found ? { ...found, kind: 'organisation' as SpanKind } : found;
    // A person asked for must be named as one; "Renowned Iranian" or "Green Party figure" is nobody's name.
    if (focus.kind === 'person' && (!best || best.kind !== 'person')) continue;
    if (best && best.kind !== 'person' && best.kind !== 'organisation') continue;
    // "drafted by Ostrel and Kelmark" for "which countries": every state the doer's phrase joins.
    // ("the Ostrel Republic, Kelmark and Varnia carried out …": a list before the verb, its items joined by commas.)
    const listAsked = (statesAsked && focus.plural) || whoAsked;
    const joinedStates = listAsked ? inside.filter((n) => n.kind === 'organisation' && isState(n)) : [];
    if (listAsked && joinedStates.length === 1) {
      const states = named.filter((n) => n.kind === 'organisation' && isState(n)).sort((x, y) => x.span.start - y.span.start);
      let k = states.indexOf(joinedStates[0] as Named);
      while (k > 0 && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i.test(text.slice((states[k - 1] as Named).span.end, (states[k] as Named).span.start))) joinedStates.unshift(states[--k] as Named);
      let j = states.indexOf(joinedStates.at(-1) as Named);
      while (j >= 0 && j + 1 < states.length && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i.test(text.slice((states[j] as Named).span.end, (states[j + 1] as Named).span.start))) joinedStates.push(states[++j] as Named);
    }
    if (joinedStates.length >= 2) {
      const items = withoutRepeats(joinedStates.map((n) => n.span.text));
      out.push({ type: 'agent', text: items.join(', '), items, window: w, sentences: [w.si], fit: 0.75 + 0.25 * near(np.from, np.to) });
      continue;
    }
    const phrase = best ? (best.kind === 'person' ? personWithTitle(text, tokens, best.span) : best.span.text) : spanText(text, tokens, np.from, np.to).replace(/^(?:the|a|an)\s+/i, '');
    if (!phrase || phrase.split(/\s+/).length > 9) continue;
    // "organised by campaign groups Harbour Voice and Fair Coast": the bodies "and" joins after "by" did it together.
    const partner = best && best.kind !== 'person' && /\bby\s+(?:[\p{L}-]+\s+){0,4}$/u.test(text.slice(Math.max(0, best.span.start - 50), best.span.start)) ? /^\s+and\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of\s+|for\s+|the\s+)?\p{Lu}[\p{L}'’-]*){0,5})/u.exec(text.slice(best.span.end))?.[1] : undefined;
    if (partner && !inQuestion(a, tokenize(partner).map((t) => t.fold))) {
      const items = [phrase, partner];
      out.push({ type: 'agent', text: items.join(', '), items, window: w, sentences: [w.si], fit: 0.35 + 0.4 * (wants(best!.kind) ? 1 : 0.6) + 0.25 * near(np.from, np.to) });
      continue;
    }
    // A pronoun or a description without a name ("their", "the memory of members") is no answer: the doer is named.
    const npWords = tokens.slice(np.from, np.to);
    // "…, a lawyer for the exiles' council, which had organised the congress": a body the clause tells of is the doer,
    // named or not.
    if (!best && relative && ORG_WORDS.has((npWords.at(-1) as Token).fold) && !npWords.some((t) => t.cap) && !inQuestion(a, npWords.map((t) => t.fold))) {
      out.push({ type: 'agent', text: `the ${phrase}`, window: w, sentences: [w.si], fit: 0.7 + 0.25 * near(np.from, np.to) });
      continue;
    }
    if (!best && !npWords.some((t) => t.cap && nameWord(t))) continue;
    // Nor is a clause ("carried out the death sentences of nearly 20 Kurdish …", "Iran carried out …"): a doer
    // without a name starts with a capital and has no verb after one.
    if (!best && !npWords.find((t) => !/^(the|a|an)$/.test(t.fold))?.cap) continue;
    if (!best && npWords.some((t, i) => i > 0 && !t.cap && /ed$/.test(t.fold) && (npWords[i - 1] as Token).cap)) continue;
    if (inQuestion(a, tokens.slice(np.from, np.to).map((t) => t.fold))) continue;
    const kindFit = best ? (wants(best.kind) ? 1 : best.kind === 'place' ? 0.2 : 0.6) : focus.kind === 'person' ? 0.3 : 0.7;
    out.push({ type: 'agent', text: phrase, window: w, sentences: [w.si], fit: 0.35 + 0.4 * kindFit + 0.25 * near(np.from, np.to) });
  }

  // "Mira Solberg was one of the organizers of the rally": a full name the archive knows from no other cue is a
  // person when its own clause makes them one of the doers asked.
  const deedAsked = deeds[0]?.key;
  const namedDoer = (n: Named) => n.kind === 'other' && !!deedAsked && !focus.plural && n.span.to - n.span.from >= 2 && roleNamesDeed(text, tokens, n.span, deedAsked);
  let people = named.filter((n) => wants(n.kind) || namedDoer(n)).map((n) => (namedDoer(n) ? { ...n, kind: 'person' as SpanKind } : n));
  // "who were the guests": when people are named, they are the answer rather than the bodies around them.
  if (focus.kind === 'any' && people.some((n) => n.kind === 'person')) people = people.filter((n) => n.kind === 'person');
  // A specific role asked ("which Iranian diplomat", "which former vice president") must stand by the name.
  const roleHead = focus.head && (!GENERIC_HEADS.has(focus.head) || focus.office) ? focus.head : undefined;
  const headNear = (n: Named) => !roleHead || hasHeadNear(ctx, tokens, text, n.span);
  if (focus.plural) {
    const governed = governedBy(ctx, tokens, text, people);
    // A list the head noun governs needs no head by each name; otherwise each name must carry the role asked.
    // "Which American politicians": a name the sentence does not give that nationality ("US Rep.", "American") is not one.
    let chosen = governed.structural ? governed.people : governed.people.filter((n) => headNear(n) && modifierNear(ctx, tokens, n.span));
    const items = withoutRepeats(chosen.map((n) => n.span.text)).map((name) => {
      const n = chosen.find((x) => x.span.text === name);
      return n ? withRole(name, text, tokens, n.span.from, n.span.to) : name;
    });
    // A heading over one statement per line ("French Officials Express Unwavering Support" / "A noted: …" / "B stated: …"),
    // or a list announced by a colon ("Participants included:" / "- Anna Kowalczyk, Member of …").
    const extra: number[] = [];
    if (items.length === 0 && /:\s*$/.test(text)) {
      for (let k = w.si + 1; k < Math.min(p.sentences.length, w.si + 12); k++) {
        const s = p.sentences[k]?.text ?? '';
        const ts = p.tokens[k] ?? [];
        const first = nameSpans(ts, s)[0];
        if (!first || first.from > 1 || !/^\s*(?:[-–•*·]|\d+[.)])?\s*\p{L}/u.test(s) || s.length > 220) break;
        // (A line opening with a name of two words or more and a comma, "Anna Kowalczyk, Member of …"; one capitalised
        // word before a comma is no name: "Wieder haben sich …, um …" under a page's "Stand:", German nouns are capitalised.)
        const spans = nameSpans(ts, s);
        // ("• A B and C D from the Harbour party": two full names joined by "and" open the line; both are listed.)
        const second = spans[1];
        const pair = !!second && /^\s+and\s+$/.test(s.slice(first.end, second.start)) && first.to - first.from >= 2 && second.to - second.from >= 2;
        // ("• Mayor of the 2nd District A B", "• Former Secretary of State C D": in a bulleted list already begun, a line of
        // a title closed by a full name lists that name, with the title.)
        const closing = items.length > 0 && /^\s*[-–•*·]/u.test(s) && judgeSpan(first, ts, s, ctx.judge) !== 'person' ? TITLE_THEN_NAME.exec(s) : null;
        if (closing?.[1] && closing[2]) {
          items.push(`${closing[2]} (${closing[1].trim()})`);
          extra.push(k);
          continue;
        }
        if (judgeSpan(first, ts, s, ctx.judge) !== 'person' && !(first.to - first.from >= 2 && /^[^,]+,\s*\S/.test(s)) && !pair) break;
        items.push(withRole(first.text, s, ts, first.from, first.to));
        if (pair && second) items.push(withRole(second.text, s, ts, second.from, second.to));
        extra.push(k);
      }
      if (extra.length >= 2) {
        const c: Candidate = { type: 'agent', text: items.join(', '), items, window: w, sentences: [w.si, ...extra], fit: 0.9, focus: 1 };
        return [...out, c];
      }
      items.length = 0;
      extra.length = 0;
      // ("Prirent ensuite la parole :" / "A, président de …, B, députée, …": the names heading the items of one long
      // list sentence after the colon, each opening the sentence or set after a comma.)
      const s = p.sentences[w.si + 1]?.text ?? '';
      const ts = p.tokens[w.si + 1] ?? [];
      const heads = nameSpans(ts, s).filter((n) => (n.from === 0 || /,\s*$/.test(s.slice(0, n.start))) && /^\s*,/.test(s.slice(n.end)) && judgeSpan(n, ts, s, ctx.judge) === 'person');
      if (heads.length >= 3 && heads[0]?.from === 0) {
        const listed = heads.map((n) => withRole(n.text, s, ts, n.from, n.to));
        return [...out, { type: 'agent', text: listed.join(', '), items: listed, window: w, sentences: [w.si, w.si + 1], fit: 0.9, focus: 1 }];
      }
    }
    // (One name read from a sentence that is no heading is the answer to "which spokeswoman confirmed …": the speakers of
    // the lines after it are listed only when several are asked.)
    if (items.length <= 1 && (isHeading(text) || (items.length === 1 && !oneAsked(ctx.analysis.question)))) {
      for (let k = w.si + 1; k < Math.min(p.sentences.length, w.si + 8); k++) {
        const s = p.sentences[k]?.text ?? '';
        if (isHeading(s)) break;
        const ts = p.tokens[k] ?? [];
        // Each line must say something ("A noted: …", "B stated: “…”").
        if (!/[:“"«]|\b(?:said|says|noted|stated|called|added|warned|asked|declared|urged|stressed|affirmed)\b/.test(s)) continue;
        const first = nameSpans(ts, s)[0];
        if (!first || first.from > 1) continue;
        // (Under a sentence that is no heading, the line's words must follow its name closely: "Mr X was detained in
        // 2017 … on charges of “…”" tells of X, X says nothing there.)
        // (A role set between commas after the name comes first: "Ana Holm, coordinator of the Kessa Families Union,
        // told the crowd: “…”".)
        if (!isHeading(text) && !/^(?:\s*,[^,:“"«]{0,90},)?[^:“"«]{0,40}(?:[:“"«]|\b(?:said|says|told|noted|stated|called|added|warned|asked|declared|urged|stressed|affirmed)\b)/.test(s.slice(first.end))) continue;
        const kind = judgeSpan(first, ts, s, ctx.judge);
        if (kind !== 'person' || items.includes(first.text)) continue;
        items.push(first.text);
        extra.push(k);
      }
    }
    if (items.length) {
      const at = chosen[0]?.span.from ?? 0;
      const c: Candidate = {
        type: 'agent',
        text: items.join(', '),
        items,
        window: w,
        sentences: [w.si, ...extra],
        fit: Math.min(1, 0.45 + 0.25 * Math.min(1, items.length / 2) + 0.3 * near(at, at + 1) + (headInSentence(ctx, tokens) ? 0.15 : 0)),
      };
      // A heading over one statement per line: the lines' words of saying are the deed asked.
      if (extra.length >= 2) {
        c.fit = Math.max(c.fit, 0.85);
        c.focus = 1;
      }
      out.push(c);
      chosen = [];
    }
  } else {
    // "who organised the rally" against "… project the image of an organized opposition": a sentence whose only word of
    // organising describes a noun tells of no one organising anything; its names are not the organisers.
    const organiseAsked = deeds.some((d) => d.key === '@organise');
    const organising = !organiseAsked || tokens.some((t, i) => (t.key === '@organise' && !(i > 0 && /^(?:a|an|the|its|their|his|her|our)$/.test((tokens[i - 1] as Token).fold) && !!tokens[i + 1] && !tokens[i + 1]!.cap && !/^(?:by|in|at|on|for|with|from|outside|near)$/.test(tokens[i + 1]!.fold))) || heldEvent(tokens, i));
    const reported = reportedDeedAt(tokens, deeds);
    const invertedSayer = deeds.some((d) => d.key === '@say' || d.key === '@speak') ? INVERTED_SAY.exec(text)?.index ?? -1 : -1;
    for (const n of people) {
      // (An office asked, "which speaker of the house", is who the person is: a name the office does not stand by is
      // not one.)
      if (focus.office && !headNear(n)) continue;
      // ("who was the mayor of Y?" of "A, B et C, respectivement maires de X, de Y et de Z": only B's share is Y's.)
      if (roleHead && respectiveFits(ctx, text, n.span) === false) continue;
      // "… held in the Marden District Court": a body a place's preposition governs is where the deed was done, not
      // its doer.
      if (deeds.length && n.kind === 'organisation' && PLACE_BEFORE_NAME.test(text.slice(Math.max(0, n.span.start - 16), n.span.start))) continue;
      // "X, the coalition's spokeswoman, said the march was the largest the group had organised": the deed is in what
      // X said, and another subject's; X only said it.
      if (reported >= 0 && n.span.to <= reported && !roleNamesDeed(text, tokens, n.span, deeds[0]!.key)) continue;
      // "Des civils … tués par le groupe X (GX), a affirmé la Haute-Représentante": asked who said it, a name before a French
      // inverted attribution is in the words said; the sayer stands after the verb.
      if (invertedSayer >= 0 && n.span.end <= invertedSayer) continue;
      // "…, said X, a lawyer for the council, which had organised the congress": the clause's body did it, not X.
      if (relDoers.length && !relDoers.some((np) => n.span.from >= np.from && n.span.to <= np.to)) continue;
      let fit = (0.4 + 0.3 * modifierFit(n.span.from, n.span.to) + 0.3 * near(n.span.from, n.span.to)) * (headNear(n) ? 1 : 0.6) * (organising ? 1 : 0.6);
      // "what party is X from?" against "X, MP from the JA21 party": the name the noun asked stands right by ("the JA21
      // party", "party JA21") is the one it names, before another name a few words away.
      if (roleHead && headAdjacent(ctx, tokens, text, n.span)) fit = Math.min(1, fit + 0.1);
      // "…, said X, one of the main organizers", "réagit X, militante et organisatrice du rassemblement", "said Dr X,
      // spokesperson for the organisers": a person whose own stated role names the deed or the role asked is the one.
      const asked = deeds[0]?.key ?? (roleHead ? focusHeadKey(ctx) : undefined);
      if (n.kind === 'person' && asked && roleNamesDeed(text, tokens, n.span, asked)) fit = Math.max(fit, 0.95);
      // "Which party is X from?" against "minister X (CDU)": the short name in brackets right after the person asked.
      if (roleHead && /^part(?:y|ies)$/.test(roleHead) && /^\p{Lu}{2,6}$/u.test(n.span.text) && /^\s*\)/.test(text.slice(n.span.end))) {
        const before = /(\S+)\s*\(\s*$/u.exec(text.slice(0, n.span.start))?.[1];
        if (before && inQuestion(a, tokenize(before).map((t) => t.fold))) fit = Math.max(fit, 0.85);
      }
      out.push({ type: 'agent', text: n.kind === 'person' ? personWithTitle(text, tokens, n.span) : n.span.text, window: w, sentences: [w.si], fit });
    }
    roleDescribesOne(a, text, tokens, people, out);
    const firstPerson = !people.length ? speakerOfFirstPersonDeed(ctx, w, deeds) : undefined;
    if (firstPerson) out.push(firstPerson);
  }
  return out;
}

/** A bulleted line of a title closed by a full name: "• Former Secretary of State C D" (the title in [1], the name in [2]). */
const TITLE_THEN_NAME = /^\s*[-–•*·]\s*(\p{Lu}[^,;:.“”"]{2,120}?)\s+(\p{Lu}[\p{L}'’-]+\s+(?:(?:de|du|van|von|al|el)\s+)?\p{Lu}[\p{L}'’-]+)\s*[.;]?\s*$/u;

/** "“I promise I will …,” he said.": the deed told in the first person inside a quote a pronoun closes. */
const FIRST_PERSON_QUOTE = /^\s*[“"«„]\s*(?:I|We)\b([^”"»“]*)[”"»“]\s*,?\s*(?:he|she)\s+(?:said|says|added|told|stated|declared|insisted|stressed)\b/;

/**
 * "X told the Courier. “I promise I will do my best …,” he said.": asked who promised, the speaker the quote's "he"
 * stands for (the person named in the sentence before) did the deed the quote tells in the first person.
 */
function speakerOfFirstPersonDeed(ctx: ExtractContext, w: EvidenceWindow, deeds: ReadonlyArray<{ key: string }>): Candidate | undefined {
  if (!deeds.length || w.si === 0) return undefined;
  const text = sentenceText(w);
  const m = FIRST_PERSON_QUOTE.exec(text);
  if (!m) return undefined;
  const said = tokenize(m[1] as string);
  if (!deeds.every((d) => said.some((t) => t.key === d.key))) return undefined;
  const p = w.report.profile;
  const prev = p.sentences[w.si - 1]?.text ?? '';
  const prevTokens = p.tokens[w.si - 1] ?? [];
  // (The person the pronoun stands for is the last one the sentence before names, with a verb of saying after them.)
  const person = nameSpans(prevTokens, prev)
    .filter((span) => judgeSpan(span, prevTokens, prev, ctx.judge) === 'person' && /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|added|stated|declared|wrote)\b/.test(prev.slice(span.end)))
    .at(-1);
  if (!person) return undefined;
  return { type: 'agent', text: personWithTitle(prev, prevTokens, person), window: w, sentences: [w.si - 1, w.si], fit: 0.85, focus: 1 };
}

/** "He also said …", "She later told reporters …": a sentence whose sayer is a pronoun opening it. */
const PRONOUN_SAYS = /^\s*(?:He|She)\s+(?:also\s+|later\s+|further\s+|then\s+|again\s+)?(?:said|says|told|added|stated|declared|insisted|stressed|warned|noted)\b/;

/**
 * "Who said the city reserved the right to appeal?" against "Mayor X said the vote was over. He also said the city
 * reserved the right to appeal.": the pronoun stands for the person the sentence before names saying something;
 * that person said it (not a body or place the sentence itself names, "backed by Moscow").
 */
function sayerOfPronoun(ctx: ExtractContext, w: EvidenceWindow, deeds: ReadonlyArray<{ key: string }>): Candidate | undefined {
  if (w.si === 0 || !deeds.some((d) => d.key === '@say')) return undefined;
  const text = sentenceText(w);
  if (!PRONOUN_SAYS.test(text)) return undefined;
  const p = w.report.profile;
  const prev = p.sentences[w.si - 1]?.text ?? '';
  const prevTokens = p.tokens[w.si - 1] ?? [];
  const person = nameSpans(prevTokens, prev)
    // (A name right before its verb of saying that "he" or "she" then stands for is a person's, even one the archive
    // knows only by that name: "Aldo said …".)
    .filter((span) => /^(?:person|other)$/.test(judgeSpan(span, prevTokens, prev, ctx.judge)) && /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|added|stated|declared|wrote|insisted|stressed|warned)\b/.test(prev.slice(span.end)))
    .at(-1);
  if (!person) return undefined;
  return { type: 'agent', text: personWithTitle(prev, prevTokens, person), window: w, sentences: [w.si - 1, w.si], fit: 0.85, focus: 1 };
}

/**
 * Where a sentence's verb of saying stands when the deed asked comes in what was said, with a subject of its own
 * ("… said the march was the largest the group had organised"; not "said he had organised it"): -1 otherwise.
 */
function reportedDeedAt(tokens: Token[], deeds: ReadonlyArray<{ key: string }>): number {
  if (!deeds.length || deeds.some((d) => d.key === '@say' || d.key === '@speak')) return -1;
  const deed = tokens.findIndex((t) => deeds.some((d) => t.key === d.key));
  if (deed < 0) return -1;
  const say = tokens.slice(0, deed).findLastIndex((t) => SAYING.test(t.fold));
  if (say < 0) return -1;
  let k = say + 1;
  if (tokens[k]?.fold === 'that') k++;
  // (The sayer goes on as the clause's subject: "said he had organised", "said she and her husband organised".)
  if (/^(?:he|she|they|we|i|it)$/.test(tokens[k]?.fold ?? '') || k >= deed) return -1;
  return say;
}
const SAYING = /^(?:said|says|told|added|stated|noted|claimed|insisted|argued|explained|recalled|stressed)$/;
/** An attribution by inversion after the words said: "…, a déclaré X", "« … », ont indiqué les Y", "„…“, sagte X". */
const INVERTED_SAY = new RegExp(String.raw`[,»”"]\s*(?:${[...FOREIGN_QUOTE_VERBS].sort((x, y) => y.length - x.length).map(escapeRe).join('|')})(?![\p{L}])`, 'u');

/** What may stand between a name and its apposition ("X, the …", "X (…"). */
const APPOSITION_GAP = /^[\s,(]{0,3}$/;

/**
 * "who was the former prime minister of Varnia at the exhibition?" against "… were A, the former prime minister of
 * Varnia, and B, director of …": with no deed asked, the person whose own stated role holds the question's words
 * (two or more, and more than any other name's) is the one described; B, nearer the question's other words, is not.
 */
function roleDescribesOne(a: ExtractContext['analysis'], text: string, tokens: Token[], people: Named[], out: Candidate[]): void {
  if (people.length < 2 || a.expects !== 'agent') return;
  const asked = new Set(a.terms.filter((t) => t.sort === 'word' || t.sort === 'name').map((t) => t.key));
  const hits = people.map((n) => {
    if (n.kind !== 'person') return 0;
    // (Only the apposition right after the name: a role told before it may be the previous name's.)
    const role = rolesAround(text, tokens, n.span.from, n.span.to).filter((r) => APPOSITION_GAP.test(text.slice(n.span.end, text.indexOf(r, n.span.end)))).join(' ');
    return role ? new Set(tokenize(role).filter((t) => asked.has(t.key)).map((t) => t.key)).size : 0;
  });
  const best = Math.max(...hits);
  if (best < 2 || hits.filter((h) => h === best).length > 1) return;
  const c = out[out.length - people.length + hits.indexOf(best)];
  if (c) c.fit = Math.max(c.fit, 0.9);
}

/** Whether a role the sentence gives the name (its apposition, its title) holds the word asked, by its key. */
function roleNamesDeed(text: string, tokens: Token[], span: NameSpan, key: string): boolean {
  // "X was one of the organizers of the rally": one of a group the deed names (not read as a role, as "X was one of
  // those killed" is not one).
  const among = /^\s+(?:is|was|are|were)\s+((?:one|two|some|several|among)\s+(?:of\s+)?(?:the\s+)?[^,.;:“”"]{3,60})/i.exec(text.slice((tokens[span.to - 1] as Token).end));
  return [...rolesAround(text, tokens, span.from, span.to), ...(among?.[1] ? [among[1]] : [])].some((r) => {
    // The word must head the role ("one of the main organizers", "militante et organisatrice du …"), not stand in
    // what it is of or for ("spokesperson for the rally organisers" organised nothing).
    const words = tokenize(r.replace(/^(?:(?:one|two|some|several|among)\s+of\s+(?:the\s+)?|l[’']une?\s+des\s+)/i, ''));
    const at = words.findIndex((t) => t.key === key);
    return at >= 0 && !words.slice(0, at).some((t) => /^(?:for|of|to|at|with|by|de|du|des|pour|von|der|fur)$/.test(t.fold));
  });
}

/** Whether the sentence holds the noun the question asks for ("guests", "officials", "mayors"). */
function headInSentence(ctx: ExtractContext, tokens: Token[]): boolean {
  const head = ctx.analysis.agent?.head;
  if (!head) return false;
  const key = focusHeadKey(ctx);
  return tokens.some((t) => t.key === key || t.fold.replace(/s$/, '') === head.replace(/s$/, ''));
}

/**
 * "Former U.S. Vice President Tom Hale addressed the crowd": a person's name read with the titles capitalised before
 * it ("Vice President Tom Hale") is given as the name with its whole title after it ("Tom Hale (Former U.S. Vice
 * President)"), so that no part of the title ("Former") is lost.
 */
function personWithTitle(text: string, tokens: Token[], span: NameSpan): string {
  let k = span.from;
  while (k < span.to - 2 && (TITLES.has((tokens[k] as Token).fold) || (tokens[k] as Token).fold === 'vice')) k++;
  if (k === span.from) return span.text;
  const name = text.slice((tokens[k] as Token).start, (tokens[span.to - 1] as Token).end);
  // (The role kept is the one that ends on those titles, read back over "Former U.S." before them; not an apposition.)
  const titles = text.slice((tokens[span.from] as Token).start, (tokens[k - 1] as Token).end);
  const role = rolesAround(text, tokens, k, span.to).find((r) => r.endsWith(titles)) ?? titles;
  return role.length <= 90 ? `${name} (${role})` : span.text;
}

/** "Marc Vuilleumier (member of the Grand Council of Geneva)": a name with the role its sentence gives it. */
function withRole(name: string, text: string, tokens: Token[], from: number, to: number): string {
  const role = rolesAround(text, tokens, from, to)[0];
  // ("former New York Mayor Rudy Vane": a word that only dates the title the name carries goes before it.)
  if (role && /^(?:former|then|ex|late|acting|outgoing)$/i.test(role)) return `${role} ${name}`;
  return role && role.length <= 90 ? `${name} (${role})` : name;
}

/** Heads that name people or bodies in general: any name answers them. */
const GENERIC_HEADS = new Set(
  'people person persons politicians politician officials official figures figure speakers speaker guests guest members member leaders leader detainees ex-detainees prisoners activists groups group organisations organizations bodies body ngos'.split(' '),
);

/** Whether the role asked ("diplomat", "mayors", "vice president") stands in the name's title or apposition. */
/** Whether a token is the second part of a hyphenated word ("state-sponsored", "Tarsa-backed"). */
function hyphenJoined(text: string, tokens: Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  return i > 0 && /^[-‐]$/.test(text.slice((tokens[i - 1] as Token).end, t.start));
}

function hasHeadNear(ctx: ExtractContext, tokens: Token[], text: string, span: NameSpan): boolean {
  const head = ctx.analysis.agent?.head ?? '';
  const stemHead = head.replace(/s$/, '');
  // (An office asked, "which member of the Swedish parliament", stands in the name's own item of a list: "…, Italian
  // Senator A, Member of Swedish Parliament B" gives the office to B, not to A.)
  if (ctx.analysis.agent?.office) {
    let from = span.from;
    while (from > 0 && span.from - from < 8 && !/[,;:(]/.test(text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start))) from--;
    let to = span.to;
    while (to < tokens.length && to - span.to < 8 && !/[,;:)]/.test(text.slice((tokens[to - 1] as Token).end, (tokens[to] as Token).start))) to++;
    return [...tokens.slice(from, span.from), ...tokens.slice(span.to, to)].some((t) => t.fold.replace(/s$/, '') === stemHead);
  }
  const key = focusHeadKey(ctx);
  // ("Observatory Director Jon Halvard": a title read into the name's span stands by it too.)
  // ("state-sponsored terrorism by X": a word joined by a hyphen to the one before it describes a noun; X holds no
  // sponsor's role.)
  const around = [...tokens.slice(Math.max(0, span.from - 6), span.to), ...tokens.slice(span.to, span.to + 12)].filter((t) => !hyphenJoined(text, tokens, t));
  // (A German compound ends in the noun: "Premierminister" is a minister.)
  const respective = respectiveFits(ctx, text, span);
  if (respective !== undefined) return respective;
  return around.some((t) => t.key === key || t.fold.replace(/s$/, '') === stemHead || (stemHead.length >= 6 && t.fold.length > stemHead.length + 2 && t.fold.endsWith(stemHead))) || /\brespectively\b|\brespectivement\b/i.test(text);
}

/**
 * Whether a name's share of a "respectively" list fits the office asked: "who was the mayor of Y?" of "A, B et C,
 * respectivement maires de X, de Y et de Z" is B alone; a list whose sides do not pair up fits no one asked of a place.
 * `undefined` when the name stands in no such list.
 */
function respectiveFits(ctx: ExtractContext, text: string, span: NameSpan): boolean | undefined {
  const r = respectiveRole(text, span.start, span.end);
  if (r === undefined) return undefined;
  const head = ctx.analysis.agent?.head;
  const asked = head ? new RegExp(`\\b${escapeRe(head)}s?\\s+(?:of|de|du|d[’'])\\s*(?:the\\s+)?(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)`, 'iu').exec(ctx.analysis.question) : null;
  if (!asked?.[1]) return true;
  return !!r && fold(r.item) === fold(asked[1]);
}

/** Whether the noun asked stands right before or after a name, with nothing but a space between. */
function headAdjacent(ctx: ExtractContext, tokens: Token[], text: string, span: NameSpan): boolean {
  const head = ctx.analysis.agent?.head ?? '';
  const key = focusHeadKey(ctx);
  const stemHead = head.replace(/s$/, '');
  const is = (t: Token | undefined) => !!t && (t.key === key || t.fold.replace(/s$/, '') === stemHead);
  const next = tokens[span.to];
  const prev = tokens[span.from - 1];
  return (!!next && is(next) && /^\s+$/.test(text.slice(span.end, next.start))) || (!!prev && is(prev) && /^\s+$/.test(text.slice(prev.end, span.start)));
}

/**
 * Whether a nationality the question puts on the people asked ("American", "British": the vocabulary's place
 * families, keyed "@…") stands by the name. Other qualifiers ("royal guests") describe rather than pick.
 */
function modifierNear(ctx: ExtractContext, tokens: Token[], span: NameSpan): boolean {
  const mods = (ctx.analysis.agent?.modifiers ?? []).filter((m) => m.startsWith('@'));
  if (!mods.length) return true;
  const around = [...tokens.slice(Math.max(0, span.from - 6), span.from), ...tokens.slice(span.to, span.to + 12)];
  return mods.some((m) => around.some((t) => t.key === m));
}

function focusHeadKey(ctx: ExtractContext): string {
  const head = ctx.analysis.agent?.head ?? '';
  return ctx.analysis.terms.find((t) => t.fold === head)?.key ?? head;
}

/**
 * The people a list's head noun governs: those after "officials … including", those before "respectively mayors",
 * those whose own role holds the head; otherwise all of them.
 */
function governedBy(ctx: ExtractContext, tokens: Token[], text: string, people: Named[]): { people: Named[]; structural: boolean } {
  const headKey = focusHeadKey(ctx);
  const plain = { people, structural: false };
  if (!ctx.analysis.agent?.head || people.length <= 1) return plain;
  const at = tokens.findIndex((t) => t.key === headKey || t.fold === ctx.analysis.agent?.head);
  if (at < 0) return plain;
  const headTok = tokens[at] as Token;
  // "A, B and C, respectively mayors of …": the names just before.
  if (/\b(respectively|respectivement|jeweils)\s*$/i.test(text.slice(Math.max(0, headTok.start - 16), headTok.start))) {
    const before = people.filter((n) => n.span.to <= at).reverse();
    const run: Named[] = [];
    let cursor = at;
    for (const n of before) {
      const between = text.slice(n.span.end, (tokens[cursor] as Token | undefined)?.start ?? text.length);
      if (run.length && !/^[\s,]*(?:and|et|und)?[\s,]*$/i.test(between)) break;
      if (!run.length && !/^[\s,]*(?:respectively|respectivement|jeweils)?\s*$/i.test(between.replace(/\s+$/, ' '))) break;
      run.unshift(n);
      cursor = n.span.from;
    }
    if (run.length) {
      // ("Who was the mayor of Y?": of "A, B et C, respectivement maires de X, de Y et de Z" only B is; none when the
      // place asked is not in the list.)
      return { people: run.filter((n) => respectiveFits(ctx, text, n.span) !== false), structural: true };
    }
  }
  // "officials were present …, including A; B; C": the names after the head, up to "as well as".
  const after = people.filter((n) => n.span.from > at);
  if (after.length) {
    const stop = text.slice(headTok.end).search(/\bas well as\b|\bainsi que\b|\bsowie\b/i);
    const limit = stop >= 0 ? headTok.end + stop : Infinity;
    const kept = after.filter((n) => n.span.start < limit);
    if (kept.length) return { people: kept, structural: true };
  }
  return plain;
}

/** Names listed once: "Senator Richard" after "Senator Alain Richard" is the same person. */
function withoutRepeats(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const last = n.split(/\s+/).pop()?.toLowerCase();
    if (out.some((o) => o.split(/\s+/).pop()?.toLowerCase() === last)) continue;
    out.push(n);
  }
  return out;
}

// ("so-called" calls nothing.)
const SPEAK_NEAR = /\b(?<!-)(?:said|says|told|stated|noted|added|declared|stressed|warned|urged|called|addressed|spoke|speaking|remarked|affirmed|emphasi[sz]ed|explained|argued|insisted|read (?:out )?a (?:statement|message|letter)|delivered|gave a speech|a déclaré|sagte|erklärte)\b/i;

/**
 * Everyone a report shows speaking: names next to a verb of saying or speaking, or attributed a quote
 * ("“…,” said X", "X told the crowd", "11:15 — X addressed the crowd"). For "who spoke at …" across a report.
 */
export function speakersOfReport(ctx: ExtractContext, report: EvidenceWindow['report']): Array<{ name: string; si: number; role?: string }> {
  const p = report.profile;
  const out: Array<{ name: string; si: number; role?: string }> = [];
  p.tokens.forEach((tokens, si) => {
    const text = p.sentences[si]?.text ?? '';
    if (!SPEAK_NEAR.test(text) && !/[“"«]/.test(text)) return;
    let firstPerson = true;
    for (const n of namedIn(ctx, tokens, text)) {
      if (n.kind !== 'person') continue;
      // The first person a sentence names is its subject: "Dr. X, spokeswoman of …, read a statement".
      const subject = firstPerson;
      firstPerson = false;
      if (givenByQuestion(ctx, tokens, n.span)) continue;
      // "“As Tarvia did with Odo Brann, …,” said X": a name inside the words quoted is spoken of, not speaking.
      if (insideQuote(text, n.span.start)) continue;
      // ("Members of the House of Delegates spoke": the body whose members spoke is no speaker.)
      if (MEMBERS_OF_BEFORE.test(text.slice(Math.max(0, n.span.start - 60), n.span.start))) continue;
      const around = text.slice(Math.max(0, n.span.start - 30), Math.min(text.length, n.span.end + 40));
      const quoted = /[”"»]\s*,?\s*(?:\w+\s+){0,2}$/.test(text.slice(Math.max(0, n.span.start - 30), n.span.start)) || /^\s*(?:,[^,]{0,80},)?\s*(?:said|says|told|added|stated|noted|stressed|declared|remarked|affirmed)\s*[:,]?\s*[“"«]?/.test(text.slice(n.span.end));
      if (!SPEAK_NEAR.test(around) && !quoted && !(subject && SPEAK_NEAR.test(text.slice(n.span.end)))) continue;
      if (out.some((o) => o.name.split(/\s+/).pop() === n.span.text.split(/\s+/).pop())) continue;
      const role = rolesAround(text, tokens, n.span.from, n.span.to)[0];
      out.push(role && role.length <= 90 ? { name: n.span.text, si, role } : { name: n.span.text, si });
    }
  });
  return out.filter((o) => !inCrowdOfReport(report, o.name));
}

/** A name's last word in lower case, a role in brackets after it left out ("Hélène Roux (Deputy Mayor)" → "roux"). */
export const lastNameOf = (name: string): string => name.replace(/\s*\(.*$/, '').split(/\s+/).pop()?.toLowerCase() ?? '';
const crowds = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether a report shows the person of this name only as one of the crowd: described as such ("X, 34, a nurse who
 * travelled from Brenn, said …", "protester X") where it writes the surname, and never told as speaking to the
 * gathering. Only the sentences writing the surname are read (memoised per report and surname).
 */
export function inCrowdOfReport(report: EvidenceWindow['report'], name: string): boolean {
  const p = report.profile;
  const last = lastNameOf(name);
  if (last.length < 2) return false;
  let byName = crowds.get(p);
  if (!byName) crowds.set(p, (byName = new Map()));
  let crowd = byName.get(last);
  if (crowd !== undefined) return crowd;
  crowd = false;
  for (const s of p.sentences) {
    const lower = s.text.toLowerCase();
    let at = lower.indexOf(last);
    if (at < 0) continue;
    if (tellsSpeechMade(s.text)) {
      crowd = false;
      break;
    }
    for (; at >= 0 && !crowd; at = lower.indexOf(last, at + 1)) {
      // The name's span: back over the capitalised words before the surname ("Mina Tavassel").
      const before = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.exec(s.text.slice(Math.max(0, at - 60), at))?.[0] ?? '';
      crowd = describedAsAttendee(s.text, at - before.length, at + last.length);
    }
  }
  byName.set(last, crowd);
  return crowd;
}

const SPEECH_ASKED = new WeakMap<ExtractContext['analysis'], boolean>();

/** Whether the question asks who spoke or said something (once per question). */
function speechAsked(a: ExtractContext['analysis']): boolean {
  let asked = SPEECH_ASKED.get(a);
  if (asked === undefined) {
    asked = a.terms.some((t) => t.key === '@speak' || t.key === '@say');
    SPEECH_ASKED.set(a, asked);
  }
  return asked;
}

/** Whether a position of a sentence stands inside quoted words (a quote opened and not closed before it). */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = before.lastIndexOf('“');
  // (A closing mark typed as an opening one, "… disrupted, “said X", closes the quote.)
  if (open > before.lastIndexOf('”') && !/^\s*(?:said|says|told|added|stated|noted|declared|wrote|asked)\b/i.test(text.slice(open + 1, open + 20))) return true;
  let straight = 0;
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) straight++;
  return straight % 2 === 1;
}

/**
 * "Which UN mission spokeswoman confirmed …", "which general ordered …": one person asked, by a singular noun right
 * before the verb (not "which speakers addressed …").
 */
function oneAsked(question: string): boolean {
  const m = /^\s*(?:and\s+|so\s+|ok\s+)?which\s+(?:[\p{L}.'’-]+\s+){0,4}?([\p{Ll}-]+)\s+(?:\p{Ll}+ed|was|is|did|said|says|told|gave|made|led|spoke|wrote)\b/iu.exec(question);
  return !!m && !/(?<!s)s$/.test(m[1] as string) && !/^(?:people|police|men|women|children)$/i.test(m[1] as string);
}
