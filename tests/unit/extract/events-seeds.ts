/** The five seed articles as ingest hands them over (clutter cut, article dates as ingest reads them). */
import type { Article } from '../../../src/domain/types.ts';
import { articleFromText, dayDate, dayMonthDate, readRepoFile } from './events-article-builder.ts';

const seed = (name: string): string => readRepoFile(`data/articles/${name}`);

export function seedArticles(): Record<'s000' | 's001' | 's002' | 's003' | 's004', Article> {
  return {
    s000: articleFromText(seed('000_2b81620ad0ff86e5.txt'), {
      from: 'London, 19 Dec',
      until: 'Latest news',
      date: dayMonthDate(12, 19),
      publisher: 'Iran Focus',
      dateline: 'London',
      title: 'Demonstration in Paris Unites the Syrian Opposition With the Iranian Resistance',
    }),
    s001: articleFromText(seed('001_21f98a6f8f601717.txt'), {
      from: 'Paris, February 12, 2020',
      date: dayDate('2020-02-12', 'dateline'),
      publisher: 'PMOI/MEK',
      dateline: 'Paris',
      title: 'Paris: MEK Supporters rally to mark 1979 revolution, condemn mullahs’ regime',
    }),
    s002: articleFromText(seed('002_3355de5601d71423.txt'), { title: 'Iranian community rallies in Paris' }),
    s003: articleFromText(seed('003_f712640349deff95.txt'), {
      from: 'Saturday, December 28 marks',
      date: dayDate('2019-12-28', 'byline'),
      title: 'Day 44 of Iran Protests: Hundreds of NCRI Supporters Rally in Paris in Solidarity With Iran Protests',
    }),
    s004: articleFromText(seed('004_b773096f1a5d9978.txt'), {
      from: 'NCRI – The President-elect',
      publisher: 'NCRI',
      title: 'Iran Resistance Throws Support Behind Syrian People',
    }),
  };
}
