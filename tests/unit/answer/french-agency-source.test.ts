import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A question in French naming a news agency as its source ("Selon l'agence Korvel, combien …"): the count must come
// from a report that names that agency, never from another report's figure that merely fits the year asked.
// Reports written for the tests: invented agencies, towns and numbers.
describe('a count asked in French of a news agency', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'bilan-agence.txt': `date 2031-05 Selon un bilan publié jeudi par l'agence de presse officielle Korvel, "près de 40 personnes ont été abattues" depuis le 2 mai. La gendarmerie a parlé de trois gendarmes tués.
`,
      'expert-onu.txt': `Un enquêteur des Nations unies a dénoncé la répression en Corlande. « Qui peut justifier cela ? Au moins 12 [mineurs] ont été abattus [par la police]… Tout est documenté. Des crimes graves ont été commis en Corlande depuis le 2 mai 2031 », a-t-il affirmé.
`,
    });
  });

  it('GIVEN only another report writes the year asked THEN "selon l\'agence Korvel" is not answered with its figure', () => {
    const a = ask(index, "Selon l'agence Korvel, combien de personnes ont été abattues en Corlande depuis le 2 mai 2031 ?").answer;
    expect(a.text).not.toMatch(/\b12\b/);
  });

  it('GIVEN the agency named after "l\'agence de presse officielle" THEN its own figure still answers', () => {
    const a = ask(index, "Selon l'agence Korvel, combien de personnes ont été abattues depuis le 2 mai ?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/40/);
  });
});
