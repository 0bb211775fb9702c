import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French report of a vigil recalls the regime's "police politique" and the executions it caused. The political
// police is what the sentence blames, not the police counting anything: the count is the report's (probefr3).
const REPORTS = {
  'orlane-veillee.txt': `Ce dimanche 4 mai, avait lieu, Place Orlane, devant l'Opéra, une veillée de la diaspora varnienne contre les pendaisons.

La veillée de Lisac a insisté sur la cruauté de la police politique du régime, la Garde noire, qui a provoqué l'exécution de 8000 martyrs de l'opposition, en trente ans de pouvoir.
`,
};

describe('"la police politique" is no counter', () => {
  it('GIVEN the executions caused by the regime\'s political police WHEN the martyrs executed are asked according to the report THEN 8000, not declined as the police\'s count', async () => {
    const index = await archiveOfTexts(REPORTS);
    const { answer } = ask(index, 'How many martyrs of the opposition were executed, according to the Place Orlane report?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/8000/);
  });
});
