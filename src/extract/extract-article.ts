import type { Article, ArticleExtraction } from '../domain/types.ts';
import { linkFigures, linkOrganisers, linkSpeakers } from './event-links.ts';
import { extractEvents } from './events.ts';
import { extractFigures } from './figures.ts';
import type { Nlp } from './nlp.ts';
import { extractPeople } from './people.ts';
import { extractQuotes } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { checkDeadline, withDeadline } from './deadline.ts';

/**
 * Extracts everything one article holds: sentences, speakers, quotes, figures and events, linked to each other
 * (speakers ↔ events, quotes → events, figures → events); ids are prefixed with the article id.
 * With a budget, a report still being read after `budgetMs` throws ReadingTooSlow.
 */
export function extractArticle(nlp: Nlp, article: Article, budgetMs?: number): ArticleExtraction {
  return withDeadline(budgetMs, () => extractWithin(nlp, article));
}

function extractWithin(nlp: Nlp, article: Article): ArticleExtraction {
  const sentences = splitSentences(nlp, article);
  const people = extractPeople(nlp, article, sentences);
  const quotes = extractQuotes(nlp, article, sentences, people);
  const figures = extractFigures(nlp, article, sentences, people, quotes);
  const events = extractEvents(nlp, article, sentences, people, quotes);
  checkDeadline();
  linkSpeakers(article, sentences, people, quotes, events);
  linkFigures(figures, events, sentences);
  linkOrganisers(sentences, events);
  return { articleId: article.id, sentences, events, speakers: people.speakers, quotes, figures };
}
