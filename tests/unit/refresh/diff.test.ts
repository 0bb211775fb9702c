import { describe, expect, it } from 'vitest';
import { emptyArchiveData } from '../../../src/domain/empty-archive.ts';
import type { ArchiveData, Article, EventRecord, Figure, Speaker } from '../../../src/domain/types.ts';
import { describeDiff, diffArchives, summariseDiff } from '../../../src/refresh/diff.ts';

const date = { precision: 'unknown' as const, yearStated: false, iso: '', source: 'none' as const, text: '' };
const article = (id: string, file: string, title: string): Article => ({ id, files: [file], title, date, text: 't', paragraphs: [] });
const event = (id: string, label: string): EventRecord => ({ id, kind: 'rally', label, organisers: [], speakers: [], sources: [] });
const speaker = (id: string, name: string): Speaker => ({ id, name, aliases: [], roles: [], affiliations: [], events: [], mentions: [] });
const figure = (id: string, text: string, value: number): Figure => ({
  id,
  text,
  value,
  qualifier: 'exact',
  measure: 'killed',
  counted: 'civilians',
  source: { articleId: 'x', sentence: 0, start: 0, end: 1 },
});
const data = (over: Partial<ArchiveData>): ArchiveData => ({ ...emptyArchiveData(), ...over });

describe('diffArchives', () => {
  const before = data({
    articles: [article('a1', 'oslo.txt', 'Oslo rally'), article('a2', 'rome.txt', 'Rome vigil'), article('a3', 'bern.txt', 'Bern talk')],
    events: [event('e1', 'Rally in Oslo'), event('e2', 'Vigil in Rome')],
    speakers: [speaker('ana-ruiz', 'Ana Ruiz')],
    figures: [figure('f1', '12', 12)],
  });
  const after = data({
    articles: [article('a1', 'oslo.txt', 'Oslo rally'), article('a4', 'rome.txt', 'Rome vigil (updated)'), article('a5', 'kyiv.md', 'Kyiv march')],
    events: [event('e1', 'Rally in Oslo'), event('e3', 'March in Kyiv')],
    speakers: [speaker('ana-ruiz', 'Ana Ruiz'), speaker('ivan-petrenko', 'Ivan Petrenko')],
    figures: [figure('f1', '12', 12), figure('f2', 'at least 30', 30)],
    conflicts: [{ measure: 'killed', scope: 'the market attack', figureIds: ['f1', 'f2'] }],
    skipped: [{ file: 'photo.jpg', reason: 'not a text file' }],
  });

  it('GIVEN a new, a rewritten and a deleted file THEN they are added, changed and removed', () => {
    const d = diffArchives(before, after);
    expect(d.articles.added.map((a) => a.files[0])).toEqual(['kyiv.md']);
    expect(d.articles.changed.map((a) => a.title)).toEqual(['Rome vigil (updated)']);
    expect(d.articles.removed.map((a) => a.files[0])).toEqual(['bern.txt']);
    expect(d.articles.unchanged).toBe(1);
    expect(d.articles.skipped).toEqual([{ file: 'photo.jpg', reason: 'not a text file' }]);
  });

  it('GIVEN new events, speakers, figures and a new conflict THEN each is listed by what a reader recognises', () => {
    const d = diffArchives(before, after);
    expect(d.events).toEqual({ added: ['March in Kyiv'], removed: ['Vigil in Rome'] });
    expect(d.speakers).toEqual({ added: ['Ivan Petrenko'], removed: [] });
    expect(d.figures.added).toEqual(['at least 30 civilians (killed)']);
    expect(d.newConflicts).toEqual(['killed (the market attack): 12 vs at least 30']);
    expect(summariseDiff(d)).toBe('+1 article, -1 removed, 1 changed, 1 skipped; events +1/-1; speakers +1/-0; figures +1/-0; 1 new conflict');
  });

  it('GIVEN no previous version THEN everything is added', () => {
    const d = diffArchives(undefined, after);
    expect(d.articles.added).toHaveLength(3);
    expect(d.articles.removed).toHaveLength(0);
  });

  it('GIVEN long lists THEN the description cuts them and says how many more', () => {
    const many = data({ speakers: Array.from({ length: 15 }, (_, i) => speaker(`s${i}`, `Person ${i}`)) });
    const lines = describeDiff(diffArchives(undefined, many), 5);
    expect(lines.find((l) => l.startsWith('Speakers added'))).toMatch(/Person 4; … and 10 more$/);
  });
});
