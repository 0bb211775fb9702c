import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Article, Intent } from '../domain/types.ts';
import { isFunctionWord, tokenize, type Token } from '../understand/vocabulary.ts';
import { answered, provOf } from './reply.ts';

/** "Who wrote the Harbour Post article on the strike?", "who authored the report on …": the writer of a report asked. */
const WHO_WROTE = /^\s*who\s+(?:wrote|authored|penned|filed)\s+(?:the|this|that|a)\s+(.+?)\s*\??\s*$/i;
/** A sentence telling who wrote something. */
const WRITING = /\b(?:wrote|written|writes|write|authored|penned|reporting by|report(?:ed)? by|by-?line)\b/i;
/** The words naming a piece of writing. */
const PIECE = /^(?:article|articles|report|reports|story|stories|piece|pieces|dispatch|column|feature|account|item)$/i;
/** Words of the question that say nothing of which report it is. */
const ASKING = /^(?:who|wrote|written|authored|penned|filed|about|on|news)$/i;

/** A byline's name as a person is written: "JON SMITH, Harbour Wire" → "Jon Smith". */
function writerOf(author: string): string | undefined {
  const name = author.split(/\s*[,|/;]\s*|\s+(?:and|for|of)\s+/)[0]?.trim() ?? '';
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  // (A staff credit, "NCRI Staff", "News Desk", names no one.)
  if (words.some((w) => /^(?:staff|desk|editor|editors|team|reporters?|correspondents?|agencies|admin|news)$/i.test(w))) return undefined;
  return words.map((w) => (w === w.toUpperCase() && w.length > 2 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
}

/** Whether a capitalised word of the question is written in the report: as a word, or as the initials of a name in it ("AP"). */
function nameWritten(t: Token, keys: Set<string>, initials: Set<string>): boolean {
  if (keys.has(t.key) || keys.has(t.fold)) return true;
  return /^\p{Lu}{2,5}$/u.test(t.raw) && initials.has(t.raw);
}

/** Initials of the runs of capitalised words a text writes ("Associated Press" → "AP"). */
function initialsOf(text: string): Set<string> {
  const out = new Set<string>();
  // (Within a line: "Associated Press" then "Published" on the next is no "APP".)
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+)?\p{Lu}[\p{L}'’-]*)+/gu)) {
    out.add(m[0].split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''));
  }
  return out;
}

/**
 * "Who wrote the Harbour Post article on the Kessa strike?": the writer of a report is its byline ("By Mira Lund"),
 * which no sentence tells. The report is the one with a byline whose words hold every name the question gives (an
 * outlet may be given by its initials) and most of its other words; its writer is the answer, cited by the report's
 * sentence that names them (or its first). Left to the other answers when no single report with a byline fits.
 */
export function bylineAuthor(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  // (An answer the text gives, "the report, written by Mira Lund", stands: the byline is for a writer no sentence names.
  // An answer from a sentence that tells of no writing, "who wrote the report 'Shame on you'" answered with the people
  // its first sentence tells of, gives way to a byline that fits.)
  if (given.answered && WRITING.test(given.citations[0]?.excerpt ?? '')) return given;
  const asked = WHO_WROTE.exec(intent.question ?? '')?.[1];
  if (!asked) return given;
  // (The piece must be what is asked of, the head of the words before "on", "about", "mentioned in"…: "the open letter
  // mentioned in the report" asks of a letter.)
  // (A title in quotes after the piece, "the report 'Shame on you'", names it; the head is read without it.)
  const unquoted = asked.replace(/(?:^|\s)['‘"“«][^"“”«»]{3,}?['’"”»](?=\s|$)/gu, ' ').trim();
  const head = unquoted.split(/\s+(?:on|about|of|in|from|mentioned|that|which|by|over|regarding|concerning|into|after)\s+/i)[0] ?? '';
  if (!PIECE.test(head.trim().split(/\s+/).at(-1) ?? '')) return given;
  const words = tokenize(asked).filter((t) => !isFunctionWord(t.fold) && !ASKING.test(t.fold));
  if (!words.some((t) => PIECE.test(t.fold))) return given;
  const topic = words.filter((t) => !PIECE.test(t.fold));
  const names = topic.filter((t) => t.cap);
  const plain = topic.filter((t) => !t.cap);
  if (topic.length < 2) return given;
  const fits: Array<{ article: Article; writer: string; share: number }> = [];
  for (const article of index.data.articles) {
    const writer = article.author ? writerOf(article.author) : undefined;
    if (!writer) continue;
    const text = [article.title, article.publisher ?? '', article.author ?? '', article.text].join('\n');
    const tokens = tokenize(text);
    const keys = new Set(tokens.flatMap((t) => [t.key, t.fold]));
    const initials = initialsOf(text);
    if (!names.every((t) => nameWritten(t, keys, initials))) continue;
    const share = plain.length ? plain.filter((t) => keys.has(t.key)).length / plain.length : 1;
    if (share >= 0.6) fits.push({ article, writer, share });
  }
  fits.sort((a, b) => b.share - a.share);
  const best = fits[0];
  if (!best || (fits[1] && fits[1].share === best.share && fits[1].writer !== best.writer)) return given;
  const sentences = index.sentencesOf(best.article.id);
  const surname = best.writer.split(' ').at(-1)?.toLowerCase() ?? '';
  const cited = sentences.find((s) => s.text.toLowerCase().includes(surname)) ?? sentences[0];
  if (!cited) return given;
  return answered(intent, `${best.writer} (the byline of “${best.article.title}”).`, [index.citation(provOf(best.article.id, cited))]);
}
