import { chantOfTheRulingSide } from './chant-of-the-ruling-side.ts';
import { checkDeadline } from './deadline.ts';
import type { Article, Quote, QuoteKind, Sentence, Speaker } from '../domain/types.ts';
import type { Nlp } from './nlp.ts';
import { CROWD_NOUNS, FOREIGN_QUOTE_VERBS, foldName, HONORIFICS, INDIRECT_VERBS, QUOTE_VERBS, ROLE_NOUNS, SPEECH_VERBS } from './names-lexicon.ts';
import type { PeopleResult, PersonMention } from './people.ts';
import { findQuoteSpans, insideQuote, NAMED_AS, TITLE_BEFORE_QUOTE, type QuoteSpan } from './quote-spans.ts';

type Gender = 'm' | 'f' | '';

interface Attribution {
  speakerId?: string;
  speakerName?: string;
  kind?: QuoteKind;
}

interface Draft extends Attribution {
  text: string;
  kind: QuoteKind;
  sentence: number;
  start: number;
  end: number;
}

const VERB_ALT = [...QUOTE_VERBS].sort((a, b) => b.length - a.length).join('|');
const BANNER_WORDS = /\b(?:banners?|placards?|signs?|posters?|billboards?|flags? (?:reading|bearing)|inscriptions?)\b/giu;
const SLOGAN_WORDS = /\b(?:chant\w*|slogans?|shout\w*|cried|cries|chorus|sang|sing(?:ing)?|yell\w*|roar\w*|scream\w*)\b/giu;
/** A verb of chanting that tells a crowd's words after the quote ("…”, the crowd chanted"). */
const CHANT_VERB = '(?:chant(?:ed|s|ing)?|shout(?:ed|s|ing)?|sang|roared|yelled|cried)(?![\\p{L}])';
/** "the huge crowd chanted", "the demonstrators were chanting": the crowd noun before a chanting verb. */
const CROWD_CHANTS = new RegExp(`^(?:(?:the|a|some|many)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?([\\p{L}-]+)\\s+(?:(?:were|was|kept|had|have|then|also)\\s+)?${CHANT_VERB}`, 'iu');
/** "chanted the marchers": up to four words after a chanting verb. */
const CHANTED_BY = new RegExp(`^${CHANT_VERB}\\s+((?:[\\p{L}-]+\\s*){1,4})`, 'iu');
/** Words that end the noun phrase after a chanting verb. */
const CHANT_STOP = /^(?:to|at|with|as|from|on|in|into|for|while|after|before|outside|near|during|and)$/i;
const CONNECTOR = /^[\s,;:.!]*(?:(?:and|or|as well as|along with|followed by|together with|plus|then|also|while|others?|such as|like)[\s,;:]*)*$/iu;
const ADVERBS = '(?:(?:also|then|later|further|again|once again|has|had|have|strongly|publicly|repeatedly|recently|would|will|firmly|clearly|openly)\\s+)*';
/** A role opening the words after a quote, before the speaker's name: "his lawyer, ", "the camp's spokesman, ". */
const ROLE_BEFORE_NAME = /^(?:his|her|their|its|the|an?)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{Ll}'’-]*,\s*/u;
/** The verb of saying after a name in apposition: ", told the agency", ", said". */
const VERB_AFTER_APPOSITION = new RegExp(`^\\s*,\\s*${ADVERBS}(${VERB_ALT})(?![\\p{L}])`, 'iu');
/** French asides between an auxiliary and its verb of saying: "a pour sa part estimé", "a de son côté déclaré". */
const FRENCH_ASIDE = String.raw`(?:pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|quant\s+à\s+(?:lui|elle|eux)|encore|aussi|également|ensuite|enfin|notamment|lui\s+aussi|elle\s+aussi)`;
/** The words of a sentence running on past a closing mark to its verb of saying: "» d'Iran à Paris, a déclaré". */
const FRENCH_RUN_ON = new RegExp(String.raw`^\p{Ll}[^«»“”"',.;:!?]{0,50}?,\s*(?=(?:a|ont|${[...QUOTE_VERBS].filter((v) => /[éèêàç]|^(?:a|ont)\s/u.test(v) || /(?:e|it)$/u.test(v)).sort((a, b) => b.length - a.length).join('|')})(?![\p{L}]))`, 'u');
/** A French verb of saying right before a name, its role and article between: "a dit ", "a déclaré la poétesse ". */
const FRENCH_SAID_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${FOREIGN_QUOTE_VERBS.filter((v) => /[éèêàç]|^(?:a|ont)\s/u.test(v)).sort((a, b) => b.length - a.length).join('|')})\s+(?:(?:le|la|l['’])\s*(?:[\p{Ll}'’-]+\s+){0,3})?$`, 'u');
const TOOK_FLOOR = String.raw`(?:took|takes|taking)\s+(?:to\s+)?the\s+(?:microphone|mic|floor|stage|podium|rostrum|lectern)\b`;
const NEEDS_PARTICLE: Record<string, RegExp> = {
  called: /^\s+(?:on|for|upon)\b/u,
  calls: /^\s+(?:on|for|upon)\b/u,
  spoke: /^\s+(?:about|of|on|out)\b/u,
  speaks: /^\s+(?:about|of|on|out)\b/u,
  talked: /^\s+(?:about|of|on)\b/u,
  talks: /^\s+(?:about|of|on)\b/u,
  pointed: /^\s+out\b/u,
  points: /^\s+out\b/u,
  addressed: /^\s+(?:the|a)\b/u,
};

/** Finds quotes, banners, slogans, tweets and indirect statements, attributing each to a known person when the text says who. */
export function extractQuotes(nlp: Nlp, article: Article, sentences: Sentence[], people: PeopleResult): Quote[] {
  const text = article.text;
  const spans = findQuoteSpans(article);
  const ctx = new Context(article, sentences, people, spans);
  const drafts: Draft[] = [];
  const tweetParas = new Set<number>();

  // Tweets: a paragraph followed by a signature line "— Name (@handle) date".
  article.paragraphs.forEach((para, pi) => {
    const line = text.slice(para.start, para.end);
    // An embedded tweet flattened into one paragraph: "text … pic.twitter.com/x— Name (@handle) May 2, 2019".
    const inline = /^(.{12,}?)\s*(?:pic\.twitter\.com\/\S+\s*)?[—–]\s*([^()\n—–]{2,80}?)\s*\(@\w+\)\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\s*$/su.exec(line);
    if (inline?.[1] && inline[2]) {
      tweetParas.add(pi);
      const who = ctx.mentionIn(para.start + inline[1].length, para.end);
      const body = inline[1].replace(/\s*pic\.twitter\.com\/\S+\s*$/u, '').trim();
      const d: Draft = { text: body, kind: 'tweet', sentence: ctx.sentenceAt(para.start), start: para.start, end: para.start + body.length, speakerName: inline[2].trim() };
      if (who) d.speakerId = who.speakerId;
      drafts.push(d);
      return;
    }
    const sig = /^[—–-]{1,2}\s*([^()\n]{2,80}?)\s*\(@\w+\)/u.exec(line);
    const prev = article.paragraphs[pi - 1];
    if (!sig?.[1] || !prev) return;
    tweetParas.add(pi - 1).add(pi);
    const who = ctx.mentionIn(para.start, para.end);
    const d: Draft = { text: text.slice(prev.start, prev.end).trim(), kind: 'tweet', sentence: ctx.sentenceAt(prev.start), start: prev.start, end: prev.end, speakerName: sig[1].trim() };
    if (who) d.speakerId = who.speakerId;
    drafts.push(d);
  });

  // A post quoted as its own paragraph ending in hashtags, right after "X posted / tweeted …".
  article.paragraphs.forEach((para, pi) => {
    const prev = article.paragraphs[pi - 1];
    if (!prev || tweetParas.has(pi) || tweetParas.has(pi - 1)) return;
    const body = text.slice(para.start, para.end);
    if (!/#[\p{L}\d_]+\s*$/u.test(body) || /[“”"«»]/u.test(body)) return;
    const intro = /\b(?:posted|tweeted|wrote|shared|published)\b/u.exec(text.slice(prev.start, prev.end));
    if (!intro) return;
    const who = ctx.mentionsIn(prev.start, prev.start + intro.index).at(-1);
    if (!who) return;
    tweetParas.add(pi);
    drafts.push({ text: body.trim(), kind: 'tweet', sentence: ctx.sentenceAt(para.start), start: para.start, end: para.end, speakerId: who.speakerId, speakerName: who.text });
  });

  const chains = chainSpans(article, spans.filter((s) => !tweetParas.has(s.paragraph)), text);
  let previous: { chain: QuoteSpan[]; kind: QuoteKind; attr: Attribution } | undefined;
  for (const chain of chains) {
    checkDeadline();
    const first = chain[0] as QuoteSpan;
    const last = chain.at(-1) as QuoteSpan;
    let quoteText = chain.map((s, k) => (k < chain.length - 1 ? text.slice(s.innerStart, s.innerEnd).replace(/,$/u, '') : text.slice(s.innerStart, s.innerEnd))).join(' ');
    let start = first.innerStart;
    let kind: QuoteKind = 'direct';
    let attr: Attribution | undefined;

    const prevEnd = previous ? (previous.chain.at(-1) as QuoteSpan).close : -1;
    const sentStart = (sentences[ctx.sentenceAt(first.open)] ?? { start: first.open }).start;
    const joined = previous && prevEnd <= first.open && prevEnd >= sentStart - 2 && CONNECTOR.test(text.slice(prevEnd, first.open));
    // A quote of its own paragraph, or with its own speaker ("“…,” said Ms. Marsh"), does not go on a banner's words.
    const ownSpeech = !!joined && ((previous?.chain.at(-1) as QuoteSpan | undefined)?.paragraph !== first.paragraph || chain.some((s) => !!ctx.attributeAfter(s)?.speakerId));
    if (joined && !ownSpeech && previous && (previous.kind === 'banner' || previous.kind === 'slogan')) {
      kind = previous.kind;
    } else {
      const before = text.slice(Math.max(sentStart, prevEnd), first.open);
      kind = crowdKind(before) ?? 'direct';
    }
    if (kind === 'banner' || kind === 'slogan') {
      const crowd = joined && previous?.attr.speakerName && !previous.attr.speakerId ? previous.attr.speakerName : ctx.crowdBefore(first.open);
      attr = { speakerName: crowd };
      const prefix = kind === 'banner' ? /^([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:al|el|ad|as|bin|ibn|abu|ben)-[\p{Lu}][\p{L}\p{M}'’-]*|de|la|le|du|des|van|von|der|den|di|da|dos|bin|ibn|abu|al|el)){0,4})\s*:\s+/u.exec(quoteText) : null;
      if (prefix?.[1]) {
        const named = ctx.speakerByName(prefix[1], start);
        attr = { speakerName: prefix[1] };
        if (named) attr.speakerId = named;
        start += prefix[0].length;
        quoteText = quoteText.slice(prefix[0].length);
      }
    } else {
      // "The conference, titled, “…”": a name given in quotation marks is nobody's words.
      if (TITLE_BEFORE_QUOTE.test(text.slice(Math.max(sentStart, first.open - 40), first.open))) continue;
      for (const s of chain) {
        attr = ctx.attributeAfter(s);
        if (attr) break;
      }
      attr ??= ctx.attributeBefore(first, Math.max(sentStart, prevEnd));
      // A second quote in the same paragraph right after an attributed one continues the same speaker.
      // (Not a quoted heading of a few words, '"Femme, vie, liberté"' alone on its line: nobody's words.)
      // (Nor a quote whose own French pronoun names its speaker, "« … », a-t-elle déclaré", when that pronoun was left
      // unread: the clause before the quote has a subject of its own.)
      const ownPronoun = /^\s*[,.!?…]*\s*(?:a|ont)-t-(?:il|elle|ils|elles)\b/u.test(text.slice((chain.at(-1) as QuoteSpan).close));
      if (!attr && !ownPronoun && previous?.kind !== 'banner' && previous?.kind !== 'slogan' && previous?.attr.speakerId && wordCount(quoteText) > 3) {
        const prevLast = previous.chain.at(-1) as QuoteSpan;
        const prevId = previous.attr.speakerId;
        const para = article.paragraphs[first.paragraph];
        // Same paragraph, or a paragraph that opens with the quote right after the attributed one.
        const adjacent = prevLast.paragraph === first.paragraph || (prevLast.paragraph === first.paragraph - 1 && para?.start === first.open);
        if (adjacent && ctx.mentionsIn(prevLast.close, first.open).every((m) => m.speakerId === prevId)) {
          attr = { speakerId: previous.attr.speakerId };
          if (previous.attr.speakerName) attr.speakerName = previous.attr.speakerName;
        }
      }
      if (attr?.kind) kind = attr.kind;
      if (!attr && (wordCount(quoteText) <= 3 || isTitleCase(quoteText))) continue;
      // One or two quoted words inside a sentence are a scare quote, not a quotation ("“rioters” would face …").
      if (wordCount(quoteText) <= 2) continue;
    }
    const d: Draft = { text: quoteText.trim().replace(/[\s,;:]+$/u, ''), kind, sentence: ctx.sentenceAt(start), start, end: last.innerEnd };
    if (attr?.speakerId) d.speakerId = attr.speakerId;
    if (attr?.speakerName) d.speakerName = attr.speakerName;
    drafts.push(d);
    if (d.speakerId) ctx.noteSpeaker(d.speakerId, d.start);
    previous = { chain, kind, attr: attr ?? {} };
  }

  // "Anna Berg, Member of Parliament from Norway: I condemn the arrests. …": live coverage and transcripts give each
  // speaker a paragraph opening with the name (and role) and a colon, the speech after it without quotation marks.
  article.paragraphs.forEach((para, pi) => {
    if (tweetParas.has(pi)) return;
    const body = text.slice(para.start, para.end);
    const who = ctx.mentionIn(para.start, para.start + 80) ?? transcriptLabel(ctx, body, para.start);
    if (!who || text.slice(para.start, who.start).trim() !== '') return;
    const colon = SPEAKER_COLON.exec(text.slice(who.end, para.end));
    if (!colon || /[“”"«»]/u.test(body)) return;
    const from = who.end + colon[0].length;
    let to = para.end;
    while (to > from && /\s/u.test(text[to - 1] ?? '')) to--;
    if (wordCount(text.slice(from, to)) < 5 || drafts.some((d) => d.start < to && d.end > from)) return;
    drafts.push({ text: text.slice(from, to), kind: 'direct', sentence: ctx.sentenceAt(from), start: from, end: to, speakerId: who.speakerId, speakerName: who.text });
    ctx.noteSpeaker(who.speakerId, from);
  });

  drafts.push(...ctx.indirect(tweetParas));
  drafts.sort((a, b) => a.start - b.start || (a.speakerId ?? '').localeCompare(b.speakerId ?? ''));
  return drafts.map((d, n) => {
    const q: Quote = { id: `${article.id}:q${n + 1}`, text: d.text, kind: d.kind, source: { articleId: article.id, sentence: d.sentence, start: d.start, end: d.end } };
    if (d.speakerId) q.speakerId = d.speakerId;
    if (d.speakerName) q.speakerName = d.speakerName;
    return q;
  });
}

/**
 * Joins a quote left open at a paragraph end with the quote that opens the next paragraph, and a quote split by
 * its attribution ("“The regime,” she said, “is on its last legs.”").
 */
function chainSpans(article: Article, spans: QuoteSpan[], text: string): QuoteSpan[][] {
  const chains: QuoteSpan[][] = [];
  const splitBy = new RegExp(`^\\s*[^“”"«».!?]{0,60}?(?<![\\p{L}])(?:${VERB_ALT})(?![\\p{L}])[^“”"«».!?]{0,60}?,\\s*$`, 'iu');
  for (const s of spans) {
    const cur = chains.at(-1);
    const tail = cur?.at(-1);
    const para = article.paragraphs[s.paragraph];
    if (cur && tail && !tail.closed && s.paragraph === tail.paragraph + 1 && para && s.open === para.start) {
      cur.push(s);
      continue;
    }
    const split =
      cur && tail && tail.closed && tail.paragraph === s.paragraph && /,$/u.test(text.slice(tail.innerStart, tail.innerEnd)) &&
      /^\p{Ll}/u.test(text.slice(s.innerStart, s.innerStart + 1)) && splitBy.test(text.slice(tail.close, s.open));
    if (cur && split) {
      cur.push(s);
      continue;
    }
    chains.push([s]);
  }
  return chains;
}

function crowdKind(before: string): QuoteKind | undefined {
  let best: { at: number; kind: QuoteKind } | undefined;
  for (const m of before.matchAll(BANNER_WORDS)) if (!best || m.index >= best.at) best = { at: m.index, kind: 'banner' };
  for (const m of before.matchAll(SLOGAN_WORDS)) if (!best || m.index >= best.at) best = { at: m.index, kind: 'slogan' };
  if (!best) return undefined;
  // "Loyalists in Varn keep chanting “…” at weekly prayers": the ruling side's chant, no crowd's slogan.
  if (best.kind === 'slogan' && chantOfTheRulingSide(before)) return undefined;
  // "Chanting for X, the rally was part of what Y described as a “day of action”": a name given to a thing.
  if (NAMED_AS.test(before)) return undefined;
  // A verb of saying nearer the quote than the banner word makes it speech ("X said the placards …: “…”" is rare).
  let verbAt = -1;
  // "a banner with five friends that said “…”": the verb of the banner's clause is the banner's.
  for (const m of before.matchAll(new RegExp(`(?<![\\p{L}])(?:${VERB_ALT})(?![\\p{L}])`, 'giu'))) if (!(best.kind === 'banner' && /\b(?:that|which)\s+$/i.test(before.slice(Math.max(0, m.index - 8), m.index)))) verbAt = m.index;
  return verbAt > best.at ? undefined : best.kind;
}

/** Capitalised words after a verb of saying that name no one ("said Monday's statement", "said The Times"). */
const NOT_A_SPEAKER = /^(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * A transcript's speaker label ("MORTAZAVI: It's hard to say …", "NEGAR MORTAZAVI: Thanks …"): the capitals before
 * the colon name one of the report's people (by the name or the surname the report gives them); a host or anyone the
 * report never names in full is left out.
 */
function transcriptLabel(ctx: Context, body: string, at: number): { start: number; end: number; text: string; speakerId: string } | undefined {
  const m = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}):\s+(?=\p{Lu})/u.exec(body);
  if (!m?.[1] || m[1].length < 3) return undefined;
  const written = m[1].toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (x) => x.toUpperCase());
  const id = ctx.speakerByName(written, -1) ?? ctx.speakerBySurname(written);
  const name = id ? ctx.speakerName(id) : undefined;
  return id && name ? { start: at, end: at + m[1].length, text: name, speakerId: id } : undefined;
}

/** After a name opening a paragraph: an optional role (", Member of Parliament from Norway") and the colon before a speech. */
const SPEAKER_COLON = /^(?:\s*,\s*[^:.!?;“”"«»\n]{2,160}?)?\s*:\s+(?=\p{Lu})/u;

/** A capitalised verb of saying right after a capitalised word is the end of a name ("the United States", "Member States"). */
const inProperName = (text: string, at: number, word: string): boolean => /^\p{Lu}/u.test(word) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at));

const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const isTitleCase = (s: string): boolean => {
  const words = s.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|in|on|a|an|to|de)$/u.test(w));
};

/** Everything attribution needs to know about one article: mentions outside quotes, genders, roles. */
/** Index of the first item whose key is at least `value`, in items sorted by that key. */
function firstAtOrAfter<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class Context {
  private readonly text: string;
  private readonly speakers: Map<string, Speaker>;
  private readonly outside: PersonMention[];
  private readonly genders = new Map<string, Gender>();
  /** People just shown speaking, in text order, with a key set for "was this one just quoted?". */
  private readonly recent: Array<{ speakerId: string; at: number }> = [];
  private readonly recentKeys = new Set<string>();
  /** Mention start → speakers whose stated role covers it ("the lawyer of Maryam Rajavi"). */
  private roleOwners: Map<number, Set<string>> | undefined;
  private byFoldedName: Map<string, string> | undefined;

  constructor(
    private readonly article: Article,
    private readonly sentences: Sentence[],
    private readonly people: PeopleResult,
    private readonly spans: QuoteSpan[],
  ) {
    this.text = article.text;
    this.speakers = new Map(people.speakers.map((s) => [s.id, s]));
    this.outside = people.mentions.filter((m) => !insideQuote(spans, m.start));
    for (const m of people.mentions) {
      const g = HONORIFICS.get(m.text.split(/\s+/u)[0]?.toLowerCase() ?? '') ?? '';
      if (g && !this.genders.get(m.speakerId)) this.genders.set(m.speakerId, g);
    }
    // "X … his speech" with X the only person in the sentence: the possessive tells X's gender.
    for (const s of sentences) {
      const inS = this.range(s.start, s.end).filter((m) => m.end <= s.end);
      const first = inS[0];
      if (!first || inS.some((m) => m.speakerId !== first.speakerId) || this.genders.get(first.speakerId)) continue;
      let tail = '';
      for (let i = first.end; i < s.end; i++) tail += insideQuote(spans, i) ? ' ' : (this.text[i] ?? '');
      // "her" and "him" are left out: they are often the object, someone else ("X thanked her").
      // ("In her speech addressing the gathering, X criticized …": a possessive opening the sentence before its only
      // person is that person's.)
      const lead = /^[^,]*\b(her|his)\b[^,]*,\s*$/iu.exec(this.text.slice(s.start, first.start))?.[1]?.toLowerCase();
      const male = /\b(?:he|his|himself)\b/iu.test(tail) || lead === 'his';
      const female = /\b(?:she|hers|herself)\b/iu.test(tail) || lead === 'her';
      if (male !== female) this.genders.set(first.speakerId, male ? 'm' : 'f');
    }
  }

  sentenceAt(offset: number): number {
    // Sentences are in text order: the last one starting at or before `offset` (the first when none does).
    const k = firstAtOrAfter(this.sentences, (s) => s.start, offset + 1);
    return k > 0 ? this.sentences[k - 1]!.index : 0;
  }

  /** Mentions outside quotes that start in [start, end), in text order; found by bisection, not by a scan. */
  private range(start: number, end: number): PersonMention[] {
    const from = firstAtOrAfter(this.outside, (m) => m.start, start);
    const to = firstAtOrAfter(this.outside, (m) => m.start, end);
    return to > from ? this.outside.slice(from, to) : [];
  }

  mentionsIn(start: number, end: number): PersonMention[] {
    return this.range(start, end);
  }

  mentionIn(start: number, end: number): PersonMention | undefined {
    return this.range(start, end)[0];
  }

  /** A speaker id for a name as written ("Maryam Rajavi", "Rajavi"), when it is one of the article's people. */
  speakerByName(name: string, at: number): string | undefined {
    const all = this.people.mentions;
    const direct = all[firstAtOrAfter(all, (m) => m.start, at)];
    if (direct && direct.start < at + 3) return direct.speakerId;
    if (!this.byFoldedName) {
      this.byFoldedName = new Map();
      for (const s of this.people.speakers) {
        for (const n of [s.name, ...s.aliases]) if (!this.byFoldedName.has(foldName(n))) this.byFoldedName.set(foldName(n), s.id);
      }
    }
    return this.byFoldedName.get(foldName(name));
  }

  /** The one speaker whose name ends with a surname as written ("Mortazavi"), if exactly one does. */
  speakerBySurname(surname: string): string | undefined {
    if (/\s/.test(surname)) return undefined;
    const f = foldName(surname);
    const found = this.people.speakers.filter((s) => foldName(s.name.split(/\s+/).at(-1) ?? '') === f);
    return found.length === 1 ? found[0]!.id : undefined;
  }

  /** A speaker's name as the report gives it in full. */
  speakerName(id: string): string | undefined {
    return this.speakers.get(id)?.name;
  }

  noteSpeaker(speakerId: string, at: number): void {
    // Kept in text order: most notes come in order, so the insertion point is found from the end.
    let i = this.recent.length;
    while (i > 0 && this.recent[i - 1]!.at > at) i--;
    this.recent.splice(i, 0, { speakerId, at });
    this.recentKeys.add(`${speakerId}@${at}`);
  }

  /** The crowd noun nearest before a banner or slogan ("protesters", "demonstrators"). */
  crowdBefore(offset: number): string {
    const si = this.sentenceAt(offset);
    for (let k = si; k >= Math.max(0, si - 3); k--) {
      const s = this.sentences[k];
      if (!s) continue;
      const upto = k === si ? Math.min(offset, s.end) : s.end;
      const part = this.text.slice(s.start, upto);
      let found: string | undefined;
      for (const m of part.matchAll(/\b[\p{L}-]+\b/gu)) if (CROWD_NOUNS.has(m[0].toLowerCase())) found = m[0].toLowerCase();
      if (found) return found;
    }
    return 'protesters';
  }

  /** `"…," X said` / `"…," said X, Title` / `"…," she added` / `"…," added the mayor`. */
  attributeAfter(span: QuoteSpan): Attribution | undefined {
    const para = this.article.paragraphs[span.paragraph];
    if (!para) return undefined;
    const nextOpen = this.spans.find((s) => s.open >= span.close && s.paragraph === span.paragraph)?.open ?? para.end;
    const after = this.text.slice(span.close, Math.min(nextOpen, span.close + 200));
    let lead = /^\s*[,.!?…—–-]*\s*/u.exec(after)?.[0].length ?? 0;
    // "« … » d'Iran à Paris, a déclaré X": the sentence's own words run on past the closing mark, then its verb.
    const runOn = FRENCH_RUN_ON.exec(after.slice(lead));
    if (runOn) lead += runOn[0].length;
    const at = span.close + lead;
    const rest = after.slice(lead);
    // "“…,” read one placard."
    if (/^(?:read|reads|reading|said)\s+(?:a|one|the|another|many|several)?\s*(?:placards?|banners?|signs?|posters?)\b/iu.test(rest)) {
      return { kind: 'banner', speakerName: this.crowdBefore(span.open) };
    }
    // "“…”, the huge crowd chanted" / "“…,” chanted the marchers": the crowd's chant.
    // ("the demonstrators were chanting", "the crowd kept chanting": a helping word may stand between.)
    // (After the verb, only the words up to a preposition, the last of them the crowd's noun: "“…!” shouted Mehr to
    // supporters" is Mehr's, "shouted a policeman at protesters" the policeman's.)
    const crowdChants = CROWD_CHANTS.exec(rest);
    const chantedBy = CHANTED_BY.exec(rest)?.[1]?.trim().split(/\s+/) ?? [];
    const stop = chantedBy.findIndex((w) => CHANT_STOP.test(w));
    const byRun = stop >= 0 ? chantedBy.slice(0, stop) : chantedBy;
    const crowd = [crowdChants?.[1], byRun.at(-1)].find((w) => w && CROWD_NOUNS.has(w.toLowerCase()));
    if (crowd) return { kind: 'slogan', speakerName: crowd.toLowerCase() };
    // ("«…», a pour sa part estimé X", "ont de leur côté déclaré": a French aside between the auxiliary and the verb.)
    const verbFirst = new RegExp(`^(${VERB_ALT}|(?:a|ont)\\s+${FRENCH_ASIDE}\\s+(?:${VERB_ALT})|(?:a|ont)-t-(?:il|elle|ils|elles)\\s+(?:${VERB_ALT}))(?![\\p{L}])\\s*`, 'iu').exec(rest);
    if (verbFirst?.[1]) {
      const who = at + verbFirst[0].length;
      // Titles may stand between the verb and the name: "said Councillor Helga Rinaldi", "said former MP X".
      // (French sets the role with its article there: "a déclaré la poétesse X", "réagit le député X", "ajoute
      // l'ancien ministre X".)
      const m = this.range(who, who + 60).find(
        (x) =>
          /^(?:(?:[\p{Lu}][\p{L}.'’-]*|former|deputy|senior|veteran)\s+){0,5}$/u.test(this.text.slice(who, x.start)) ||
          // ("said Brenn resident Ola Vik", "said local nurse Ada Moe": a role in common words before the name; no
          // verb, "said marchers holding Ada Moe's portrait", nor a clause of its own.)
          /^(?:(?:[\p{Lu}][\p{L}.'’-]*|(?!(?:that|to|in|on|at|of|for|with|by|from|as|and|but|or|when|while|after|before|about|he|she|it|they|we|i|you|this|these|those|there|then|also|not|who|which|whom|whose)\b)(?!\p{Ll}+(?:ing|ed)\b)\p{Ll}[\p{Ll}'’-]*|\d+-year-old)\s+){1,4}$/u.test(this.text.slice(who, x.start)) ||
          /^(?:le|la|l['’])\s*(?:[\p{L}'’-]+\s+){1,4}$/u.test(this.text.slice(who, x.start)),
      );
      const kind = kindOfVerb(verbFirst[1]);
      if (m) return this.fromMention(m, kind);
      // (French: "a précisé la ministre", "ajoute le maire".)
      const role = /^(?:the|our|le|la|l['’])\s*((?:[\p{Ll}-]+\s+){0,2}[\p{L}-]+)(?=\s*(?:[,.;]|$))/u.exec(rest.slice(verbFirst[0].length)) ?? /^(?:the|our)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{L}-]+)/u.exec(rest.slice(verbFirst[0].length));
      if (role?.[1]) return withKind(this.byRole(role[1], at), kind);
      const pron = /^(he|she)\b/iu.exec(rest.slice(verbFirst[0].length));
      if (pron?.[1]) return withKind(this.byPronoun(pron[1], at), kind);
      // "«…», a ajouté Claire Martin": a name the people pass did not take is still who said it (and never the speaker
      // of the quote before).
      const after = rest.slice(verbFirst[0].length);
      // ("a déclaré la poétesse Claire Martin", "a conclu le porte-parole de la Ligue, Paul Girard": after the role the
      // French article sets before the name, a name of capitalised words only, closing the clause.)
      const named =
        /^((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:de|du|van|von|al|el|\p{Lu}[\p{L}'’-]+)){1,3})(?![\p{L}])/u.exec(after) ??
        /^(?:le|la|l['’])\s*(?:[\p{Ll}'’-]+\s+){1,3}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[,.;(]|$))/u.exec(after) ??
        /^(?:le|la|l['’])\s*[^,.;:«»“”"]{3,80}?,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[,.;(]|$))/u.exec(after);
      // ("revendique Tom Vey de Solidarité avec Varn": a "de" that does not close the clause opens the body
      // the speaker is from, no part of the name; "Charles de Gaulle." keeps it.)
      let name = named?.[1];
      if (name && named && /\s(?:de|du)\s/u.test(name) && !/^\s*(?:[,.;(]|$)/u.test(after.slice((named.index ?? 0) + named[0].length))) name = name.split(/\s(?:de|du)\s/u)[0];
      if (name && name.includes(' ') && !NOT_A_SPEAKER.test(name)) return withKind({ speakerName: name }, kind);
      // ("«…», a-t-elle estimé": the French pronoun after the verb.)
      const frPron = /^(?:a|ont)-t-(il|elle)\b/u.exec(verbFirst[0]) ?? /^-t-(il|elle)\b/u.exec(after);
      // ("La présidente du Conseil Rita Varn était présente : « … », a-t-elle déclaré": the pronoun is the subject of the
      // clause a colon opens onto the quote; someone the people pass did not take is no earlier speaker either.)
      const sentenceStart = this.sentences[this.sentenceAt(span.open)]?.start ?? span.open;
      const opened = /(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)[^.;!?:«»“”"]{0,80}:\s*[«“"]?\s*$/u.exec(this.text.slice(sentenceStart, span.open + 1));
      if (frPron?.[1] && opened && !this.range(sentenceStart, span.open).length) return undefined;
      if (frPron?.[1]) return withKind(this.byPronoun(frPron[1] === 'il' ? 'he' : 'she', at, true), kind);
      return undefined;
    }
    // "“…,” his lawyer, Piet Saarn, told the agency": a role before the name, between commas, then the verb.
    const appos = ROLE_BEFORE_NAME.exec(rest);
    if (appos) {
      const named = this.range(at + appos[0].length, at + appos[0].length + 1)[0];
      const v = named ? VERB_AFTER_APPOSITION.exec(this.text.slice(named.end, named.end + 60)) : null;
      if (named && v?.[1]) return this.fromMention(named, kindOfVerb(v[1]));
    }
    // "… we honour you.”— Congresswoman Ada Holt (D-VA)": a dash, then only the speaker's name (a title before it, a
    // bracket after) closing the paragraph, signs the quote.
    if (/[—–]/u.test(after.slice(0, lead))) {
      const signed = this.range(at, at + 40).find((x) => /^\s*(?:\([^)]{1,20}\))?\s*$/u.test(this.text.slice(x.end, para.end)));
      if (signed) return this.fromMention(signed, undefined);
    }
    // "“…,” former Syrian rebel leader X told the crowd": a title of a few words before the name, then the verb.
    // (The words hold no verb nor a word that opens a clause: "“…,” and then X said" is no title; "retired", "exiled"
    // are a title's.)
    const titled = this.range(at + 1, at + 60).find((x) =>
      /^(?:(?:\p{Lu}[\p{L}.'’-]*|(?!(?:that|to|in|on|at|of|for|with|by|from|as|and|but|or|when|while|after|before|about|he|she|it|they|we|i|you|this|these|those|there|then|also|not|who|which|whom|whose|said|says|told|added)\b)(?!(?!(?:retired|exiled|jailed|imprisoned|detained|elected|celebrated|acclaimed)\b)\p{Ll}+(?:ing|ed)\b)\p{Ll}[\p{Ll}'’-]*)\s+){1,5}$/u.test(this.text.slice(at, x.start)),
    );
    const titledVerb = titled ? new RegExp(`^\\s*${ADVERBS}(${VERB_ALT})(?![\\p{L}])`, 'iu').exec(this.text.slice(titled.end, titled.end + 80)) : null;
    if (titled && titledVerb?.[1] && /\p{Ll}/u.test(this.text.slice(at, titled.start))) return this.fromMention(titled, kindOfVerb(titledVerb[1]));
    const m = this.range(at, at + 1)[0];
    if (m) {
      const tail = this.text.slice(m.end, m.end + 200);
      const v = new RegExp(`^(?:\\s*,[^“”"«»]{0,150}?,)?\\s*${ADVERBS}(${VERB_ALT})(?![\\p{L}])`, 'iu').exec(tail);
      if (v?.[1]) return this.fromMention(m, kindOfVerb(v[1]));
      return undefined;
    }
    // "…, beginning his speech by saying, “… in Vardania.” He later pointed out …": after a quote that ends its sentence, a
    // capitalised "He …" / "The …" opens the next sentence and tells of what the person did next, not who said this.
    const endsSentence = /[.!?…]$/u.test(this.text.slice(span.innerStart, span.innerEnd)) || /[.!?…]/u.test(after.slice(0, lead));
    // ("“… .” He added …", "“… .” The spokesman said …" still tell who said it: a plain verb of saying right after.)
    const saysNext = /^(?:He|She|The\s+(?:[\p{Ll}-]+\s+){0,2}[\p{L}-]+)\s+(?:said|says|added|adds)\b/u.test(rest);
    if (endsSentence && /^(?:He|She|The)\b/u.test(rest) && !saysNext) return undefined;
    const pron = new RegExp(`^(he|she)\\s+${ADVERBS}(${VERB_ALT})(?![\\p{L}])`, 'iu').exec(rest);
    if (pron?.[1] && pron[2]) return withKind(this.byPronoun(pron[1], at), kindOfVerb(pron[2]));
    const role = new RegExp(`^the\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{L}-]+)\\s+${ADVERBS}(${VERB_ALT})(?![\\p{L}])`, 'iu').exec(rest);
    if (role?.[1] && role[2]) return withKind(this.byRole(role[1], at), kindOfVerb(role[2]));
    return undefined;
  }

  /** `X said: "…"`, `X told the rally: "…"`, `He said: "…"`, `X, who said that he wanted … "…"`. */
  attributeBefore(span: QuoteSpan, from: number): Attribution | undefined {
    const before = this.text.slice(from, span.open);
    // Live-blog form "Name: “…”" (no verb).
    const colon = /:\s*$/u.exec(before);
    if (colon) {
      const at = from + colon.index;
      const named = this.range(from, at).find((x) => x.end <= at && /^\s*$/u.test(this.text.slice(x.end, at)));
      if (named) return this.fromMention(named, undefined);
    }
    let verb: RegExpExecArray | undefined;
    for (const m of before.matchAll(new RegExp(`(?<![\\p{L}])(${VERB_ALT})(?![\\p{L}])`, 'giu'))) if (!inProperName(before, m.index, m[0])) verb = m as RegExpExecArray;
    if (!verb?.[1]) return undefined;
    const gap = before.slice(verb.index + verb[0].length);
    if (gap.length > 80 || /[.!?]\s/u.test(gap)) return undefined;
    const verbAt = from + verb.index;
    const kind = kindOfVerb(verb[1]);
    const head = before.slice(0, verb.index);
    const pron = new RegExp(`\\b(he|she)\\s+${ADVERBS}$`, 'iu').exec(head);
    if (pron?.[1]) return withKind(this.byPronoun(pron[1], verbAt), kind);
    const sentStart = this.sentences[this.sentenceAt(verbAt)]?.start ?? from;
    const before2 = this.range(from, verbAt).reverse().filter((x) => x.end <= verbAt && !this.inOthersRole(x));
    const m = before2.find((x) => !this.inSubordinate(x, sentStart)) ?? before2[0];
    if (m) return this.fromMention(m, kind);
    const role = new RegExp(`\\bthe\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{L}-]+)\\s+${ADVERBS}$`, 'iu').exec(head);
    if (role?.[1]) return withKind(this.byRole(role[1], verbAt), kind);
    return undefined;
  }

  /** True when a name sits in a relative or adverbial clause ("…, who met President X, …", "After meeting X, …"). */
  private inSubordinate(m: PersonMention, sentenceStart: number): boolean {
    const head = this.text.slice(sentenceStart, m.start);
    const clause = head.slice(head.lastIndexOf(',') + 1);
    return /\b(?:who|whom|whose|which|that|after|before|while|when|following|meeting|met|with|by)\b/iu.test(clause);
  }

  private inOthersRole(m: PersonMention): boolean {
    if (!this.roleOwners) {
      this.roleOwners = new Map();
      for (const s of this.people.speakers) {
        for (const r of s.roles) {
          for (const x of this.range(r.source.start, r.source.end)) {
            const owners = this.roleOwners.get(x.start) ?? new Set<string>();
            owners.add(s.id);
            this.roleOwners.set(x.start, owners);
          }
        }
      }
    }
    const owners = this.roleOwners.get(m.start);
    return !!owners && [...owners].some((id) => id !== m.speakerId);
  }

  private fromMention(m: PersonMention, kind: QuoteKind | undefined): Attribution {
    const a: Attribution = { speakerId: m.speakerId, speakerName: m.text.replace(/[[\]]/gu, '') };
    if (kind) a.kind = kind;
    return a;
  }

  /** The nearest earlier person a pronoun can refer to: same sentence first, then the subject of earlier sentences. */
  byPronoun(pronoun: string, offset: number, speakersOnly = false): Attribution | undefined {
    const want: Gender = pronoun.toLowerCase() === 'she' ? 'f' : 'm';
    const ok = (id: string): boolean => {
      const g = this.genders.get(id) ?? '';
      return !g || g === want;
    };
    const si = this.sentenceAt(offset);
    // The people named or just shown speaking in a sentence, before the pronoun.
    const occurrences = (s: Sentence): Array<{ speakerId: string; at: number }> => {
      const end = Math.min(offset, Math.max(s.end, s.start + 1));
      const named = this.range(s.start, end).map((m) => ({ speakerId: m.speakerId, at: m.start }));
      const from = firstAtOrAfter(this.recent, (r) => r.at, s.start);
      const to = firstAtOrAfter(this.recent, (r) => r.at, end);
      return [...named, ...this.recent.slice(from, to)].filter((o) => ok(o.speakerId));
    };
    // First pass: the nearest sentence holding a person of known matching gender, or someone shown speaking there.
    // Second pass: the nearest sentence holding anyone compatible.
    // (Only someone shown speaking, when asked so: "«…», a-t-il ajouté" goes on a speech, it names no one new.)
    for (const strict of speakersOnly ? [true] : [true, false]) {
      for (let k = si; k >= Math.max(0, si - 5); k--) {
        const s = this.sentences[k];
        if (!s) continue;
        const inS = occurrences(s).sort((a, b) => a.at - b.at);
        if (!inS.length) continue;
        const known = inS.filter((o) => this.genders.get(o.speakerId) === want);
        const speaking = inS.filter((o) => this.speaksAt(o, s.end));
        const pool = speakersOnly ? speaking.filter((o) => known.length === 0 || this.genders.get(o.speakerId) !== (want === 'm' ? 'f' : 'm')) : known.length ? known : strict ? speaking : inS;
        if (!pool.length) continue;
        // In the pronoun's own sentence the nearest name wins; in earlier sentences the first (the subject).
        const pick = (k === si ? pool.at(-1) : pool[0]) as { speakerId: string; at: number };
        if (!this.genders.get(pick.speakerId)) this.genders.set(pick.speakerId, want);
        this.noteSpeaker(pick.speakerId, offset);
        return { speakerId: pick.speakerId, speakerName: this.speakers.get(pick.speakerId)?.name ?? pick.speakerId };
      }
    }
    return undefined;
  }

  /** True when the person at `o` is the subject of a verb of saying ("X, a lawyer, addressed the rally") or was just quoted. */
  private speaksAt(o: { speakerId: string; at: number }, sentenceEnd: number): boolean {
    if (this.recentKeys.has(`${o.speakerId}@${o.at}`)) return true;
    const m = this.range(o.at, o.at + 1)[0];
    if (!m) return false;
    // "remarks from X", "a speech by X", "a message from X".
    const before = this.text.slice(Math.max(0, m.start - 40), m.start);
    if (/\b(?:remarks|speech|message|address|statement|words|letter|greetings|testimony)\s+(?:from|by|of)\s+$/iu.test(before)) return true;
    // "…, a dit Claire Martin, …", "a déclaré la poétesse Claire Martin": named after a French verb of saying.
    if (FRENCH_SAID_BEFORE.test(before)) return true;
    const tail = this.text.slice(m.end, sentenceEnd);
    const v = new RegExp(`^(?:\\s*,[^.;“”"«»]{0,150}?,)?\\s*${ADVERBS}([\\p{Ll}]+)`, 'u').exec(tail);
    if (v?.[1] && SPEECH_VERBS.has(v[1])) return true;
    // ("La présidente X était également présente : « … », a-t-elle déclaré": a clause about X that a colon opens onto
    // the quoted words sets X speaking.)
    if (/^[^.;!?«»“”"]{0,120}:\s*[«“"]/u.test(tail)) return true;
    // "X, a student activist, also took the microphone": taking the floor is speaking.
    return new RegExp(`^(?:\\s*,[^.;“”"«»]{0,150}?,)?\\s*${ADVERBS}${TOOK_FLOOR}`, 'u').test(tail);
  }

  /** "the mayor" → the latest person mentioned before `offset` whose stated role holds that word. */
  byRole(words: string, offset: number): Attribution | undefined {
    const noun = foldName(words.trim().split(/\s+/u).at(-1) ?? '');
    // Only a role noun ("the mayor", "the former MP") refers to a person; "the NCRI" is an organisation.
    if (!noun || noun.length < 2 || !ROLE_NOUNS.has(noun)) return undefined;
    const re = new RegExp(`(?:^|[^\\p{L}])${noun.replace(/[-]/g, '\\-')}(?:$|[^\\p{L}])`, 'u');
    let best: { id: string; at: number } | undefined;
    for (const s of this.people.speakers) {
      if (!s.roles.some((r) => re.test(foldName(r.text)) && r.source.start < offset)) continue;
      const at = s.mentions.reduce((m, x) => (x.start < offset ? Math.max(m, x.start) : m), -1);
      if (at >= 0 && (!best || at > best.at)) best = { id: s.id, at };
    }
    if (!best) return undefined;
    this.noteSpeaker(best.id, offset);
    return { speakerId: best.id, speakerName: this.speakers.get(best.id)?.name ?? best.id };
  }

  /** Reported speech: "X urged France to …", "X said that …", "He called on all parties to …". */
  indirect(skipParas: Set<number>): Draft[] {
    const out: Draft[] = [];
    const taken = new Set<string>();
    const verbRe = /^[\p{L}]+/u;
    for (const s of this.sentences) {
      if (skipParas.has(s.paragraph) || insideQuote(this.spans, s.start)) continue;
      const found: Array<{ ids: Array<{ id: string; name: string }>; verbAt: number }> = [];
      const inSentence = this.range(s.start, s.end).filter((m) => m.end <= s.end);
      inSentence.forEach((m, k) => {
        if (this.inSubordinate(m, s.start)) return;
        // A role stated right after the name without a comma ("Mr. X Y General Coordinator of …, talked") is skipped.
        const role = this.speakers.get(m.speakerId)?.roles.find((r) => r.source.start > m.end && /^\s+$/u.test(this.text.slice(m.end, r.source.start)));
        const from = role ? role.source.end : m.end;
        let verbAt = this.verbAfter(from, s.end, inSentence);
        // "a call by X on the international community to …": the noun carries the statement.
        const noun = /\b(call|appeal|demand|plea|proposal|warning)\s+(?:made\s+)?by\s+(?:[\p{Lu}][\p{L}/-]*\s+){0,4}$/u.exec(this.text.slice(s.start, m.start));
        if (verbAt < 0 && noun) verbAt = s.start + noun.index;
        if (verbAt < 0) return;
        if (verbAt < 0) return;
        const ids = [{ id: m.speakerId, name: m.text }];
        // "Ms. A, Ms. B and Mr. C, members of …, expressed …": every member of the list spoke.
        for (let j = k - 1; j >= 0; j--) {
          const prev = inSentence[j] as PersonMention;
          const next = inSentence[j + 1] as PersonMention;
          if (!/^\s*(?:,|and|, and|&)\s*$/u.test(this.text.slice(prev.end, next.start))) break;
          ids.unshift({ id: prev.speakerId, name: prev.text });
        }
        found.push({ ids, verbAt });
      });
      // "According to X, more than 40 people were killed …": what X states.
      const acc = /^According to\s+/u.exec(s.text);
      const first = inSentence[0];
      if (acc && first && first.start === s.start + acc[0].length) {
        const comma = this.text.indexOf(',', first.end);
        if (comma > 0 && comma < s.end && /^[\s\p{L}\p{M}.’'-]*$/u.test(this.text.slice(first.end, comma))) {
          let startAt = comma + 1;
          while (/\s/u.test(this.text[startAt] ?? '')) startAt++;
          found.push({ ids: [{ id: first.speakerId, name: first.text }], verbAt: startAt });
        }
      }
      const pron = new RegExp(`^(He|She)\\s+${ADVERBS}`, 'u').exec(s.text);
      if (pron?.[1] && !found.length) {
        const verbAt = this.verbAt(s.start + pron[0].length, s.end);
        if (verbAt >= 0) {
          const a = this.byPronoun(pron[1], s.start);
          if (a?.speakerId) found.push({ ids: [{ id: a.speakerId, name: a.speakerName ?? a.speakerId }], verbAt });
        }
      }
      for (const f of found) {
        let end = s.end;
        while (end > f.verbAt && /[\s.!?;:]/u.test(this.text[end - 1] ?? '')) end--;
        // "X said in his speech to the rally: We support …": words given after a colon without quotation marks are
        // the speech itself, to the end of the paragraph.
        const colonSpeech = /^\p{L}+\b[^:“”"«».]{0,80}:\s+(?=\p{Lu})/u.exec(this.text.slice(f.verbAt, s.end));
        const paraEnd = this.article.paragraphs[s.paragraph]?.end ?? s.end;
        if (colonSpeech && !/[“”"«»]/u.test(this.text.slice(f.verbAt, paraEnd))) {
          const from = f.verbAt + colonSpeech[0].length;
          let to = paraEnd;
          while (to > from && /\s/u.test(this.text[to - 1] ?? '')) to--;
          if (to - from >= 12 && !f.ids.some((w) => taken.has(`${w.id}@${from}`))) {
            for (const who of f.ids) {
              out.push({ text: this.text.slice(from, to), kind: 'direct', sentence: s.index, start: from, end: to, speakerId: who.id, speakerName: who.name.replace(/[[\]]/gu, '') });
              taken.add(`${who.id}@${from}`);
              this.noteSpeaker(who.id, f.verbAt);
            }
            continue;
          }
        }
        const clause = this.text.slice(f.verbAt, end);
        if (verbRe.exec(clause) === null || clause.length < 8) continue;
        if (f.ids.some((w) => taken.has(`${w.id}@${f.verbAt}`))) continue;
        // A verb that introduces a direct quote is handled with the quote.
        if (/^[\p{L}]+\s*[:,]?\s*[“"«‘]/u.test(clause) || /[:,]\s*[“"«]/u.test(clause.slice(0, 120))) continue;
        for (const who of f.ids) {
          out.push({ text: clause, kind: 'indirect', sentence: s.index, start: f.verbAt, end, speakerId: who.id, speakerName: who.name.replace(/[[\]]/gu, '') });
          taken.add(`${who.id}@${f.verbAt}`);
          this.noteSpeaker(who.id, f.verbAt);
        }
      }
    }
    return out;
  }

  /** Offset of a speech verb right after a subject mention (apposition and adverbs allowed), or -1. */
  private verbAfter(from: number, end: number, others: PersonMention[]): number {
    const tail = this.text.slice(from, end);
    let skip = 0;
    if (/^\s*,/u.test(tail)) {
      const comma = tail.indexOf(',');
      const close = tail.indexOf(',', comma + 1);
      const window = close > 0 ? close : Math.min(tail.length, 160);
      // Apposition without a closing comma ends at the first speech verb.
      const inner = tail.slice(comma + 1, window);
      let at = -1;
      for (const m of inner.matchAll(/[\p{L}]+/gu)) {
        if (INDIRECT_VERBS.has(m[0].toLowerCase()) && /^\p{Ll}/u.test(m[0])) {
          at = comma + 1 + m.index;
          break;
        }
      }
      const stop = at >= 0 ? at : close > 0 ? close + 1 : -1;
      if (stop < 0 || stop > 170) return -1;
      if (/[“”"«».;]/u.test(tail.slice(0, stop).replace(/\b[A-Z][a-z]{0,3}\./gu, ''))) return -1;
      const sentStart = this.sentences[this.sentenceAt(from)]?.start ?? 0;
      if (others.some((o) => o.start > from && o.start < from + stop && !this.inSubordinate(o, sentStart))) return -1;
      skip = stop;
    }
    return this.verbAt(from + skip, end);
  }

  private verbAt(from: number, end: number): number {
    const tail = this.text.slice(from, end);
    const m = new RegExp(`^\\s*(?:who\\s+)?${ADVERBS}([\\p{Ll}]+)`, 'u').exec(tail);
    if (!m?.[1] || !INDIRECT_VERBS.has(m[1])) return -1;
    const verbStart = from + m[0].length - m[1].length;
    const need = NEEDS_PARTICLE[m[1]];
    if (need && !need.test(this.text.slice(verbStart + m[1].length, end))) return -1;
    return verbStart;
  }
}

function kindOfVerb(verb: string): QuoteKind | undefined {
  const v = verb.toLowerCase();
  if (v === 'wrote' || v === 'writes' || v === 'writing') return 'written';
  if (v === 'tweeted' || v === 'tweets' || v === 'posted') return 'tweet';
  return undefined;
}

function withKind(a: Attribution | undefined, kind: QuoteKind | undefined): Attribution | undefined {
  if (a && kind) a.kind = kind;
  return a;
}
