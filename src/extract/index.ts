/** Extraction: wink-nlp pipeline, sentences, and the per-article extractors. */
export { createNlp, type Nlp } from './nlp.ts';
export { splitSentences } from './sentences.ts';
export { extractPeople, type PeopleResult, type PersonMention } from './people.ts';
export { extractQuotes } from './quotes.ts';
export { extractFigures } from './figures.ts';
export { extractEvents } from './events.ts';
export { extractArticle } from './extract-article.ts';
