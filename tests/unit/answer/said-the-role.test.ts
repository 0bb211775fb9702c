import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A role set before the name that closes the sentence ("…, said the deputy director for … at X, Name."), even where the
// page lost a quote's closing mark; "who was one of the organisers" asks for a person of a group, not a role.
const REPORTS = {
  'oslo-executions.txt': `Executions surge in the first half of the year

North Wire

Oslo, May 2, 2031 – “The authorities executed at least one person a day on average. The state is carrying out killings on a mass scale, said the deputy regional director for the Middle East and North Africa at Nordic Rights Watch, Ingrid Halvorsen. She added that the toll had chilling echoes of earlier years.”
The crisis deepens, said the head of the Oslo bureau at Baltic Monitor, Lars Vik.
The situation was described as dire by the apostolic nuncio in Valdora, Tomas Brenner.
`,
  'velmont-march.txt': `Thousands march in Velmont for the protesters

Velmont Courier

Velmont, October 23, 2031 – Thousands marched from the river to the town hall on Saturday. Anton Keller, one of the organisers, said attendance would pass 10,000 by the end of the march.
`,
};

describe('roles before a name, and one of a group asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, said the deputy regional director for … at Nordic Rights Watch, Ingrid Halvorsen." inside a quote left open THEN who she is', () => {
    const a = ask(index, 'Who is Ingrid Halvorsen?').answer;
    expect(a.text).toMatch(/Ingrid Halvorsen is deputy regional director for the Middle East and North Africa at Nordic Rights Watch\b/);
  });

  it('GIVEN "…, said the head of the Oslo bureau at Baltic Monitor, Lars Vik." THEN the role, without the verb before it', () => {
    const a = ask(index, 'Who is Lars Vik?').answer;
    expect(a.text).toMatch(/Lars Vik is head of the Oslo bureau at Baltic Monitor\b/);
    expect(a.text).not.toMatch(/said the/);
  });

  it('GIVEN "… by the apostolic nuncio in Valdora, Tomas Brenner." THEN who he is', () => {
    expect(ask(index, 'Who is Tomas Brenner?').answer.text).toMatch(/Tomas Brenner is apostolic nuncio in Valdora\b/);
  });

  it('GIVEN "Anton Keller, one of the organisers, said …" THEN "who was one of the organisers of the march" names him', () => {
    const a = ask(index, 'Who was one of the organisers of the October 2031 march in Velmont?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Anton Keller, one of the organisers/);
    expect(a.citations[0]?.title).toBe('Thousands march in Velmont for the protesters');
  });
});
