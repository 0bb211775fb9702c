import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask, buildArchiveFromFolder } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import type { Answer } from '../../../src/domain/types.ts';

/** Raw reports in the genre, ingested and extracted end to end (tests/fixtures/answer/reports). */
let index: ArchiveIndex;

beforeAll(async () => {
  index = (await buildArchiveFromFolder(join(import.meta.dirname, '../../fixtures/answer/reports'))).index;
});

function answer(q: string): Answer {
  return ask(index, q).answer;
}

describe('answer: when-questions about reports with a dated dateline', () => {
  it('GIVEN "artillery shelled the district of X on Monday" under a dateline of Wednesday, 8 March 2023 THEN the shelling day is March 6, 2023', () => {
    const a = answer('When was Al-Waer shelled?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('March 6, 2023');
  });

  it('GIVEN no event but a sentence "collapsed on Tuesday" under a dateline of 15 July 2022 THEN the answer states July 12, 2022 before quoting it', () => {
    const a = answer('When did the footbridge over the Aji river collapse?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^On July 12, 2022, according to Azerbaijan Civic Review/);
    expect(a.text).toContain('collapsed on Tuesday');
  });

  it('GIVEN a matching sentence whose only date is its dateline THEN it is not answered with the dateline day', () => {
    const a = answer('When did shopkeepers accuse the municipality of ignoring warnings?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('July 15, 2022:');
  });
});

describe('answer: how-many questions naming a period', () => {
  it('GIVEN a toll for "the September 2022 protests" THEN "how many were killed in the October 2022 protests" is not answered with it', () => {
    const a = answer('How many were killed in the October 2022 protests in Mashhad?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('31');
  });

  it('GIVEN the same toll THEN the question naming September 2022 gets it with its source', () => {
    const a = answer('How many were killed in the September 2022 protests in Mashhad?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/at least 31 people/);
    expect(a.text).toContain('Justice Monitor');
  });

  it('GIVEN tolls only for 2020 and 2022 THEN a question about May 2015 is not answered', () => {
    const a = answer('How many were killed in the May 2015 protests in Mashhad?');
    expect(a.answered).toBe(false);
  });
});
