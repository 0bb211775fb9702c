import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';

// "Who did the NCRI say was killed after the police raid on Camp Ostra?": a body's acronym written in capitals whose
// forms in other languages make a word family ("NCRI" / "CNRI" / "NWRI") is still a name of the question, context for
// the deed, not the deed asked. After the French acronyms were merged it had become a focus word, and probe 43's
// "who did the NCRI say was killed …" found no sentence telling "NCRI" as the deed (declined; right before the merge).
describe('a body acronym in a question', () => {
  it('GIVEN "Who did the NCRI say was killed after the police raid on Camp Ostra?" WHEN analysed THEN NCRI is a name, "killed" the focus', () => {
    const a = analyseQuestion('Who did the NCRI say was killed after the police raid on Camp Ostra?');
    const ncri = a.terms.find((t) => t.fold === 'ncri');
    expect(ncri?.sort).toBe('name');
    expect(ncri?.part).not.toBe('focus');
    expect(a.terms.find((t) => t.fold === 'killed')?.part).toBe('focus');
  });
});
