import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where was X arrested after …?": the place of the arrest, never the places of another deed of the same person.
const REPORTS = {
  'parcel.txt': `Court jails envoy over parcel plot

Brenn-based envoy Ivo Stass was said to have used his diplomatic pass to carry the parcel from Ostrana to Kellby, where it was given to the pair. He was arrested at a petrol station in Varnland as he drove home to Ostrana.
A judge in Varnholm gave him 12 years on Monday.
`,
};

describe('a where-question closing on a deed and a clause of time', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the route named before the arrest WHEN where the envoy was arrested after the handover is asked THEN no place of the route is given', () => {
    const a = ask(index, 'Where was Stass arrested after handing over the parcel?').answer;
    expect(a.text).not.toMatch(/^(?:Ostrana|Kellby|Brenn)/);
  });

  it('GIVEN the arrest told WHEN where the envoy was arrested after the handover is asked THEN its place answers', () => {
    const a = ask(index, 'Where was the envoy arrested after handing over the parcel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Varnland/);
  });
});
