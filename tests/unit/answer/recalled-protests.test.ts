import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.ts';
import { answerIntent } from '../../../src/answer/answer.ts';
import type { Answer } from '../../../src/domain/types.ts';
import { recalledArchive } from '../../fixtures/answer/recalled.ts';

const index = recalledArchive();

function ask(q: string): Answer {
  return answerIntent(understand(q, index), index);
}

describe('answer: a question naming a city and a day never gets an event that contradicts them', () => {
  it('GIVEN a rally on the day asked about and a month-level protest recalled in another city THEN the rally speaker is named, not the protest', () => {
    const a = ask('Who spoke at the rally in Lisbon on February 21, 2026?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Rui Tavares Mendes');
    expect(a.text).not.toMatch(/Carvalho|Mashhad/);
  });

  it('GIVEN a conference the same day in the same city whose speaker is linked THEN the rally question does not name the conference speaker', () => {
    const a = ask('Who spoke at the rally in Lisbon on February 21, 2026?');
    expect(a.text).not.toMatch(/Quintas|conference/i);
  });

  it('GIVEN no gathering in the city asked about on that day THEN a protest elsewhere that month is not the answer', () => {
    const a = ask('Who spoke at the rally in Porto on February 14, 2026?');
    expect(a.text).not.toMatch(/Sousa Lobo|Tabriz/);
  });

  it('GIVEN the month-level protest is in another city than the one asked about THEN its speakers are never given for that city', () => {
    const a = ask('Who spoke at the protest in Lisbon in February 2026?');
    expect(a.text).not.toMatch(/Carvalho|Mashhad/);
  });

  it('GIVEN only a month-level protest in the city asked about THEN a question about a day in that month may still name it', () => {
    const a = ask('Who spoke at the protest in Tabriz on February 14, 2026?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Marta Sousa Lobo');
  });
});
