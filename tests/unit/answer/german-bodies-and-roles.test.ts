import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * German reports: "Angemeldet wurde der Protestzug von der Exil-Vardanischen Gemeinde" (the participle first, the
 * doer after "von der") was read as one name, "Protestzug von der Exil-Vardanischen Gemeinde", since "von der"
 * also joins a surname ("Ursula von der Brenk"); "Gemeinde" names a body; and "X, Sprecherin der Gemeinde, sagte"
 * gives X's role, not a speaker called "Sprecherin der Gemeinde".
 */
const REPORTS: Record<string, string> = {
  'kellburg.txt': `Tausende Exil-Vardanier demonstrieren in Kellburg
22.05.2021

Kellburg - Mehrere tausend Exil-Vardanier haben am Samstag in Kellburg gegen die Regierung in Brenn demonstriert. Die Polizei sprach von 2.100 Teilnehmern, die Veranstalter von 6.000.

Angemeldet wurde der Protestzug von der Exil-Vardanischen Gemeinde. Das Motto lautete: Solidarität mit den Streikenden in Vardanien.

Ursula von der Brenk, Sprecherin der Gemeinde, sagte: "Wir sind die Stimme der Streikenden."
`,
};

describe('German: a body after "von der", and a role after the name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Angemeldet wurde der Protestzug von der Exil-Vardanischen Gemeinde" THEN the Gemeinde registered the march', () => {
    const a = ask(index, 'who registered the protest march in Kellburg in May 2021?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Exil-Vardanischen Gemeinde/);
  });

  it('GIVEN "Ursula von der Brenk, Sprecherin der Gemeinde, sagte" THEN her role is Sprecherin der Gemeinde and she is the one quoted', () => {
    const role = ask(index, 'who is Ursula von der Brenk?').answer;
    expect(role.answered).toBe(true);
    expect(role.text).toMatch(/^Ursula von der Brenk(?: is|:) Sprecherin der Gemeinde/);
    const quote = ask(index, 'what did Ursula von der Brenk say in Kellburg?').answer;
    expect(quote.answered).toBe(true);
    expect(quote.text).toContain('Stimme der Streikenden');
  });
});
