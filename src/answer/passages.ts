import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Sentence, Speaker } from '../domain/types.ts';
import { lexiconOf } from '../understand/lexicon.ts';
import { contentStems, fold, stem, words } from '../understand/text.ts';
import { overlap, StemSet } from './evidence.ts';
import { memo, speakerPositions, speakersInArticles } from './memo.ts';

/** A sentence chosen as evidence, with how much of the question it (and its neighbours) covers. */
export interface PassagePick {
  articleId: string;
  sentence: Sentence;
  /** Share of the question's content stems found in the sentence or its neighbour. */
  coverage: number;
  /** A neighbouring sentence that supplies the rest of the match, if any. */
  neighbour?: Sentence;
  score: number;
}

/** Stems that must all be found for a passage to count: numbers, years and words capitalised in the question. */
export function salientStems(question: string): string[] {
  const out = new Set<string>();
  const tokens = [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)];
  tokens.forEach((m, i) => {
    const raw = (m[0] ?? '').replace(/[.'’-]+$/, '');
    const f = fold(raw);
    if (!f) return;
    const isNumber = /^\d+$/.test(f.replace(/\s/g, ''));
    const capital = i > 0 && /^\p{Lu}/u.test(raw);
    if (!isNumber && !capital) return;
    for (const w of f.split(' ')) {
      const st = contentStems(w)[0];
      if (st) out.add(st);
    }
  });
  return [...out];
}

export interface PassageOptions {
  /** Only these articles. */
  articleIds?: string[];
  /** Stems to leave out of the coverage test (intent scaffolding such as "spoke", "when"). */
  ignore?: ReadonlySet<string>;
  /** A sentence must match this (e.g. it must hold a date, or an organiser cue). */
  must?: (s: Sentence) => boolean;
  /** Extra score for a sentence (e.g. it names people). */
  bonus?: (articleId: string, s: Sentence) => number;
  /** Minimum share of content stems covered (default 0.6). */
  minCoverage?: number;
}

/**
 * The sentences that best answer a question from the text alone, or none: a sentence (with a neighbour in the
 * same paragraph) must hold most of the question's content words and every number, year and capitalised word.
 */
export function pickPassages(index: ArchiveIndex, question: string, opts: PassageOptions = {}): PassagePick[] {
  const ignore = opts.ignore ?? new Set<string>();
  const stems = [...new Set(contentStems(question))].filter((s) => !ignore.has(s));
  if (stems.length === 0) return [];
  const salient = salientStems(question).filter((s) => !ignore.has(s));
  const query = words(question).filter((w) => !ignore.has(stem(w))).join(' ');
  const searchOpts: { limit: number; articleIds?: string[] } = { limit: 30 };
  if (opts.articleIds) searchOpts.articleIds = opts.articleIds;
  const hits = index.searchPassages(query || question, searchOpts);
  const seen = new Set<string>();
  const picks: PassagePick[] = [];
  const minCoverage = opts.minCoverage ?? 0.6;
  const consider = (articleId: string, s: Sentence) => {
    const key = `${articleId}#${s.index}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (opts.must && !opts.must(s)) return;
    const sentences = index.sentencesOf(articleId);
    const own = new StemSet(s.text);
    const title = new StemSet(index.article(articleId)?.title ?? '');
    const ownHits = stems.filter((x) => own.has(x));
    let best: { n: Sentence | undefined; union: number } = { n: undefined, union: ownHits.length };
    for (const j of [s.index - 1, s.index + 1]) {
      const n = sentences[j];
      if (!n || n.paragraph !== s.paragraph) continue;
      const ns = new StemSet(n.text);
      const union = stems.filter((x) => own.has(x) || ns.has(x)).length;
      if (union > best.union) best = { n, union };
    }
    const unionSet = (x: string) => own.has(x) || (best.n ? new StemSet(best.n.text).has(x) : false) || title.has(x);
    if (!salient.every(unionSet)) return;
    const coverage = best.union / stems.length;
    if (coverage < minCoverage) return;
    if (ownHits.length === 0) return;
    // Headings and fragments ("NCRI Statement:") state nothing; a full sentence does.
    const length = s.text.split(/\s+/).length;
    const shape = length <= 4 ? -1 : length >= 8 ? 0.3 : 0;
    const score = ownHits.length + 0.5 * (best.union - ownHits.length) + shape + (opts.bonus?.(articleId, s) ?? 0);
    const pick: PassagePick = { articleId, sentence: s, coverage, score };
    if (best.n) pick.neighbour = best.n;
    picks.push(pick);
  };
  for (const h of hits) {
    const sentences = index.sentencesOf(h.articleId);
    const s = sentences[h.sentence];
    if (!s) continue;
    consider(h.articleId, s);
    for (const j of [h.sentence - 1, h.sentence + 1]) {
      const n = sentences[j];
      if (n && n.paragraph === s.paragraph) consider(h.articleId, n);
    }
  }
  picks.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
  return picks;
}

/** Speakers a sentence names (by recorded mention, else by full name or a distinctive alias in the text). */
export function peopleInSentence(index: ArchiveIndex, articleId: string, s: Sentence): Speaker[] {
  const lex = lexiconOf(index);
  const text = ` ${fold(s.text)} `;
  // Only speakers the report names and those whose full name starts at one of the sentence's words can match (not
  // every speaker of the archive, checked for each line of a list of participants), taken in archive order.
  const byFirstWord = speakersByFirstNameWord(index);
  const position = speakerPositions(index);
  const found = new Set<Speaker>(speakersInArticles(index, [articleId]));
  for (const w of new Set(text.split(' '))) for (const sp of byFirstWord.get(w) ?? []) found.add(sp);
  const out: Array<[Speaker, number]> = [];
  for (const sp of [...found].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))) {
    const mentioned = sp.mentions.some((m) => m.articleId === articleId && m.sentence === s.index);
    const variants = lex.names.get(sp.id) ?? [];
    const named = variants.some((v) => v.includes(' ') && text.includes(` ${v} `));
    if (!mentioned && !named) continue;
    const pos = variants.map((v) => text.indexOf(` ${v} `)).filter((p) => p >= 0);
    out.push([sp, pos.length ? Math.min(...pos) : 9999]);
  }
  // A surname alias recorded for one person can also be another's mention ("Ashraf Rajavi" vs "Rajavi"): keep the full names.
  const full = out.filter(([sp]) => (lex.names.get(sp.id) ?? []).some((v) => v.includes(' ') && text.includes(` ${v} `)));
  const chosen = full.length ? full : out;
  return chosen.sort((a, b) => a[1] - b[1]).map(([sp]) => sp);
}

/** Speakers by the first word of each of their names of several words (memoised per index). */
function speakersByFirstNameWord(index: ArchiveIndex): Map<string, Speaker[]> {
  return memo(index, 'speakers-by-first-name-word', () => {
    const lex = lexiconOf(index);
    const byFirstWord = new Map<string, Speaker[]>();
    for (const sp of index.data.speakers) {
      for (const v of lex.names.get(sp.id) ?? []) {
        if (!v.includes(' ')) continue;
        const first = v.slice(0, v.indexOf(' '));
        const list = byFirstWord.get(first) ?? [];
        if (!list.includes(sp)) list.push(sp);
        byFirstWord.set(first, list);
      }
    }
    return byFirstWord;
  });
}

/** Whether a sentence holds a date expression (month name, weekday with a day, or a year). */
export function hasDateWords(s: Sentence): boolean {
  return /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(19|20)\d{2}\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(s.text);
}

/** Stems of a text, for building ignore sets. */
export function stemSet(list: string[]): Set<string> {
  return new Set(list.map(stem));
}

/** Overlap of a question's stems with a text (re-exported for answer builders). */
export { overlap };
