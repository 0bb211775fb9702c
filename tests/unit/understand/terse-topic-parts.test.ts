import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A topic, a dash, and a question about it in chat words: "… - who was the spokesman?", "… - who put it on?",
 * "… - where did it start": the question asks about the occasion named before the dash.
 */
const REPORTS: Record<string, string> = {
  'ostrov-rally.txt': `OSTROV - Thousands of Vardanian exiles rallied at the foot of Castle Hill on Friday, cheering the senator Ivo Brask.

A spokesman for the Ostrov rally, Tomas Velic, said it was meant to show that the exiles back the strikers.
`,
  'kelby-briefing.txt': `Kelby – On Thursday March 3, 2031, the Union of Free Vardanians (UFV) held a briefing in the Kelby Assembly during which members of the assembly spoke for the strikers.
`,
};

describe('a topic, a dash, and a question about it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each([
    ['castle hill rally w/ ivo brask - who was the spokesman?', 'who was the spokesman for the castle hill rally with ivo brask?'],
    ['kelby assembly briefing march 2031 - who put it on?', 'who organised the kelby assembly briefing march 2031?'],
    ['the march to the old bridge - where did it start', 'where did the march to the old bridge start?'],
    ['ana lind - who\'s that?', 'ana lind - who\'s that?'],
    ['ana lind - who is she?', 'ana lind - who is she?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (terse, plain) => {
    expect(cleanQuestion(terse)).toBe(plain);
  });

  it('GIVEN "… - who was the spokesman?" THEN the spokesman of that rally answers', () => {
    const a = ask(index, 'castle hill rally w/ ivo brask - who was the spokesman?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tomas Velic/);
  });

  it('GIVEN "… - who put it on?" THEN the organiser answers', () => {
    const a = ask(index, 'kelby assembly briefing march 2031 - who put it on?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Union of Free Vardanians|UFV/);
  });
});
