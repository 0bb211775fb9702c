/**
 * Writes the example charts shown in the README (docs/timeline-example.png, docs/conflict-example.png) from the
 * default archive, exactly as /timeline and /figure attach them. Run: npm run charts:examples [-- --archive DIR].
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { figuresFor, timeline } from '../src/answer/lookups.ts';
import type { ReplyFile } from '../src/discord/command.ts';
import { renderFigures, renderTimeline } from '../src/discord/render-records.ts';
import { buildArchiveFromFolder } from '../src/engine.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { archive: { type: 'string' }, out: { type: 'string' } } });
const archive = resolve(values.archive ?? join(root, 'data/articles'));
const out = resolve(values.out ?? join(root, 'docs'));

const { index } = await buildArchiveFromFolder(archive);
// The months around the November 2019 uprising: the span of the default archive most of its reports are about.
const filters = { from: '2019-11-01', to: '2020-02-29' };
const timelineFile = renderTimeline(timeline(index, filters), 'example', filters).pages[0]?.files?.[0];
const measure = index.data.conflicts[0]?.measure;
const conflictFile = measure ? renderFigures(index, measure, figuresFor(index, measure), 'example').pages[0]?.files?.[0] : undefined;

mkdirSync(out, { recursive: true });
const save = (file: ReplyFile | undefined, name: string) => {
  if (!file) {
    console.error(`chart-examples: no ${name} chart for the archive ${archive}`);
    process.exitCode = 1;
    return;
  }
  const path = join(out, name);
  writeFileSync(path, file.data);
  console.log(`${path} (${file.data.byteLength} bytes)\n  alt: ${file.description}`);
};
save(timelineFile, 'timeline-example.png');
save(conflictFile, 'conflict-example.png');
