import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where did the Varnholm court move to hear witnesses?": the court's own name is not where it moved.
const REPORTS = {
  'sittings.txt': `Varnholm court wraps up Treml case

The case was among the biggest of its type in Varnland, with 61 hearing days in Varnholm District Court where some 40 complainants and witnesses from many lands testified about, among much else, their years in Kellmar jail.
Treml has denied every charge.
`,
};

describe('a place the question names as the mover is not where it moved', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the court named WHEN where the Varnholm court moved to hear witnesses is asked THEN its own name is not given', () => {
    const a = ask(index, 'Where did the Varnholm court move to hear witnesses in the Treml case?').answer;
    expect(a.text).not.toMatch(/^Varnholm District Court/);
  });
});
