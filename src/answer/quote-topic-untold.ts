import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { COUNTRIES, isFunctionWord, tokenize, type Token } from '../understand/vocabulary.ts';
import { fold } from '../understand/text.ts';
import { adjectiveOf } from './reader/candidates-statement.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * The topic of the words asked: what follows "about" up to the place, time or occasion they were said at ("about the
 * strike at the Kessa rally in May" is about the strike).
 */
const TOPIC_ASKED =
  /\b(?:about|regarding|concerning|on the subject of)\s+(?!(?:at|in|during|on|to|from)\b)(.+?)(?=\s+(?:at|in|during|on|to|from|when|while|after|before|since|per|according|via|through)\b|\s*[?.!,;]|$)/i;

/**
 * The one a demand asked is made of: "what did X say the mayor should do" asks words on the mayor ("the mayor should
 * close …"), as "about the mayor" would.
 */
const DEMAND_ASKED = /\bsay\s+(?:that\s+)?(?:the\s+)?((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:should|must|ought\s+to|needs?\s+to|had\s+to|has\s+to)\s+(?:do|have\s+done|be\s+doing)\b/iu;

/** Nouns too general to be a topic alone: "the people who …" is about what the clause tells of them. */
const GENERAL_HEAD = /^(?:the\s+|those\s+|these\s+)?(?:people|persons|ones|one|men|women|those|others|things?|way|time|day|reason)$/i;

/**
 * The words a topic is about: "the prisoners who fled Kolder" is about the prisoners (the clause after "who" tells
 * which ones; words on the jail alone are not words on them); a general head ("the people who …") keeps its clause.
 */
function topicHead(phrase: string): string {
  const [head, clause] = phrase.split(/\s+(?:who|whom|whose|that|which)\s+/i);
  if (!clause || !head || GENERAL_HEAD.test(head.trim())) return phrase;
  return head;
}

/** Whether a word names a country or its people ("iran", "iranian"): every speech of the genre speaks of them. */
function ofACountry(t: Token): boolean {
  const k = t.fold;
  return [...COUNTRIES].some((c) => {
    const f = fold(c);
    return f === k || adjectiveOf(k, f) || adjectiveOf(t.key, f);
  });
}

/**
 * "What did Orla Venn say about the harbour strike?" answered with words of hers that never touch the strike: the
 * words asked are on a topic, and a quote (with the sentences that frame it) holding none of the topic's own words is
 * another of her statements, not what she said of it. A country or its people named in the topic ("about Varnish
 * women") is no topic of its own: every speech of the genre names them. ("What did X talk about at the rally?" asks
 * no topic; words quoted in French or German are left alone.) Declined.
 */
export function quoteTopicUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'statement' || !given.citations.length) return given;
  // (Words quoted in another language than the question's hold the topic in words of their own.)
  // (A language not told, 'und', is foreign here as it is to the reader.)
  if (given.citations.some((c) => (index.article(c.articleId)?.language ?? 'en') !== 'en')) return given;
  const phrase = TOPIC_ASKED.exec(intent.question ?? '')?.[1] ?? DEMAND_ASKED.exec(intent.question ?? '')?.[1];
  if (!phrase) return given;
  const topic = tokenize(topicHead(phrase)).filter((t) => t.fold.length >= 3 && !isFunctionWord(t.fold) && !/^\d/.test(t.fold) && !ofACountry(t));
  if (!topic.length) return given;
  // (A person asked by name, "about Lina", and spoken of by a pronoun in the words, "She was …", may be named two
  // sentences before.)
  const personAsked = topic.every((t) => t.cap);
  const framing = given.citations.flatMap((c) => {
    const sentences = index.sentencesOf(c.articleId);
    const before = c.sentence > 0 ? sentences[c.sentence - 1]?.text : undefined;
    const twoBefore = personAsked && c.sentence > 1 && /\b(?:she|her|hers|he|him|his)\b/i.test(c.excerpt ?? '') ? sentences[c.sentence - 2]?.text : undefined;
    return [twoBefore ?? '', before ?? '', c.excerpt ?? ''];
  });
  const said = tokenize([given.text, ...framing].join(' '));
  const keys = new Set(said.flatMap((t) => [t.key, ...(t.parts ?? [])]));
  // (By the word's stem too: "protesters" asked, "the protests" said; "elections", "election".)
  const held = (t: Token) => {
    const stem = t.fold.slice(0, Math.max(4, t.fold.length - 3));
    // ("accusations" asked, "accused" said: a noun's ending of action taken off, five letters left at least.)
    const base = t.fold.replace(/(?:ations?|itions?|ions?)$/, '');
    return keys.has(t.key) || said.some((x) => x.fold.startsWith(stem) || (base.length >= 5 && base !== t.fold && x.fold.startsWith(base)));
  };
  // ("about the evacuation of Dessa and Lune": a common word held, "evacuation", tells of some evacuation; the names
  // the topic is of say which one, and words naming none of them are on another. Only the names the topic is "of" or
  // "between": "the plot against the Orla rally" is a plot words may tell of without naming its target.)
  const ofNames = new Set(
    [...topicHead(phrase).matchAll(/\b(?:of|between)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&|or)\s+\p{Lu}[\p{L}'’-]+)*)/gu)]
      .flatMap((m) => tokenize(m[1] ?? ''))
      .filter((t) => t.cap && !ofACountry(t))
      .map((t) => t.key),
  );
  const names = topic.filter((t) => ofNames.has(t.key));
  if (names.length ? names.some(held) : topic.some(held)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No words of that speaker quoted in the archive touch the topic asked.', suggestionsFor(intent, index));
}
