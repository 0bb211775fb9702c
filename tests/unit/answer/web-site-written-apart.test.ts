import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Web site" written as two words is the "website" a question asks of: a count credited to the movement's Web site
// answers "how many did the movement's website say …". Invented report and town.
describe('a Web site written in two words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-held.txt': `Dozens held after Kessa march

Tuesday, April 15, 2031

Police broke up a march in Kessa on Monday.
The movement's Web site said 46 marchers were detained by nightfall, while police gave no figure.
`,
      'kessa-mourners.txt': `Crowds mourn in Kessa

Friday, April 18, 2031

A vast crowd marched through Kessa on Thursday to mourn those killed at the weekend.
A campaign Web site estimated the march at more than 50,000 people, the Kessa Press reported.
`,
    });
  });

  it('GIVEN "The movement\'s Web site said 46 marchers were detained" THEN the website\'s count is given', () => {
    const a = ask(index, "How many marchers did the movement's website say were detained in Kessa?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b46\b/);
  });

  it('GIVEN "A campaign Web site estimated …, the Kessa Press reported" THEN the count is the website\'s, not declined as the press\'s', () => {
    const a = ask(index, 'How many people did a campaign website say attended the Kessa march?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/50,000/);
  });
});
