import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, buildArchive, buildArchiveFromFolder } from '../../src/engine.ts';
import { createNlp } from '../../src/extract/nlp.ts';
import { fromSnapshot, toSnapshot } from '../../src/index/snapshot.ts';

const folder = resolve(import.meta.dirname, '../fixtures/index/archive');
const nlp = createNlp();
const files = readdirSync(folder).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));

describe('engine: building', () => {
  it('GIVEN the same article in two files and one empty file THEN it is indexed once with both files, and the empty file is reported', async () => {
    const copy = { name: 'oslo-copy.txt', bytes: files.find((f) => f.name === 'oslo-vigil.txt')!.bytes };
    const progress: number[] = [];
    const { index, report } = await buildArchive([...files, copy, { name: 'blank.txt', bytes: new Uint8Array() }], {
      nlp,
      onProgress: (done) => progress.push(done),
    });
    expect(report.articles).toBe(2);
    expect(report.skipped.map((s) => s.file)).toEqual(['blank.txt']);
    const oslo = index.data.articles.find((a) => a.files.includes('oslo-vigil.txt'));
    expect(oslo?.files.sort()).toEqual(['oslo-copy.txt', 'oslo-vigil.txt']);
    expect(progress).toEqual([1, 2]);
    expect(report).toMatchObject({ events: index.data.events.length, speakers: index.data.speakers.length, figures: index.data.figures.length });
  });

  it('GIVEN a folder THEN the folder build finds the same articles as the in-memory build', async () => {
    const fromFolder = await buildArchiveFromFolder(folder, { nlp });
    const inMemory = await buildArchive(files, { nlp });
    expect(fromFolder.index.data.articles.map((a) => a.id).sort()).toEqual(inMemory.index.data.articles.map((a) => a.id).sort());
  });
});

const { index } = await buildArchive(files, { nlp });

describe('engine: asking', () => {
  it('GIVEN a question about a speaker THEN the answer cites the article and the context remembers the person', () => {
    const { answer, context } = ask(index, 'Who is Karl Brenner?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.file).toBe('vienna-conference.txt');
    expect(context.people?.length).toBeGreaterThan(0);
    expect(context.at).toBeGreaterThan(0);
  });

  it('GIVEN a question the archive cannot answer THEN answered is false with no citations', () => {
    const { answer } = ask(index, 'What is the population of Lima?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN an index saved to a snapshot and loaded back THEN it answers the same', () => {
    const loaded = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(index))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(ask(loaded.index, 'Who spoke at the rally in Oslo?').answer).toEqual(ask(index, 'Who spoke at the rally in Oslo?').answer);
  });
});
