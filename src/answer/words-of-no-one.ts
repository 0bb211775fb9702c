import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * An answer that is a report's sentence and nothing else: "According to <report>: “…”", no speaker, no person, no
 * fact of its own set before it.
 */
const BARE_SENTENCE = /^According to (?:“[^”]*”|[^,:“]*)(?: \([^)]*\))?: “/;

/** Verbs by which the one asked is written as the sayer of a sentence's words. */
const SAYING =
  'said|says|say|claimed|claims|blamed|blames|called|calls|described|describes|dismissed|rejected|denied|denies|told|tells|stated|states|announced|announces|declared|declares|accused|accuses|insisted|insists|warned|warns|wrote|writes|tweeted|added|argued|condemned|denounced|urged|demanded|admitted|admits|acknowledged|responded|replied|reported|reports|statement';

/** "Who …", "whose …", "against whom …", "on whose behalf …": the question opens by asking a person or body. */
const WHO_ASKED = /^\s*(?:\p{L}+\s+){0,2}?(?:who|whose|whom)\b/iu;

/** "what did the council blame for …", "what did X call …": the sayer a question asks the words of. */
const SAYER_ASKED =
  /\bwhat\s+(?:did|does|do|has|had)\s+(.+?)\s+(?:say|call|blame|claim|tell|write|tweet|announce|declare|describe|deny|accuse|urge|demand|warn|state)\b/i;

/**
 * "What did Varnland call the league's figures?", "What did the council blame for the flood?": words asked of a named
 * sayer are answered by words that sayer is written saying. A bare sentence given back with no one set before it is
 * kept only where it writes that sayer (its very word, not a people's or a paper's: "Varnish media") as the one that
 * says it ("the council said", "according to the council"); a sentence that merely names them (the figure of another
 * body, counting deaths in that country) is no words of theirs. "Who …?" asks a person or a body: a bare sentence
 * names none as the answer. Declined.
 */
export function wordsOfNoOne(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length || !BARE_SENTENCE.test(given.text)) return given;
  if (intent.kind === 'who' || intent.analysis.expects === 'agent' || WHO_ASKED.test(intent.question ?? '')) return notAnswered(intent, 'The archive has nothing that answers this. No sentence names the one asked.', suggestionsFor(intent, index));
  const statement = intent.analysis.expects === 'statement' || intent.kind === 'quote';
  const sayer = ((statement ? intent.analysis.subject?.text : undefined) ?? SAYER_ASKED.exec(intent.question ?? '')?.[1])?.replace(/^the\s+/i, '').trim();
  if (!sayer || sayer.length < 2) return given;
  const name = escapeRe(fold(sayer));
  const as = new RegExp(`(?<![\\p{L}\\d])${name}(?:'s?)?(?![\\p{L}\\d])(?:\\s+\\p{L}+){0,3}?\\s+(?:${SAYING})\\b|\\b(?:according to|said|told|says)\\s+(?:the\\s+)?${name}(?![\\p{L}\\d])`, 'u');
  const said = given.citations.map((c) => fold(c.excerpt ?? ''));
  if (said.some((s) => as.test(s))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence quotes ${sayer}.`, suggestionsFor(intent, index));
}
