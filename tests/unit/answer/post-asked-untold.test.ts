import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { postAskedUntold } from '../../../src/answer/post-asked-untold.ts';
import { answered, citeAll, provOf } from '../../../src/answer/reply.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who is the Granholm police chief?" asks the person holding a post. The report tells of the police and of Dockish
// groups at a march, never of a chief: an answer naming a group from that sentence ("Dockish") is declined. The
// harbour master it names by post answers for that post.
const REPORTS = {
  'granholm-march.txt': `Three officers injured at dockers' march in Granholm
Three police officers were injured on Sunday when a march of striking dockers in Granholm turned rough near the ferry terminal.
Organisers, among them charities, Dockish groups and a few political parties, said 20,000 people joined, but police counted "a few thousand" and said the march went off "without trouble".
Harbour master Elin Stavang said the terminal would reopen on Monday.
`,
};

describe('a person asked by the post they hold', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no sentence names a police chief WHEN a group from the police sentence is given for the Granholm police chief THEN it is declined', () => {
    const q = 'who is the granholm police chief';
    const intent = understand(q, index);
    const id = index.data.articles[0]!.id;
    const s = index.sentencesOf(id).find((x) => x.text.includes('Dockish groups'))!;
    const given = answered(intent, `Dockish (according to an archived report): “${s.text}”`, citeAll(index, [provOf(id, s)]));
    const answer = postAskedUntold(intent, index, given);
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/No sentence names the granholm police chief/);
  });

  it('GIVEN the harbour master is named by post WHEN who the harbour master is asked THEN she answers', () => {
    const { answer } = ask(index, 'Who is the harbour master?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Elin Stavang/);
  });

  it('GIVEN no chief is named WHEN who the police chief is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'who is the granholm police chief');
    expect(answer.answered).toBe(false);
  });
});
