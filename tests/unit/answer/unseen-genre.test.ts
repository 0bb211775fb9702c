import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.ts';
import { answerIntent } from '../../../src/answer/answer.ts';
import type { Answer } from '../../../src/domain/types.ts';
import { unseenArchive } from '../../fixtures/answer/unseen.ts';

const index = unseenArchive();

function ask(q: string): Answer {
  return answerIntent(understand(q, index), index);
}

describe('answer: places named by the dateline', () => {
  it('GIVEN a rally whose city is a district of the dateline city THEN "when … in <dateline city>" gives the rally day resolved from its weekday', () => {
    const a = ask('When did British Iranians rally in London?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('October 8, 2025');
    expect(a.text).not.toMatch(/LONDON, October 9/);
  });

  it('GIVEN a report filed from another city about a rally in a city that is a dateline itself THEN the filing city is not the rally place', () => {
    const a = ask('When did Iranians rally in Stavanger?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/took place on May 10, 2025/);
  });
});

describe('answer: counted nouns in how-many questions', () => {
  it('GIVEN a tally "including 9 children" THEN "how many children" answers with the children, never the civilian total', () => {
    const a = ask('How many children were killed in the shelling of the Al-Nour camp?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b9 children\b/);
    expect(a.text).not.toMatch(/At least 27 civilians were killed|at least 27 civilians were/i);
  });

  it('GIVEN no number next to the asked noun THEN answered is false', () => {
    const a = ask('How many journalists were killed in the shelling of the Al-Nour camp?');
    expect(a.answered).toBe(false);
  });

  it('GIVEN "how many women gathered" and a crowd size that counts districts THEN the count of women is given', () => {
    const a = ask('How many women gathered in Tabriz?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2,000 women');
    expect(a.text).not.toMatch(/40 districts took part/);
  });

  it('GIVEN a count only stated as "X put the number of executions in 2023 at 853" THEN the answer states the number and X', () => {
    const a = ask('how many people were executed in 2023');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^According to Amnesty International, 853 people were executed in 2023\./);
  });
});

describe('answer: slogans', () => {
  it('GIVEN "what slogans were chanted in <dateline city>" THEN the slogans of that rally are listed and attributed', () => {
    const a = ask('What slogans were chanted in London?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Protesters chanted “No envoy, no deals with the hangmen” and “Woman, resistance, freedom”');
  });

  it('GIVEN "what did the protesters chant at the rally outside Parliament" THEN the slogans are listed', () => {
    const a = ask('what did the protesters chant at the rally outside Parliament?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Woman, resistance, freedom');
  });
});

describe('answer: who-questions about someone who did not speak', () => {
  it('GIVEN "whose death sparked the protests" THEN names the person the sentence names, not the speaker at the protests', () => {
    const a = ask('Whose death sparked the protests in Tabriz?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Parisa Ahmadi — /);
    expect(a.text).not.toContain('Reza Kamali');
  });

  it('GIVEN "who was killed in the attack on the camp" THEN names the victim the report names', () => {
    const a = ask('Who was killed in the attack on the camp?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Samir Haddad — /);
  });

  it('GIVEN "who led the march" THEN names the leader from the sentence that says so', () => {
    const a = ask('Who led the march to the governor’s office?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Behnaz Sohrabi — /);
  });

  it('GIVEN a who-question whose words no sentence holds THEN it is not answered with an event description', () => {
    const a = ask('Whose arrest sparked the protests in Tabriz?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Protests broke out/);
  });
});

describe('answer: speakers extraction did not link', () => {
  it('GIVEN a linked speaker and others who addressed the crowd by video or were quoted THEN all of them are named', () => {
    const a = ask('Who spoke at the rally outside the Houses of Parliament?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Marcus Hale');
    expect(a.text).toContain('Nadia Farrokh');
    expect(a.text).toContain('Ardalan Shirazi');
  });
});

describe('answer: who claims a figure', () => {
  it('GIVEN several figures from one claimant and one that the sentence attributes to another body THEN each source is named once', () => {
    const a = ask('How many people were killed in the shelling of the Al-Nour camp?');
    expect(a.answered).toBe(true);
    expect(a.text.match(/Orontes News Wire/g)?.length).toBe(1);
    expect(a.text).toMatch(/according to the Levant Civil Defence[^;]*35/i);
    expect(a.text).toContain('27');
    expect(a.text).toContain('33');
  });
});
