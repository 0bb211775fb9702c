import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { SPEECH_VERBS } from '../extract/names-lexicon.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * An answer that is a report's sentence and nothing else: "According to <report>: “…”", no speaker, no person, no
 * fact of its own set before it.
 */
const BARE_SENTENCE = /^According to (?:“[^”]*”|[^,:“]*)(?: \([^)]*\))?: “/;

/** "According to <report>, <the sentence itself>": a sentence given back after a comma. */
const BARE_AFTER_COMMA = /^According to (?:“[^”]*”|[^,:“]*)(?: \([^)]*\))?, /;

/** Verbs by which the one asked is written as the sayer of a sentence's words. */
const SAYING =
  'said|says|say|claimed|claims|blamed|blames|called|calls|described|describes|dismissed|rejected|denied|denies|told|tells|stated|states|announced|announces|declared|declares|accused|accuses|insisted|insists|warned|warns|wrote|writes|tweeted|added|argued|condemned|denounced|urged|demanded|admitted|admits|acknowledged|responded|replied|reported|reports|statement';

/** "what did the council blame for …", "what did X call …": the sayer a question asks the words of. */
const SAYER_ASKED =
  /\bwhat\s+(?:did|does|do|has|had)\s+(.+?)\s+(?:say|call|blame|claim|tell|write|tweet|announce|declare|describe|deny|accuse|urge|demand|warn|state)\b/i;

/** Right before a name: a preposition, then titles and first names ("by High Commissioner for Ports Ana"). */
const PREPOSITION_BEFORE = /\b(?:by|of|with|to|for|from|against|about|on|at)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:for|of)\s+\p{Lu}[\p{L}'’.-]*)?\s+){0,5}$/u;

/**
 * Whether every time a sentence names one (by the last word of their name) it names them after a preposition, with
 * no verb of saying after the name: "ahead of a visit by Commissioner Ana Roth" speaks of Roth; she says nothing.
 */
function namedOnlyAsObject(sentence: string, last: string): boolean {
  const at = [...sentence.matchAll(new RegExp(`(?<![\\p{L}\\d])${escapeRe(last)}(?![\\p{L}\\d])`, 'giu'))];
  const after = new RegExp(`^(?:\\s*,)?(?:\\s+\\p{L}+){0,2}?\\s+(?:${SAYING})\\b`, 'iu');
  return at.length > 0 && at.every((m) => PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, (m.index ?? 0) - 120), m.index)) && !after.test(sentence.slice((m.index ?? 0) + m[0].length)));
}

/**
 * "What did Belarus call the league's figures?", "What did the council blame for the flood?": words asked of a named
 * sayer are answered by words that sayer is written saying. A bare sentence given back with no one set before it is
 * kept only where it writes that sayer: a country by its very word as the one that says it ("Belarus said",
 * "according to Belarus"; not its people's or papers' word, "Belarusian media"), since every sentence of the genre
 * names countries (the figure of another body, counting deaths there); another sayer by the last word of their name
 * or kind. A sentence that does not is no words of theirs. Declined.
 */
export function wordsOfNoOne(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  // ("According to <report>, More than 50,000 …": the sentence given back whole after a comma is as bare.)
  const afterComma = BARE_AFTER_COMMA.exec(given.text);
  const bareAfterComma = !!afterComma && given.citations.some((c) => given.text.slice(afterComma[0].length).startsWith((c.excerpt ?? '').slice(0, 40)));
  if (!BARE_SENTENCE.test(given.text) && !bareAfterComma) return given;
  const statement = intent.analysis.expects === 'statement' || intent.kind === 'quote';
  const sayer = ((statement ? intent.analysis.subject?.text : undefined) ?? SAYER_ASKED.exec(intent.question ?? '')?.[1])?.replace(/^the\s+/i, '').trim();
  if (!sayer || sayer.length < 2) return given;
  const said = given.citations.map((c) => ` ${fold(c.excerpt ?? '')} `);
  // (A country is named in every sentence of the genre: it is the sayer only as the one a saying verb follows, "Varnia
  // said", or "according to Varnia"; another sayer, a person or a body, by the last word of their name or kind, "Senator
  // Ilse Marr" by "marr", "the British speakers at the rally" by "speakers".)
  const head = fold(sayer.split(/\s+(?:at|in|on|during|from|for|about|of|to|with)\s+/i)[0] ?? sayer).split(' ').pop() ?? '';
  if (head.length < 2) return given;
  const name = escapeRe(head);
  const as = new RegExp(`(?<![\\p{L}\\d])${name}(?![\\p{L}\\d])(?:\\s+\\p{L}+){0,3}?\\s+(?:${SAYING})\\b|\\b(?:according to|said|told|says)\\s+(?:the\\s+)?${name}(?![\\p{L}\\d])`, 'u');
  // (Given back after a comma, the sentence is declined for naming the one asked as spoken of, or for only listing
  // them among those who spoke, telling no words: "X, former minister; Y, …, were among the speakers".)
  if (!BARE_SENTENCE.test(given.text) && given.citations.every((c) => onlyListsSpeakers(c.excerpt ?? ''))) return notAnswered(intent, `The archive has nothing that answers this. No sentence quotes ${sayer}.`, suggestionsFor(intent, index));
  if (!BARE_SENTENCE.test(given.text)) return !COUNTRIES.has(head) && given.citations.every((c) => namedOnlyAsObject(c.excerpt ?? '', head)) ? notAnswered(intent, `The archive has nothing that answers this. No sentence quotes ${sayer}.`, suggestionsFor(intent, index)) : given;
  const told = COUNTRIES.has(head) ? said.some((x) => as.test(x)) : said.some((x) => x.includes(` ${head} `)) && !given.citations.every((c) => namedOnlyAsObject(c.excerpt ?? '', head));
  if (told) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence quotes ${sayer}.`, suggestionsFor(intent, index));
}

/** Verbs of saying in lower case (a capitalised "States" ends a country's name). */
const SAYING_WORD = new RegExp(`(?<![\\p{L}])(?:${[...SPEECH_VERBS, ...SAYING.split('|')].join('|')})(?![\\p{L}])`, 'u');

/** Whether a sentence only lists people among those who spoke or came, telling no words: no quote, no verb of saying. */
function onlyListsSpeakers(sentence: string): boolean {
  return LISTED_AMONG.test(sentence) && !/[“”"«»]/u.test(sentence) && !SAYING_WORD.test(sentence);
}

/** "… were among the speakers", "all took the stage", "were among the guests": people listed as present or speaking. */
const LISTED_AMONG = /\b(?:were|was|are|is)\s+among\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:speakers|guests|participants|attendees|panellists|panelists)\b|\b(?:all|each)\s+(?:took|addressed)\s+the\s+(?:stage|floor|podium|audience|crowd)\b/u;
