import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** What names a gathering in a question: the noun after its motto ("the … rally"). */
const GATHERING = String.raw`(?:rall(?:y|ies)|march(?:es)?|demonstrations?|protests?|gatherings?|vigils?|campaigns?|events?|summits?|conferences?|concerts?)`;

/**
 * A gathering's motto in the question: in quotation marks before the noun naming it or after "motto"/"slogan"/"theme"
 * ("the «Bread and Roses» march", "under the motto 'Light for Varnia'"), or written in French or German words joined
 * by what only a motto joins a name with ("the Licht für Varnia rally", "the Justice pour Lina march"; a place's
 * "de"/"du"/"des" is left alone: "Place de la Nation" is a venue, written many ways).
 */
// (An apostrophe opens a quotation only after a space: "the workers' and teachers' rally" is two possessives.)
const QUOTED_BEFORE_NOUN = new RegExp(String.raw`(?:[“"«]|(?<=^|\s)[‘'])\s*([^“”"«»‘’']{3,60}?)\s*[”"»’']\s+${GATHERING}(?![\p{L}])`, 'iu');
const QUOTED_AFTER_MOTTO = /(?<![\p{L}])(?:motto|slogan|theme|banner|watchword)\s+(?:of\s+)?(?:[“"«]|(?<=\s)[‘'])\s*([^“”"«»‘’']{3,60}?)\s*[”"»’']/iu;
const FOREIGN_MOTTO = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{L}’'-]*(?:\s+\p{L}[\p{L}’'-]*){0,2}?\s+(?:für|gegen|ohne|pour|contre|sans|avec)\s+(?:l['’])?\p{Lu}?[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+${GATHERING}(?![\p{L}])`,
  'u',
);

/** The motto a question names a gathering by, folded; undefined when it names none (or one of a single word). */
export function mottoAsked(question: string): string | undefined {
  const m = QUOTED_BEFORE_NOUN.exec(question) ?? QUOTED_AFTER_MOTTO.exec(question) ?? FOREIGN_MOTTO.exec(question);
  const motto = m?.[1] ? fold(m[1]) : '';
  return motto.includes(' ') ? motto : undefined;
}

/**
 * "How many attended the Licht für Varnia rally, according to the organisers?": a gathering asked by its motto is the
 * one a report writing that motto tells of; an answer from reports none of which writes it (another rally in the same
 * city, under another motto) tells of another gathering. Declined.
 */
export function mottoUnwritten(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const motto = mottoAsked(intent.question ?? '');
  if (!motto) return given;
  const writes = (id: string) => {
    const a = index.article(id);
    return ` ${fold(`${a?.title ?? ''} ${a?.text ?? ''}`)} `.includes(` ${motto} `);
  };
  if ([...new Set(given.citations.map((c) => c.articleId))].some(writes)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report that would answer writes the motto the question names.', suggestionsFor(intent, index));
}
